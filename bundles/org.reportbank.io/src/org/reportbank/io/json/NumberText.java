package org.reportbank.io.json;

import java.math.BigDecimal;

/**
 * A JSON number kept as the text it was written as, so a reader can check its size before turning
 * it into anything ({@code new BigDecimal("1e999999999")} is cheap, its plain digits are not) and
 * show it in a message as the file has it. The {@link Number} conversions are there for Gson's
 * accessors; Reportbank's readers go through {@link StrictJson}.
 */
final class NumberText extends Number {

	private static final long serialVersionUID = 1L;

	private final String text;

	NumberText(String text) {
		this.text = text;
	}

	@Override
	public int intValue() {
		return (int) doubleValue();
	}

	@Override
	public long longValue() {
		return (long) doubleValue();
	}

	@Override
	public float floatValue() {
		return (float) doubleValue();
	}

	/** Parsing a double costs nothing whatever the exponent, unlike {@link BigDecimal#longValue()}. */
	@Override
	public double doubleValue() {
		return Double.parseDouble(text);
	}

	@Override
	public String toString() {
		return text;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof NumberText n && n.text.equals(text);
	}

	@Override
	public int hashCode() {
		return text.hashCode();
	}
}
