package org.reportbank.io.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.reportbank.model.ReportEntry;

/**
 * Assigns whole reports to train, dev and test: a report is never split. The assignment depends
 * only on the report ids (and region or year when stratified), the ratio and the seed, never on
 * the order of the corpus: the ids are sorted, then shuffled with {@code java.util.Random(seed)}
 * (mixed with the stratum name when stratified), then cut by the ratio. Stratified, each region
 * (or year) is shuffled and cut on its own, so each split holds about its share of every stratum.
 */
public final class Splits {

	public static final String TRAIN = "train";
	public static final String DEV = "dev";
	public static final String TEST = "test";
	/** The one split of an export without --split. */
	public static final String ALL = "all";

	public static final List<String> NAMES = List.of(TRAIN, DEV, TEST);

	/** What to stratify by. */
	public enum Stratify {
		NONE, REGION, YEAR;

		public static Stratify parse(String value) {
			if (value == null || value.isBlank() || value.equals("none")) {
				return NONE;
			}
			return switch (value) {
			case "region" -> REGION;
			case "year" -> YEAR;
			default -> throw new IllegalArgumentException("cannot stratify by '" + value + "' (region or year)");
			};
		}

		public String key(ReportEntry entry) {
			return switch (this) {
			case NONE -> "";
			case REGION -> entry.getRegion() == null ? "unknown" : entry.getRegion();
			case YEAR -> entry.getYear() == null ? "unknown" : entry.getYear().toString();
			};
		}
	}

	/** Shares of train, dev and test, e.g. 8:1:1; any whole numbers, not all zero. */
	public record Ratio(int train, int dev, int test) {

		public Ratio {
			if (train < 0 || dev < 0 || test < 0 || train + dev + test == 0) {
				throw new IllegalArgumentException("a split ratio needs three whole numbers, not all zero");
			}
		}

		public static Ratio parse(String value) {
			String[] parts = value == null ? new String[0] : value.trim().split(":", -1);
			if (parts.length != 3) {
				throw new IllegalArgumentException("a split ratio is TRAIN:DEV:TEST, such as 8:1:1, not '" + value + "'");
			}
			try {
				return new Ratio(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()), Integer.parseInt(parts[2].trim()));
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("a split ratio is three whole numbers such as 8:1:1, not '" + value + "'");
			}
		}

		int total() {
			return train + dev + test;
		}

		@Override
		public String toString() {
			return train + ":" + dev + ":" + test;
		}
	}

	private Splits() {
	}

	/** Report id → train, dev or test. */
	public static Map<String, String> assign(List<ReportEntry> entries, Ratio ratio, long seed, Stratify stratify) {
		Map<String, List<String>> strata = new TreeMap<>();
		for (ReportEntry entry : entries) {
			strata.computeIfAbsent(stratify.key(entry), k -> new ArrayList<>()).add(entry.getId());
		}
		Map<String, String> split = new HashMap<>();
		for (Map.Entry<String, List<String>> stratum : strata.entrySet()) {
			List<String> ids = new ArrayList<>(stratum.getValue());
			Collections.sort(ids);
			long mixed = stratify == Stratify.NONE ? seed : seed * 31 + stratum.getKey().hashCode();
			Collections.shuffle(ids, new Random(mixed));
			int n = ids.size();
			int trainEnd = cut(n, ratio.train(), ratio.total());
			int devEnd = cut(n, ratio.train() + ratio.dev(), ratio.total());
			for (int i = 0; i < n; i++) {
				split.put(ids.get(i), i < trainEnd ? TRAIN : i < devEnd ? DEV : TEST);
			}
		}
		return split;
	}

	/** Where the cumulative share {@code share/total} of n items ends, rounded half up. */
	private static int cut(int n, int share, int total) {
		return (int) ((2L * n * share + total) / (2L * total));
	}
}
