package org.reportbank.nlp.hanlp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportbank.nlp.hanlp.internal.metrics.MetricFinder;
import org.reportbank.nlp.hanlp.internal.metrics.MetricMention;
import org.reportbank.model.MetricKind;

class MetricFinderTest {

	private final MetricFinder finder = new MetricFinder();

	/** "text=value unit" for each metric, in order. */
	private List<String> found(String text) {
		return finder.find(text).stream()
				.map(m -> text.substring(m.begin(), m.end()) + "=" + m.value().stripTrailingZeros().toPlainString() + " " + m.unit())
				.toList();
	}

	@Test
	void countsWithMeasureWords() {
		assertEquals(List.of("68件=68 件", "960余人次=960 人次", "12场次=12 场次", "24个=24 个", "1,234户=1234 户"),
				found("全年受理行政复议申请68件，培训960余人次，举办讲座12场次，全区24个政府组成部门走访1,234户。"));
	}

	@Test
	void moneyRatesAndDurationsNormalize() {
		String text = "新增注册资本23.07亿元，拨付经费31.89万元和68.136万元，败诉率4%，审批时限由60个工作日压缩至0.5个工作日。";
		List<MetricMention> metrics = finder.find(text);
		assertEquals(6, metrics.size(), found(text).toString());
		MetricMention capital = metrics.get(0);
		assertEquals(MetricKind.MONEY, capital.kind());
		assertEquals("亿元", capital.unit());
		assertEquals(0, new BigDecimal("2307000000").compareTo(capital.normalizedValue()));
		assertEquals("元", capital.normalizedUnit());
		assertEquals("新增注册资本", capital.indicator());
		assertEquals(0, new BigDecimal("681360").compareTo(metrics.get(2).normalizedValue()));
		assertEquals(MetricKind.RATE, metrics.get(3).kind());
		assertEquals("败诉率", metrics.get(3).indicator());
		assertEquals(MetricKind.DURATION, metrics.get(5).kind());
		assertEquals("工作日", metrics.get(5).normalizedUnit());
	}

	@Test
	void approximationsAndChineseNumerals() {
		assertEquals(List.of("百件=100 件", "40余场=40 场", "93%以上=93 %", "两千余件=2000 件", "五次=5 次", "两镇=2 镇", "百分之九十=90 %",
				"三级=3 级", "十二件=12 件"),
				found("办理近百件，开展40余场，满意度93%以上，调处两千余件，召开五次会议，覆盖两镇，达到百分之九十，三级人大代表，办结十二件。"));
		MetricMention over = finder.find("群众满意度超过93%").get(0);
		assertEquals("超过", over.qualifier());
		assertTrue(over.approximate());
	}

	@Test
	void comparisons() {
		List<MetricMention> metrics = finder.find("行政复议案件同比下降26%，信访量较去年减少12件。");
		assertEquals("同比下降", metrics.get(0).comparison());
		assertEquals("较去年减少", metrics.get(1).comparison());
	}

	@Test
	void notMetrics() {
		assertEquals(List.of(),
				found("2023年7月3日，根据江府发〔2017〕4号文件和《法治政府建设实施纲要（2021-2025年）》，落实第一责任人，第三批试点，"
						+ "推行“1+3”模式和1+5+N机制，学习十九大和党的二十大、十八届三中全会精神，一是完善制度，拨打12345热线或0772-2833565，"
						+ "落实“三统一”和“一村一顾问”，2023年度考核，1.加强领导，（1）完善制度，走进千家万户，增强四个意识，近两年来。"));
	}

	@Test
	void fullWidthDigitsAndPercentAreReadAsTheirAsciiTwins() {
		assertEquals(List.of("３５件=35 件", "８％=8 %"), found("审结行政诉讼案件３５件，败诉率８％。"));
	}

	@Test
	void theEndOfARangeOfDaysIsADate() {
		assertEquals(List.of("12个=12 个"), found("3月5日至9日，对12个部门开展督察。"));
	}

	@Test
	void durationsAreNotYears() {
		assertEquals(List.of("六年=6 年", "5年=5 年", "15日=15 日"), found("已连续六年获评，规划期5年，15日内办结。"));
	}

	@Test
	void numbersListedBeforeOneUnitShareIt() {
		assertEquals(List.of("802=802 项", "784=784 项", "866项=866 项"), found("权力事项分别增至802、784、866项。"));
	}

	@Test
	void theIndicatorLeavesOutDatesAndCountingVerbs() {
		assertEquals("排查矛盾纠纷", finder.find("2021年全年共排查矛盾纠纷1285次").get(0).indicator());
		assertEquals("执法人员培训", finder.find("①组织执法人员培训12场次").get(0).indicator());
	}

	@Test
	void noIndicatorWhenTheClauseIsEmpty() {
		assertNull(finder.find("68件").get(0).indicator());
	}

	@Test
	void aRangeIsOneMetricWithItsLowAndHighEnds() {
		List<MetricMention> ranges = finder.find("每个部门每次安排1-2部，3至5个工作日内办结，三到五名律师值守。");
		assertEquals(List.of("1-2部", "3至5个工作日", "三到五名"),
				ranges.stream().map(m -> "每个部门每次安排1-2部，3至5个工作日内办结，三到五名律师值守。".substring(m.begin(), m.end())).toList());
		MetricMention days = ranges.get(1);
		assertEquals(0, new BigDecimal("3").compareTo(days.value()));
		assertEquals(0, new BigDecimal("5").compareTo(days.upperValue()));
		assertEquals(0, new BigDecimal("5").compareTo(ranges.get(2).upperValue()));
		assertTrue(ranges.stream().allMatch(MetricMention::isRange));
		assertEquals(List.of(), found("2021-2025年规划期内，第1-2批试点已完成。").stream().filter(f -> f.contains("-")).toList(),
				"plan periods and ordinals are no ranges");
	}

	@Test
	void sessionNamesServiceNamesAndIdiomsAreNoMetrics() {
		assertEquals(List.of(), found("区委六届七次全会召开，十四届人大二次会议审议通过。"));
		assertEquals(List.of(), found("设立24小时自助服务区，提供7×24小时不打烊服务。"));
		assertEquals(List.of(), found("吸引四面八方的群众参与。"));
		assertEquals(List.of("12次=12 次", "24小时=24 小时"), found("召开常务会议12次，24小时内办结。"), "meetings counted and hours as a time limit stay");
	}
}
