package org.reportbank.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * α_U for every label, each label a category of its own (units of that label against everything
 * else, so spans of different labels may overlap), and over all labels together as
 * 1 − Σ_label D_o / Σ_label D_e. Reports are added one at a time; a label first met in a later
 * report still sees the earlier ones as continua without its units. Nothing of a report is kept but
 * the count of reports of its length.
 */
public final class UnitizingAlphas {

	private final int coders;
	/** The reports added, counted by text length: what a label first met later sees as continua without its units. */
	private final LengthCounts reportLengths = new LengthCounts();
	private long length;
	private final Map<String, UnitizingAlpha> byLabel = new TreeMap<>();

	public UnitizingAlphas(int coders) {
		this.coders = coders;
	}

	/** One report of the given text length, with each coder's spans (one list per coder, in coder order). */
	public void add(int length, List<? extends Collection<Annotation>> spansByCoder) {
		Map<String, List<List<UnitizingAlpha.Unit>>> units = new TreeMap<>();
		for (int i = 0; i < spansByCoder.size(); i++) {
			for (Annotation span : spansByCoder.get(i)) {
				List<List<UnitizingAlpha.Unit>> perCoder = units.computeIfAbsent(span.label(), l -> {
					List<List<UnitizingAlpha.Unit>> lists = new ArrayList<>();
					for (int c = 0; c < coders; c++) {
						lists.add(new ArrayList<>());
					}
					return lists;
				});
				perCoder.get(i).add(new UnitizingAlpha.Unit(span.begin(), span.end()));
			}
		}
		for (String label : units.keySet()) {
			byLabel.computeIfAbsent(label, l -> {
				UnitizingAlpha alpha = new UnitizingAlpha(coders);
				for (int earlier : reportLengths.lengths()) {
					alpha.addEmpty(earlier, reportLengths.count(earlier));
				}
				return alpha;
			});
		}
		for (Map.Entry<String, UnitizingAlpha> e : byLabel.entrySet()) {
			List<List<UnitizingAlpha.Unit>> perCoder = units.get(e.getKey());
			if (perCoder == null) {
				e.getValue().addEmpty(length);
			} else {
				e.getValue().add(0, length, perCoder);
			}
		}
		if (length > 0) {
			reportLengths.add(length, 1);
			this.length += length;
		}
	}

	/** The characters of all reports added. */
	public long length() {
		return length;
	}

	/**
	 * How many lengths are counted, of reports and of each label's units and gaps: the room this
	 * takes, which depends on the lengths met, not on the number of reports.
	 */
	public int storedLengths() {
		int stored = reportLengths.distinct();
		for (UnitizingAlpha alpha : byLabel.values()) {
			stored += alpha.storedLengths();
		}
		return stored;
	}

	public Map<String, UnitizingAlpha> byLabel() {
		return byLabel;
	}

	/** α_U per label and over all labels (1 − ΣD_o / ΣD_e); NaN where no coder marked anything. */
	public Coefficients coefficients() {
		SortedMap<String, Double> labels = new TreeMap<>();
		double observed = 0;
		double expected = 0;
		for (Map.Entry<String, UnitizingAlpha> e : byLabel.entrySet()) {
			labels.put(e.getKey(), e.getValue().alpha());
			double de = e.getValue().expected();
			if (de > 0) {
				observed += e.getValue().observed();
				expected += de;
			}
		}
		return new Coefficients(expected > 0 ? 1 - observed / expected : Double.NaN, labels);
	}
}
