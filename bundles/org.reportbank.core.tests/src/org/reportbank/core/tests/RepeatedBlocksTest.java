package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.reportbank.core.internal.text.CancelCheck;
import org.reportbank.core.internal.text.ChangeLog;
import org.reportbank.core.internal.text.NormalizedText;
import org.reportbank.core.internal.text.RepeatedBlocks;
import org.reportbank.core.internal.text.RepeatedBlocks.Repeat;
import org.reportbank.core.internal.text.TextNormalizer;

/**
 * The repeat search gives exactly what the old cubic search gave, which is kept here as the
 * reference, on many small random texts where repeats of every length abound.
 */
class RepeatedBlocksTest {

	private static final int MIN_RUN = 3;

	/** Lines the normalizer keeps as they are, so a text of them is its own paragraph list. */
	private static final String[] LINES = { "加强学习。", "推进法治。", "完善制度。", "依法行政。", "一、主要举措" };

	@Test
	void findsWhatTheOldSearchFoundOnThousandsOfRandomTexts() {
		Random random = new Random(20240611);
		for (int round = 0; round < 20_000; round++) {
			List<String> paragraphs = randomParagraphs(random);
			assertEquals(oldFind(paragraphs), RepeatedBlocks.find(paragraphs, CancelCheck.NEVER), paragraphs::toString);
		}
	}

	@Test
	void findsWhatTheOldSearchFoundOnTextsPastedTwice() {
		Random random = new Random(7);
		for (int round = 0; round < 5_000; round++) {
			List<String> copy = randomParagraphs(random);
			List<String> paragraphs = new ArrayList<>(randomList(random, random.nextInt(4), 3));
			paragraphs.addAll(copy);
			paragraphs.addAll(randomList(random, random.nextInt(4), 3));
			paragraphs.addAll(copy);
			paragraphs.addAll(randomList(random, random.nextInt(4), 3));
			assertEquals(oldFind(paragraphs), RepeatedBlocks.find(paragraphs, CancelCheck.NEVER), paragraphs::toString);
		}
	}

	@Test
	void normalizingRemovesTheSameCopiesAsTheOldLoop() {
		TextNormalizer normalizer = new TextNormalizer();
		Random random = new Random(11);
		for (int round = 0; round < 3_000; round++) {
			List<String> paragraphs = randomParagraphs(random);
			if (random.nextBoolean()) {
				paragraphs.addAll(new ArrayList<>(paragraphs));
			}
			assertEquals(String.join("\n", oldRemoveRepeats(paragraphs)),
					normalizer.normalize(String.join("\n", paragraphs)).text(), paragraphs::toString);
		}
	}

	@Test
	void identicalLinesAreRemovedAsTheOldLoopRemovedThem() {
		for (int count : new int[] { 5, 6, 7, 100, 101, 600 }) {
			List<String> lines = Collections.nCopies(count, HostileInputs.LINE);
			assertEquals(String.join("\n", oldRemoveRepeats(lines)),
					new TextNormalizer().normalize(HostileInputs.identicalLines(count)).text(), count + " lines");
		}
	}

	@Test
	void tenThousandIdenticalLinesAreHalvedUntilNoLongRepeatIsLeft() {
		List<String> lines = Collections.nCopies(10_000, HostileInputs.LINE);
		assertEquals(new Repeat(0, 5_000, 5_000), RepeatedBlocks.find(lines, CancelCheck.NEVER));
		NormalizedText normalized = new TextNormalizer().normalize(HostileInputs.identicalLines(10_000));
		// 10,000 → 5,000 → 2,500 → 1,250 → 625 → 313 → 157 → 79 → 40 → 20 → 10 → 5, too few for a copy
		assertEquals(5, normalized.text().split("\n").length);
		assertEquals(11, normalized.changes().stream().filter(c -> c.kind().equals("repeated-copy-dropped"))
				.mapToInt(ChangeLog.Entry::count).sum());
	}

	@Test
	void aCancelledSearchStopsInsideTheSearch() {
		List<String> lines = Collections.nCopies(100_000, "加强法治政府建设。");
		int[] asked = new int[1];
		CancelCheck cancelAfterAThousand = () -> {
			if (++asked[0] > 1_000) {
				throw new OperationCanceledException();
			}
		};
		assertThrows(OperationCanceledException.class, () -> RepeatedBlocks.find(lines, cancelAfterAThousand));
		assertEquals(1_001, asked[0], "stopped at the first question after cancelling");
	}

	private static List<String> randomParagraphs(Random random) {
		int alphabet = 1 + random.nextInt(4);
		return randomList(random, random.nextInt(40), alphabet);
	}

	private static List<String> randomList(Random random, int size, int alphabet) {
		List<String> list = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			list.add(LINES[random.nextInt(alphabet)]);
		}
		return list;
	}

	/** The search as it was before it was made fast: every earlier start of each paragraph, extended. */
	private static Repeat oldFind(List<String> paragraphs) {
		int n = paragraphs.size();
		Map<String, List<Integer>> earlier = new HashMap<>();
		Repeat best = null;
		for (int from = 0; from < n; from++) {
			List<Integer> seen = earlier.computeIfAbsent(paragraphs.get(from), k -> new ArrayList<>());
			for (int original : seen) {
				int length = 0;
				while (from + length < n && original + length < from
						&& paragraphs.get(original + length).equals(paragraphs.get(from + length))) {
					length++;
				}
				if (length >= MIN_RUN && (best == null || length > best.length())) {
					best = new Repeat(original, from, length);
				}
			}
			seen.add(from);
			if (best != null && best.length() >= n - from) {
				break; // nothing after this start can be longer
			}
		}
		if (best == null || best.length() * 3 < n) {
			return null;
		}
		return best;
	}

	/** The old removal loop: the leading summary, then copies until none is long enough. */
	private static List<String> oldRemoveRepeats(List<String> paragraphs) {
		List<String> result = new ArrayList<>(paragraphs);
		if (result.size() >= 4) {
			for (int k = 2; k < result.size() - 1; k++) {
				if (result.get(k).equals(result.get(0)) && result.get(k + 1).equals(result.get(1))) {
					result.subList(0, k).clear();
					break;
				}
			}
		}
		Repeat repeat;
		while ((repeat = oldFind(result)) != null) {
			result.subList(repeat.from(), repeat.from() + repeat.length()).clear();
		}
		return result;
	}
}
