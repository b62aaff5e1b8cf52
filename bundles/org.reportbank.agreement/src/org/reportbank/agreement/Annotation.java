package org.reportbank.agreement;

import java.util.Comparator;

/**
 * What agreement sees of a span: its extent [begin, end) in UTF-16 code units of the report text
 * and its label. Ids, status, origin and properties do not take part.
 */
public record Annotation(int begin, int end, String label) {

	/** By begin, then end, then label. */
	public static final Comparator<Annotation> ORDER = Comparator.comparingInt(Annotation::begin)
			.thenComparingInt(Annotation::end).thenComparing(Annotation::label);

	public Annotation {
		if (begin < 0 || end < begin || label == null) {
			throw new IllegalArgumentException("not a span: [" + begin + ", " + end + ") " + label);
		}
	}

	public int length() {
		return end - begin;
	}

	/** Whether the two share at least one character. */
	public boolean overlaps(Annotation other) {
		return begin < other.end && other.begin < end;
	}
}
