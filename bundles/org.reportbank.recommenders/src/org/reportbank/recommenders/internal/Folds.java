package org.reportbank.recommenders.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Splits reports into folds for cross-validation: by report, so no report is trained on and
 * tested in the same round. The order is shuffled with a fixed seed (the same corpus gives the
 * same folds every time) and dealt out in turn, so fold sizes differ by one at most. With fewer
 * reports than folds, every report is a fold of its own (leave-one-out).
 */
public final class Folds {

	/** The seed of the shuffle: a run can be repeated exactly. */
	public static final long SEED = 20240601L;

	private Folds() {
	}

	/** How many folds {@code reports} reports are split into when {@code wanted} are asked for. */
	public static int count(int reports, int wanted) {
		return Math.min(reports, Math.max(2, wanted));
	}

	/** The items dealt into {@link #count} folds. */
	public static <T> List<List<T>> split(List<T> items, int wanted) {
		List<T> shuffled = new ArrayList<>(items);
		Collections.shuffle(shuffled, new Random(SEED));
		int k = count(items.size(), wanted);
		List<List<T>> folds = new ArrayList<>();
		for (int i = 0; i < k; i++) {
			folds.add(new ArrayList<>());
		}
		for (int i = 0; i < shuffled.size(); i++) {
			folds.get(i % k).add(shuffled.get(i));
		}
		return folds;
	}
}
