package org.reportbank.core.internal.structure;

import java.util.ArrayList;
import java.util.List;

/** A section found in the text: offsets are String indices into the normalized text. */
public final class SectionNode {
	public final String numbering;
	public final NumberingStyle style;
	public final int number;
	public final String heading;
	public final int begin;
	public final int headingEnd;
	public int end;
	public int level;
	public String id;
	public SectionType kind = SectionType.OTHER;
	public SectionNode parent;
	public final List<SectionNode> children = new ArrayList<>();

	SectionNode(String numbering, NumberingStyle style, int number, String heading, int begin, int headingEnd) {
		this.numbering = numbering;
		this.style = style;
		this.number = number;
		this.heading = heading;
		this.begin = begin;
		this.headingEnd = headingEnd;
	}

	@Override
	public String toString() {
		return "  ".repeat(Math.max(0, level - 1)) + numbering + heading + " [" + kind + " " + begin + "-" + end + "]";
	}
}
