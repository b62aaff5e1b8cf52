package org.reportbank.core.internal.structure;

import java.util.regex.Pattern;

/**
 * The part of a report a section belongs to, read from its heading. Checked in this order since
 * a plans heading may also say 工作 and a problems heading 情况.
 */
public enum SectionType {
	PREAMBLE(null), PROBLEMS("问题|不足|差距|短板|薄弱|問題"), PLANS("下一步|计划|打算|思路|安排|展望|工作重点|努力方向|工作要点|谋划|計劃|工作重點|謀劃"),
	DUTIES("第一责任人|主要负责人履行|第一責任人|主要負責人履行"), ACHIEVEMENTS("举措|成效|情况|开展|做法|成绩|工作|推进|加强|完善|落实|建设|舉措|情況|開展|成績|推進|加強|落實|建設"), OTHER(null);

	private final Pattern cue;

	SectionType(String cue) {
		this.cue = cue == null ? null : Pattern.compile(cue);
	}

	public static SectionType ofHeading(String heading) {
		for (SectionType type : values()) {
			if (type.cue != null && type.cue.matcher(heading).find()) {
				return type;
			}
		}
		return OTHER;
	}
}
