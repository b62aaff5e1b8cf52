package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reportbank.core.internal.text.ChangeLog;
import org.reportbank.core.internal.text.NormalizedText;
import org.reportbank.core.internal.text.TextNormalizer;

class TextNormalizerTest {

	private final TextNormalizer normalizer = new TextNormalizer();

	@Test
	void makesPunctuationInsideChineseFullWidthButLeavesNumbersAlone() {
		NormalizedText n = normalizer.normalize("(一)加强领导,落实责任:全年受理1,234件,于09:18发布(见附件)。\r\n(1)完善制度; 共计3.5万元!");
		assertEquals("（一）加强领导，落实责任：全年受理1,234件，于09:18发布（见附件）。\n（1）完善制度；共计3.5万元！", n.text());
		assertTrue(count(n, "fullwidth-punctuation") >= 2);
		assertEquals(1, count(n, "line-endings"));
	}

	@Test
	void removesBlanksInChineseTextAndAfterNumbering() {
		NormalizedText n = normalizer.normalize("3. 严格行政执法程序。出庭应诉 10件，2021-2022 年\u3000完成。\nWindows 10 系统");
		assertEquals("3.严格行政执法程序。出庭应诉10件，2021-2022年完成。\nWindows 10系统", n.text());
	}

	@Test
	void turnsFullWidthDigitsAndLettersIntoAscii() {
		assertEquals("2023年受理68件APP", normalizer.normalize("２０２３年受理６８件ＡＰＰ").text());
	}

	@Test
	void dropsPageLeftoversAndKeepsHeaderFieldsAsMetadata() {
		String page = """
				今天是：2024年3月28日 星期四 农历二月十九
				无障碍 | 简体 | 繁体
				您所在的位置：首页 > 政务公开 > 工作报告
				索引号 | 11450202MB1234567X/2024-00012 | 发布机构 | 柳州市城中区司法局
				生成日期 | 2024-03-28 | 主题分类 | 法治政府
				来源：城中区人民政府办公室 发布时间：2024-03-28 09:18
				字体大小：【大 中 小】 浏览次数：1024
				城中区2023年法治政府建设年度报告
				2023年，城中区坚持依法行政。
				分享按钮
				打印本页 关闭窗口
				（信息员：张三，审核领导：李四，联系方式：0772-2833565）
				""";
		NormalizedText n = normalizer.normalize(page);
		assertEquals("城中区2023年法治政府建设年度报告\n2023年，城中区坚持依法行政。", n.text());
		Map<String, String> fields = n.fields();
		assertEquals("11450202MB1234567X/2024-00012", fields.get("索引号"));
		assertEquals("柳州市城中区司法局", fields.get("发布机构"));
		assertEquals("2024-03-28", fields.get("生成日期"));
		assertEquals("城中区人民政府办公室", fields.get("来源"));
		assertEquals("2024-03-28 09:18", fields.get("发布时间"));
		assertEquals("张三", fields.get("信息员"));
		assertEquals("0772-2833565", fields.get("联系方式"));
		assertFalse(fields.containsKey("浏览次数"), "view counters are noise, not metadata");
		assertEquals(6, count(n, "page-leftover-dropped"));
		assertEquals(4, count(n, "header-line-moved-to-metadata"));
	}

	@Test
	void readsTabSeparatedTablesAndBylinesThatEndInAViewCounter() {
		NormalizedText n = normalizer.normalize("""
				索引号\t000014349/2023-00056
				发布机构\t南岗区司法局
				来源：铜山区人民政府办公室 发布时间：2024-03-28 09:18 浏览次数：123
				南岗区2022年法治政府建设情况报告
				正文。""");
		assertEquals("南岗区2022年法治政府建设情况报告\n正文。", n.text());
		assertEquals("000014349/2023-00056", n.fields().get("索引号"));
		assertEquals("南岗区司法局", n.fields().get("发布机构"));
		assertEquals("铜山区人民政府办公室", n.fields().get("来源"));
		assertEquals("2024-03-28 09:18", n.fields().get("发布时间"));
	}

	@Test
	void keepsBodySentencesThatMerelyStartLikeAHeaderField() {
		String body = "来源：各镇街和部门报送的数据显示，全年共办理行政复议案件68件，较去年同期增长了百分之十二，成效明显。";
		assertEquals(body, normalizer.normalize(body).text());
	}

	@Test
	void keepsOneCopyOfAReportPastedTwice() {
		String report = "X区2023年法治政府建设情况报告\n2023年，X区坚持依法行政。\n一、主要举措\n（一）加强领导。全年学法4次。\n二、存在的问题\n队伍力量不足。\n三、下一步工作打算\n继续推进。";
		String body = report.substring(report.indexOf('\n') + 1);
		NormalizedText n = normalizer.normalize(report + "\n" + body);
		assertEquals(report, n.text());
		assertEquals(1, count(n, "repeated-copy-dropped"));
	}

	@Test
	void dropsASummaryThatComesBeforeTheFullReport() {
		String full = "X区2023年法治政府建设情况报告\n2023年，X区坚持依法行政。\n一、主要举措\n（一）加强领导。全年学法4次。\n二、存在的问题\n队伍力量不足。";
		String summary = "X区2023年法治政府建设情况报告\n2023年，X区坚持依法行政。\n";
		NormalizedText n = normalizer.normalize(summary + full);
		assertEquals(full, n.text());
		assertEquals(1, count(n, "summary-copy-dropped"));
	}

	@Test
	void keepsShortRepeatedLinesThatAreNotASecondCopy() {
		String text = "一、成效\n加强学习。\n二、问题\n加强学习。\n三、计划\n加强学习。";
		assertEquals(text, normalizer.normalize(text).text());
	}

	private static int count(NormalizedText n, String kind) {
		return n.changes().stream().filter(c -> c.kind().equals(kind)).mapToInt(ChangeLog.Entry::count).sum();
	}
}
