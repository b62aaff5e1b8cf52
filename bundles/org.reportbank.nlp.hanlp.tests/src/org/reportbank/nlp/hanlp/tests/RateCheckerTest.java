package org.reportbank.nlp.hanlp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportbank.nlp.hanlp.internal.checks.RateCheck;
import org.reportbank.nlp.hanlp.internal.checks.RateCheck.Verdict;
import org.reportbank.nlp.hanlp.internal.checks.RateChecker;
import org.reportbank.nlp.hanlp.internal.metrics.MetricFinder;

class RateCheckerTest {

	private List<RateCheck> check(String text) {
		return new RateChecker().check(text, new MetricFinder().find(text));
	}

	@Test
	void aPassRateThatItsCountsContradictIsFlaggedWithTheRecomputedValue() {
		List<RateCheck> checks = check("2023年，我区共有79人参加行政执法人员资格考试，75人通过，及格率为98.7%。");
		assertEquals(1, checks.size());
		assertEquals(Verdict.INCONSISTENT, checks.get(0).verdict());
		assertEquals(0, new BigDecimal("94.9").compareTo(checks.get(0).recomputed()));
	}

	@Test
	void aRateOverASubsetOfTheFirstCountIsConsistent() {
		List<RateCheck> checks = check("全年受理行政诉讼案件40件，已结34件，其中败诉5件，败诉率14.7%。");
		assertEquals(Verdict.CONSISTENT, checks.get(0).verdict());
	}

	@Test
	void truncationAndRoundingToThePrintedDecimalsAreNotErrors() {
		assertEquals(Verdict.CONSISTENT, check("共调解纠纷1285件，调解成功1269件，成功率98.7%。").get(0).verdict(), "98.755 truncated");
		assertEquals(Verdict.CONSISTENT, check("共调解纠纷1285件，调解成功1269件，成功率98.8%。").get(0).verdict(), "98.755 rounded");
		assertEquals(Verdict.CONSISTENT, check("调处纠纷2950件，调解成功2910件，调解成功率98.64%。").get(0).verdict());
	}

	@Test
	void aSentenceThatStatesItsOwnCountsIsJudgedByThemNotByTheSentenceBefore() {
		List<RateCheck> checks = check("共调解纠纷1285件，调解成功1269件，成功率98.7%。参考79人，合格75人，合格率98.7%。");
		assertEquals(Verdict.CONSISTENT, checks.get(0).verdict());
		assertEquals(Verdict.INCONSISTENT, checks.get(1).verdict(), "75 / 79 is 94.9%, whatever 1269 / 1285 gives");
	}

	@Test
	void countsInThePreviousSentenceCanConfirmARate() {
		assertEquals(Verdict.CONSISTENT, check("全年受理行政复议申请50件。其中败诉2件，败诉率4%。").get(0).verdict());
	}

	@Test
	void ratesWithoutCountsOrWithUnrelatedCountsAreUnverifiable() {
		assertEquals(Verdict.UNVERIFIABLE, check("政务服务网上可办率达100%。").get(0).verdict());
		assertEquals(Verdict.UNVERIFIABLE, check("办理代表建议78件，政协委员提案共88件，办结率100%。").get(0).verdict());
		assertEquals(Verdict.UNVERIFIABLE, check("发现隐患2002条，已整改1917条。危险性鉴定率100%。").get(0).verdict(),
				"counts of another sentence can confirm but never accuse");
	}

	@Test
	void twoRatesOfOneSentenceAreJudgedApartEachByTheCountsOfItsOwnNoun() {
		List<RateCheck> checks = check("共审结行政诉讼案件40件，败诉6件，败诉率12.5%，出庭应诉率98%。");
		assertEquals(Verdict.INCONSISTENT, checks.get(0).verdict(), "6 / 40 is 15%");
		assertEquals(Verdict.UNVERIFIABLE, checks.get(1).verdict(), "no count of 出庭应诉: not computed from the 败诉 counts");
		List<RateCheck> both = check("全年审结案件80件，败诉4件，败诉率5%，撤诉12件，撤诉率12%。");
		assertEquals(Verdict.CONSISTENT, both.get(0).verdict());
		assertEquals(Verdict.INCONSISTENT, both.get(1).verdict(), "12 / 80 is 15%: the whole may come before the first rate");
	}

	@Test
	void aWholeTheRateNamesIsFoundInTheSentenceBeforeOfTheSameParagraph() {
		assertEquals(Verdict.INCONSISTENT, check("全年受理案件20件。经审理，维持8件，占受理案件总数的45%。").get(0).verdict(), "8 / 20 is 40%");
		assertEquals(Verdict.CONSISTENT, check("全年受理案件20件。经审理，维持8件，占受理案件总数的40%。").get(0).verdict());
		assertEquals(Verdict.UNVERIFIABLE, check("全年受理案件20件。\n经审理，维持8件，占受理案件总数的45%。").get(0).verdict(),
				"another paragraph is not this rate's");
	}

	@Test
	void approximateOrAmbiguousCountsNeverAccuse() {
		assertEquals(Verdict.UNVERIFIABLE, check("开展普法活动320余场，其中进村入户200余场，占比87.5%。").get(0).verdict());
		assertEquals(Verdict.UNVERIFIABLE, check("发现问题42个，整改38个，整改率100%。").get(0).verdict());
	}

	@Test
	void changesAreNotShares() {
		assertEquals(List.of(), check("受理案件120件，同比下降26%。"));
	}
}
