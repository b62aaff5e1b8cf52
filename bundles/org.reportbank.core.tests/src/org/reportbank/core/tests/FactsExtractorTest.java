package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reportbank.core.internal.structure.DocumentType;
import org.reportbank.core.internal.structure.FactsExtractor;
import org.reportbank.core.internal.structure.ReportFacts;

class FactsExtractorTest {

	private final FactsExtractor extractor = new FactsExtractor();

	private ReportFacts facts(String text) {
		return extractor.extract(text, Map.of());
	}

	@Test
	void readsRegionAndYearFromTheUsualTitles() {
		assertFacts("柳南区2021年法治政府建设工作情况报告", "柳南区", 2021);
		assertFacts("北辰区2023年度法治政府建设情况报告", "北辰区", 2023);
		assertFacts("兰州市人民政府关于2017年度法治政府建设情况的报告", "兰州市", 2017);
		assertFacts("2020年渝中区法治政府建设情况报告", "渝中区", 2020);
		assertFacts("关于2024年度法治政府建设情况的报告", null, 2024);
		assertFacts("南宁市江南区人民政府2017年法治政府建设工作报告", "南宁市江南区", 2017);
		assertFacts("青秀區2019年法治政府建設工作報告", "青秀區", 2019);
		assertFacts("北林區2022年法治政府建設情況報告", "北林區", 2022);
		assertFacts("永宁县人民政府关于二〇二二年法治政府建设情况的报告", "永宁县", 2022);
	}

	@Test
	void theYearIsTheYearReportedNotAPlanPeriod() {
		ReportFacts f = facts("X区落实《法治政府建设实施纲要（2021-2025年）》2022年工作情况报告\n正文。");
		assertEquals(2022, f.year());
	}

	@Test
	void readsAJointTitleOnTwoLines() {
		ReportFacts f = facts("中共惠农区委 惠农区人民政府\n关于2022年度法治政府建设情况的报告\n2022年，惠农区坚持依法行政。");
		assertEquals("中共惠农区委 惠农区人民政府 关于2022年度法治政府建设情况的报告", f.title());
		assertEquals("惠农区", f.region());
		assertEquals(2022, f.year());
	}

	@Test
	void aReportWithoutTitleTakesYearAndRegionFromItsFirstSentence() {
		ReportFacts f = facts("2023年，秦州区政府坚持以习近平法治思想为指导，全面推进依法行政。\n一、主要举措");
		assertNull(f.title());
		assertEquals(0, f.titleEnd());
		assertEquals(2023, f.year());
		assertEquals("秦州区", f.region());
	}

	@Test
	void readsPublisherAndDateFromTheSignatureBlock() {
		ReportFacts f = facts("沙坡头区2021年法治政府建设情况报告\n正文。\n中共沙坡头区委员会\n沙坡头区人民政府\n2022年3月1日");
		assertEquals("中共沙坡头区委员会、沙坡头区人民政府", f.publisher());
		assertEquals("2022-03-01", f.published());
		assertEquals(2021, f.year(), "published in 2022 about 2021");
		ReportFacts chineseDate = facts("永宁县2017年法治政府建设报告\n正文。\n永宁县人民政府\n二〇一八年一月二十六日");
		assertEquals("2018-01-26", chineseDate.published());
	}

	@Test
	void prefersThePageHeaderForPublisherAndDate() {
		ReportFacts f = extractor.extract("城中区2023年法治政府建设年度报告\n正文。",
				Map.of("发布机构", "柳州市城中区司法局", "发布时间", "2024-03-28 09:18"));
		assertEquals("柳州市城中区司法局", f.publisher());
		assertEquals("2024-03-28", f.published());
	}

	@Test
	void recognizesPagesThatAreNotReports() {
		assertEquals(DocumentType.POLICY_INTERPRETATION, facts("《X区2023年法治政府建设工作要点》政策解读\n正文。").documentType());
		assertEquals(DocumentType.PLAN, facts("X区2024年法治政府建设工作要点\n正文。").documentType());
		assertEquals(DocumentType.REPORT, facts("X区2023年法治政府建设情况报告\n正文。").documentType());
	}

	private void assertFacts(String title, String region, Integer year) {
		ReportFacts f = facts(title + "\n正文第一段。");
		assertEquals(title, f.title());
		assertEquals(region, f.region(), title);
		assertEquals(year, f.year(), title);
	}
}
