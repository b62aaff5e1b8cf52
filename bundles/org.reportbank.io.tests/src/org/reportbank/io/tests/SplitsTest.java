package org.reportbank.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.reportbank.io.dataset.Splits;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportbankFactory;

/** Whole reports to train, dev and test, by ratio and seed, reproducibly. */
class SplitsTest {

	private static List<ReportEntry> entries(int n) {
		List<ReportEntry> entries = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			ReportEntry entry = ReportbankFactory.eINSTANCE.createReportEntry();
			entry.setId(String.format("%016x", i * 7919L + 17));
			entry.setRegion(i % 4 == 0 ? "南宁市青秀区" : "柳州市城中区"); // a quarter in one region
			entry.setYear(2020 + i % 3);
			entries.add(entry);
		}
		return entries;
	}

	private static Map<String, Integer> sizes(Map<String, String> split) {
		Map<String, Integer> sizes = new HashMap<>();
		split.values().forEach(s -> sizes.merge(s, 1, Integer::sum));
		return sizes;
	}

	@Test
	void sameSeedSameSplitInAnyOrderAndEveryReportInExactlyOneSplit() {
		List<ReportEntry> entries = entries(100);
		Splits.Ratio ratio = Splits.Ratio.parse("8:1:1");
		Map<String, String> first = Splits.assign(entries, ratio, 42, Splits.Stratify.NONE);
		List<ReportEntry> shuffled = new ArrayList<>(entries);
		Collections.shuffle(shuffled, new Random(1));
		assertEquals(first, Splits.assign(shuffled, ratio, 42, Splits.Stratify.NONE));
		assertEquals(100, first.size(), "every report has exactly one split (a map: never two)");
		assertEquals(Map.of("train", 80, "dev", 10, "test", 10), sizes(first));
		assertNotEquals(first, Splits.assign(entries, ratio, 43, Splits.Stratify.NONE), "another seed, another split");
	}

	/**
	 * The split a seed gives is a promise to whoever published a dataset: the ids sorted as text,
	 * shuffled by java.util.Random(seed), cut by the ratio. Kept as numbers, ids with the top bit set
	 * (from 8000000000000000 up) must still sort after the others, as their text does.
	 */
	@Test
	void theSplitIsTheOneOfSortedIdsShuffledByTheSeed() {
		List<ReportEntry> entries = new ArrayList<>();
		Random ids = new Random(5);
		for (int i = 0; i < 200; i++) {
			ReportEntry entry = ReportbankFactory.eINSTANCE.createReportEntry();
			entry.setId(String.format("%016x", ids.nextLong()));
			entries.add(entry);
		}
		List<String> expected = new ArrayList<>(entries.stream().map(ReportEntry::getId).sorted().toList());
		Collections.shuffle(expected, new Random(42));

		Map<String, String> split = Splits.assign(entries, Splits.Ratio.parse("8:1:1"), 42, Splits.Stratify.NONE);

		for (int i = 0; i < expected.size(); i++) {
			assertEquals(i < 160 ? "train" : i < 180 ? "dev" : "test", split.get(expected.get(i)), "place " + i);
		}
		assertTrue(entries.stream().anyMatch(e -> e.getId().charAt(0) >= '8'), "ids with the top bit set are among them");
	}

	@Test
	void ratiosOfAnyWholeNumbers() {
		List<ReportEntry> entries = entries(10);
		assertEquals(Map.of("train", 10), sizes(Splits.assign(entries, Splits.Ratio.parse("1:0:0"), 1, Splits.Stratify.NONE)));
		assertEquals(Map.of("train", 7, "dev", 2, "test", 1),
				sizes(Splits.assign(entries, Splits.Ratio.parse("7:2:1"), 1, Splits.Stratify.NONE)));
		assertEquals(Map.of("train", 5, "test", 5), sizes(Splits.assign(entries, Splits.Ratio.parse("1:0:1"), 1, Splits.Stratify.NONE)));
		assertThrows(IllegalArgumentException.class, () -> Splits.Ratio.parse("8:1"));
		assertThrows(IllegalArgumentException.class, () -> Splits.Ratio.parse("0:0:0"));
		assertThrows(IllegalArgumentException.class, () -> Splits.Ratio.parse("8:-1:1"));
		assertThrows(IllegalArgumentException.class, () -> Splits.Ratio.parse("a:b:c"));
		assertThrows(IllegalArgumentException.class, () -> Splits.Stratify.parse("province"));
	}

	@Test
	void stratifiedEachRegionIsCutByTheRatio() {
		List<ReportEntry> entries = entries(200); // 50 in 南宁市青秀区, 150 in 柳州市城中区
		Map<String, String> split = Splits.assign(entries, Splits.Ratio.parse("8:1:1"), 7, Splits.Stratify.REGION);
		Map<String, Integer> nanning = new HashMap<>();
		Map<String, Integer> liuzhou = new HashMap<>();
		for (ReportEntry e : entries) {
			(e.getRegion().equals("南宁市青秀区") ? nanning : liuzhou).merge(split.get(e.getId()), 1, Integer::sum);
		}
		assertEquals(Map.of("train", 40, "dev", 5, "test", 5), nanning);
		assertEquals(Map.of("train", 120, "dev", 15, "test", 15), liuzhou);
		List<ReportEntry> reversed = new ArrayList<>(entries);
		Collections.reverse(reversed);
		assertEquals(split, Splits.assign(reversed, Splits.Ratio.parse("8:1:1"), 7, Splits.Stratify.REGION));
	}

	@Test
	void stratifiedByYear() {
		List<ReportEntry> entries = entries(30); // 10 per year
		Map<String, String> split = Splits.assign(entries, Splits.Ratio.parse("8:1:1"), 3, Splits.Stratify.YEAR);
		for (int year = 2020; year <= 2022; year++) {
			Map<String, Integer> counts = new HashMap<>();
			for (ReportEntry e : entries) {
				if (e.getYear() == year) {
					counts.merge(split.get(e.getId()), 1, Integer::sum);
				}
			}
			assertEquals(Map.of("train", 8, "dev", 1, "test", 1), counts, "year " + year);
		}
		assertTrue(split.values().stream().allMatch(Splits.NAMES::contains));
	}
}
