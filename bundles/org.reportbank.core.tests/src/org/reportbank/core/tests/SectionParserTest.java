package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportbank.core.internal.structure.SectionNode;
import org.reportbank.core.internal.structure.SectionParser;
import org.reportbank.core.internal.structure.SectionType;

class SectionParserTest {

	private final SectionParser parser = new SectionParser();

	@Test
	void buildsTheUsualFourLevelTree() {
		String text = """
				2023年，X区坚持依法行政。
				一、主要举措和成效
				（一）健全依法行政制度体系，推动政府治理在法治轨道上运行。进一步完善制度。
				1.加强规范性文件管理。全年审核文件12件。
				2.落实法律顾问制度。一是完善机制；二是强化审查；三是加强培训。
				（二）严格规范公正文明执法
				3.推行执法三项制度。全面推行。
				二、存在的问题和不足
				（1）法治观念有待加强。
				（2）队伍力量不足。
				三、下一步工作打算
				①强化学习。
				②完善考核。""";
		List<SectionNode> roots = parser.parse(text, 0);
		assertEquals(List.of("PREAMBLE:", "一、主要举措和成效", "二、存在的问题和不足", "三、下一步工作打算"), headings(roots));
		SectionNode achievements = roots.get(1);
		assertEquals(SectionType.ACHIEVEMENTS, achievements.kind);
		SectionNode first = achievements.children.get(0);
		assertEquals("健全依法行政制度体系，推动政府治理在法治轨道上运行", first.heading, "a heading opening a paragraph ends at 。");
		assertEquals(List.of("1.加强规范性文件管理", "2.落实法律顾问制度"), headings(first.children));
		assertEquals(List.of("一是完善机制", "二是强化审查", "三是加强培训"), headings(first.children.get(1).children));
		assertEquals(4, first.children.get(1).children.get(0).level);
		SectionNode second = achievements.children.get(1);
		assertEquals(List.of("3.推行执法三项制度"), headings(second.children), "numbering run on from （一） stays under （二）");
		assertEquals(SectionType.PROBLEMS, roots.get(2).kind);
		assertEquals(SectionType.PROBLEMS, roots.get(2).children.get(1).kind, "children inherit the part they are in");
		assertEquals(List.of("①强化学习", "②完善考核"), headings(roots.get(3).children));
		assertEquals(SectionType.PLANS, roots.get(3).kind);
	}

	@Test
	void offsetsCoverTheTextOfEachSection() {
		String text = "一、成效\n全年受理68件。\n二、问题\n队伍不足。";
		List<SectionNode> roots = parser.parse(text, 0);
		assertEquals("一、成效\n全年受理68件。", text.substring(roots.get(0).begin, roots.get(0).end));
		assertEquals("二、问题\n队伍不足。", text.substring(roots.get(1).begin, roots.get(1).end));
		assertEquals("一、成效", text.substring(roots.get(0).begin, roots.get(0).headingEnd));
	}

	@Test
	void findsPartsAndSkippedLevelsAndTheDutiesPart() {
		String text = """
				第一部分 2022年工作开展情况
				1、深化改革。完成任务。
				2、优化服务。
				第二部分 主要负责人履行推进法治建设第一责任人职责情况
				1、带头学法。
				第三部分 2023年工作计划
				1、继续推进。""";
		List<SectionNode> roots = parser.parse(text, 0);
		assertEquals(List.of(SectionType.ACHIEVEMENTS, SectionType.DUTIES, SectionType.PLANS),
				roots.stream().map(s -> s.kind).toList());
		assertEquals(2, roots.get(0).children.size());
	}

	@Test
	void traditionalHeadingsGetTheirKinds() {
		List<SectionNode> roots = parser.parse("一、主要舉措和成效\n正文。\n二、存在的問題\n正文。\n三、下一步工作計劃\n正文。", 0);
		assertEquals(List.of(SectionType.ACHIEVEMENTS, SectionType.PROBLEMS, SectionType.PLANS), roots.stream().map(s -> s.kind).toList());
	}

	@Test
	void doesNotTakeNumbersForHeadings() {
		String text = "一、成效\n1.5万元用于普法。\n2023年完成。\n一是一个孤立的说法。";
		List<SectionNode> roots = parser.parse(text, 0);
		assertEquals(1, roots.size());
		assertEquals(0, roots.get(0).children.size());
	}

	@Test
	void aReportWithoutNumberingIsOnePreamble() {
		List<SectionNode> roots = parser.parse("标题\n正文第一段。\n正文第二段。", 3);
		assertEquals(1, roots.size());
		assertEquals(SectionType.PREAMBLE, roots.get(0).kind);
		assertEquals(3, roots.get(0).begin);
	}

	@Test
	void listItemsOnLinesOfTheirOwnAreItemsToo() {
		String text = "一、主要举措\n（一）加强队伍建设。全年培训执法人员320人次。\n一是强化理论学习，组织专题培训12期。\n二是示范引领提升能力。\n三是完善考核机制。\n"
				+ "（二）推进依法决策。\n二是把合法性审查作为必经程序。\n（三）其他。\n一是一个孤立的说法。\n普通段落。";
		List<SectionNode> roots = parser.parse(text, 0);
		List<SectionNode> parts = roots.get(0).children;
		assertEquals(List.of("一是强化理论学习", "二是示范引领提升能力", "三是完善考核机制"), headings(parts.get(0).children),
				"a 一是 line counts once its 二是 line follows");
		assertEquals(List.of("二是把合法性审查作为必经程序"), headings(parts.get(1).children), "a line that opens with 二是 is an item");
		assertEquals(List.of(), headings(parts.get(2).children), "a lone 一是 line is a phrase");
		SectionNode second = parts.get(0).children.get(1);
		assertEquals("二是示范引领提升能力。", text.substring(second.begin, second.end), "an item line is its whole line");
	}

	private static List<String> headings(List<SectionNode> nodes) {
		List<String> result = new ArrayList<>();
		for (SectionNode n : nodes) {
			result.add(n.kind == SectionType.PREAMBLE ? "PREAMBLE:" + n.heading : n.numbering + n.heading);
		}
		return result;
	}
}
