package org.reportbank.io.dataset;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.reportbank.core.store.ReportIdList;
import org.reportbank.core.store.ReportIds;
import org.reportbank.core.store.StoreException;
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

	/** Report id → train, dev or test, for entries in hand. */
	public static Map<String, String> assign(List<ReportEntry> entries, Ratio ratio, long seed, Stratify stratify) {
		Iterator<ReportEntry> next = entries.iterator();
		Assignment assignment;
		try {
			assignment = assign(() -> next.hasNext() ? next.next() : null, ratio, seed, stratify);
		} catch (StoreException e) {
			throw new IllegalStateException("a list cannot fail to be read", e);
		}
		Map<String, String> split = new HashMap<>();
		for (ReportEntry entry : entries) {
			split.put(entry.getId(), assignment.of(entry.getId()));
		}
		return split;
	}

	/** Where the entries to assign come from: the next, or null after the last. */
	public interface Entries {
		ReportEntry next() throws StoreException;
	}

	/**
	 * The split of every report {@code entries} gives, read once, holding 8 bytes a report (an
	 * id's number), not the entries: a corpus of any size is split in the memory of a small one.
	 */
	public static Assignment assign(Entries entries, Ratio ratio, long seed, Stratify stratify) throws StoreException {
		Map<String, ReportIdList> strata = new TreeMap<>();
		for (ReportEntry entry = entries.next(); entry != null; entry = entries.next()) {
			strata.computeIfAbsent(stratify.key(entry), k -> new ReportIdList()).add(entry.getId());
		}
		ReportIdList[] bySplit = { new ReportIdList(), new ReportIdList(), new ReportIdList() };
		for (Map.Entry<String, ReportIdList> stratum : strata.entrySet()) {
			long[] ids = stratum.getValue().inIdOrder();
			long mixed = stratify == Stratify.NONE ? seed : seed * 31 + stratum.getKey().hashCode();
			shuffle(ids, new Random(mixed));
			int n = ids.length;
			int trainEnd = cut(n, ratio.train(), ratio.total());
			int devEnd = cut(n, ratio.train() + ratio.dev(), ratio.total());
			for (int i = 0; i < n; i++) {
				bySplit[i < trainEnd ? 0 : i < devEnd ? 1 : 2].addNumber(ids[i]);
			}
			stratum.setValue(null); // done with: let it go before the next is shuffled
		}
		return new Assignment(bySplit[0].sorted(), bySplit[1].sorted(), bySplit[2].sorted());
	}

	/**
	 * What {@code Collections.shuffle(list, random)} does to a list, done to an array: the splits of
	 * datasets exported before ids were kept as numbers come out the same.
	 */
	private static void shuffle(long[] ids, Random random) {
		for (int i = ids.length; i > 1; i--) {
			int j = random.nextInt(i);
			long swapped = ids[i - 1];
			ids[i - 1] = ids[j];
			ids[j] = swapped;
		}
	}

	/** Which split each report is in: three sorted arrays of id numbers, 8 bytes a report. */
	public static final class Assignment {
		private final long[] train;
		private final long[] dev;
		private final long[] test;

		private Assignment(long[] train, long[] dev, long[] test) {
			this.train = train;
			this.dev = dev;
			this.test = test;
		}

		/** train, dev or test; null for a report that was not among the entries assigned. */
		public String of(String id) {
			long number = ReportIds.number(id);
			return Arrays.binarySearch(train, number) >= 0 ? TRAIN
					: Arrays.binarySearch(dev, number) >= 0 ? DEV : Arrays.binarySearch(test, number) >= 0 ? TEST : null;
		}
	}

	/** Where the cumulative share {@code share/total} of n items ends, rounded half up. */
	private static int cut(int n, int share, int total) {
		return (int) ((2L * n * share + total) / (2L * total));
	}
}
