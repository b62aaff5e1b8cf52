package org.reportbank.nlp.hanlp.internal.metrics;

import java.math.BigDecimal;

import org.reportbank.model.MetricKind;

/**
 * A quantity found in a text. {@code value} and {@code unit} are as written (23.07, 亿元);
 * {@code normalizedValue} / {@code normalizedUnit} in base units (2307000000, 元); {@code
 * qualifier} is the approximation or bound word (余, 近, 约, 超过, 以上) or null. A range (1-2部) is
 * one mention: {@code value} its low end, {@code upperValue} its high end (null for one value).
 */
public record MetricMention(int begin, int end, BigDecimal value, String unit, MetricKind kind, boolean approximate,
		String qualifier, BigDecimal normalizedValue, String normalizedUnit, String indicator, String comparison,
		double confidence, BigDecimal upperValue, BigDecimal normalizedUpperValue) {

	/** The same quantity as the range from {@code low} (beginning at {@code begin}) to this value. */
	MetricMention asRangeFrom(int begin, BigDecimal low, String indicator) {
		BigDecimal factor = value.signum() == 0 ? BigDecimal.ONE : normalizedValue.divide(value);
		return new MetricMention(begin, end, low, unit, kind, approximate, qualifier, low.multiply(factor), normalizedUnit, indicator,
				comparison, confidence, value, normalizedValue);
	}

	/** Whether this is a range (1-2部) rather than one value. */
	public boolean isRange() {
		return upperValue != null;
	}
}
