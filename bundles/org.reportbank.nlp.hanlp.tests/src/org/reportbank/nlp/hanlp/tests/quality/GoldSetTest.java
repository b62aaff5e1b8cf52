package org.reportbank.nlp.hanlp.tests.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportbank.nlp.hanlp.tests.quality.GoldSet.GoldMetric;
import org.reportbank.nlp.hanlp.tests.quality.GoldSet.GoldSentence;

/** The gold set keeps the conventions of resources/gold/README.md. */
class GoldSetTest {

	private static List<GoldSentence> gold;

	@BeforeAll
	static void load() throws IOException {
		gold = GoldSet.load();
	}

	@Test
	void holdsAtLeast200DistinctSentences() {
		assertTrue(gold.size() >= 200, "sentences: " + gold.size());
		Set<String> texts = new HashSet<>();
		gold.forEach(s -> assertTrue(texts.add(s.text()), "twice: line " + s.line()));
	}

	@Test
	void metricsAreListedInTextOrder() {
		for (GoldSentence s : gold) {
			int from = 0;
			for (GoldMetric m : s.metrics()) {
				int at = s.text().indexOf(m.text(), from);
				assertTrue(at >= 0, "line " + s.line() + ": " + m.text() + " not found after offset " + from);
				from = at + m.text().length();
			}
		}
	}

	@Test
	void metricsFollowTheValueAndUnitConventions() {
		Pattern year = Pattern.compile("^(19|20)\\d\\d年度?$");
		for (GoldSentence s : gold) {
			for (GoldMetric m : s.metrics()) {
				String where = "line " + s.line() + ": " + m.text();
				assertTrue(m.value().compareTo(BigDecimal.ZERO) >= 0, where);
				assertFalse(m.unit().isBlank(), where);
				assertFalse(m.unit().contains("％"), "percent is written %: " + where);
				assertTrue(m.text().contains(m.unit()) || "%".equals(m.unit()) || m.text().contains("余"), where);
				assertFalse(m.text().startsWith("第"), "ordinal: " + where);
				assertFalse(year.matcher(m.text()).matches(), "year: " + where);
				assertFalse(m.text().matches(".*[〔〕+\\-—－·].*"), "not a quantity: " + where);
				assertFalse(insideTitle(s.text(), m.text()), "inside a 《》 title: " + where);
			}
		}
	}

	@Test
	void orgsAreSpecificBodiesOutsideTitles() {
		Set<String> generic = Set.of("各部门", "执法部门", "行政机关", "政府", "党委", "我区", "各镇（街道）");
		for (GoldSentence s : gold) {
			for (String org : s.orgs()) {
				assertFalse(generic.contains(org), "line " + s.line() + ": generic " + org);
				assertFalse(insideTitle(s.text(), org), "line " + s.line() + ": " + org + " only inside a title");
			}
		}
	}

	@Test
	void aboutAQuarterHasNoOrgAndSomeHaveNoMetric() {
		long noOrg = gold.stream().filter(s -> s.orgs().isEmpty()).count();
		long noMetric = gold.stream().filter(s -> s.metrics().isEmpty()).count();
		assertTrue(noOrg >= gold.size() / 5 && noOrg <= gold.size() / 3, "without org: " + noOrg);
		assertTrue(noMetric >= 10, "without metric: " + noMetric);
	}

	@Test
	void coversTheMeasureWordsOfTheGenre() {
		Set<String> units = gold.stream().flatMap(s -> s.metrics().stream()).map(GoldMetric::unit)
				.collect(Collectors.toSet());
		for (String unit : List.of("件", "人次", "名", "场次", "次", "项", "个", "户", "家", "份", "宗", "起", "条", "期", "批", "枚",
				"人", "镇", "%", "万元", "亿元", "个工作日")) {
			assertTrue(units.contains(unit), "no metric with unit " + unit);
		}
		assertEquals(gold.stream().mapToInt(s -> s.metrics().size()).sum(),
				gold.stream().flatMap(s -> s.metrics().stream()).count());
	}

	/** Whether every occurrence of {@code part} lies inside a 《…》 title. */
	private static boolean insideTitle(String text, String part) {
		Matcher titles = Pattern.compile("《[^》]*》").matcher(text);
		List<int[]> ranges = new java.util.ArrayList<>();
		while (titles.find()) {
			ranges.add(new int[] { titles.start(), titles.end() });
		}
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			int a = at;
			if (ranges.stream().noneMatch(r -> a >= r[0] && a + part.length() <= r[1])) {
				return false;
			}
		}
		return true;
	}
}
