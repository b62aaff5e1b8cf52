package org.reportbank.recommenders.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.reportbank.recommenders.LabeledSpan;
import org.reportbank.recommenders.TrainingReport;
import org.reportbank.recommenders.internal.TokenSequences.Sentence;

/**
 * The names the team labeled, each with its most frequent label, as features of a sequence model:
 * each word is marked with its place (B, M, E, S) in a known name covering whole words, longest
 * first. While training, a report's words are marked with the names labeled in the other reports
 * only: marked with its own spans, every gold name would be known and the model would learn to
 * trust the mark alone, which fails on the names a new report brings.
 */
public final class KnownNames {

	/** A name: its label counts and the reports it was labeled in. */
	private record Name(Map<String, Integer> labels, Set<String> reports) {
		String label() {
			return labels.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
					.orElseThrow().getKey();
		}
	}

	private static final int LONGEST_NAME = 40;

	private final Map<String, Name> names = new HashMap<>();

	/** The names of the reports' spans. */
	public static KnownNames of(List<TrainingReport> reports) {
		KnownNames known = new KnownNames();
		for (TrainingReport report : reports) {
			for (LabeledSpan span : report.spans()) {
				String text = report.text().substring(span.begin(), span.end());
				if (!text.isBlank() && text.length() <= LONGEST_NAME) {
					Name name = known.names.computeIfAbsent(text, t -> new Name(new TreeMap<>(), new HashSet<>()));
					name.labels().merge(span.label(), 1, Integer::sum);
					name.reports().add(report.id());
				}
			}
		}
		return known;
	}

	/** Every name with its label, as a model keeps them. */
	public Map<String, String> all() {
		Map<String, String> all = new TreeMap<>();
		names.forEach((text, name) -> all.put(text, name.label()));
		return all;
	}

	/** The names labeled in some report other than the one given, with their labels. */
	public Map<String, String> without(String reportId) {
		Map<String, String> others = new HashMap<>();
		names.forEach((text, name) -> {
			if (name.reports().size() > 1 || !name.reports().contains(reportId)) {
				others.put(text, name.label());
			}
		});
		return others;
	}

	/** Every beginning of the names, the whole names included: a run of words that is none of them starts no name. */
	public static Set<String> prefixes(Collection<String> names) {
		Set<String> prefixes = new HashSet<>();
		for (String name : names) {
			for (int end = 1; end <= name.length(); end++) {
				prefixes.add(name.substring(0, end));
			}
		}
		return prefixes;
	}

	/** Each word's place in a known name ({@code B-L}, {@code M-L}, {@code E-L}, {@code S-L}) or {@code O}, longest name first from the left. */
	public static String[] mark(Sentence sentence, Map<String, String> names, Set<String> prefixes) {
		String[] words = sentence.words();
		String[] marks = new String[words.length];
		Arrays.fill(marks, BioTags.OUTSIDE);
		int i = 0;
		while (i < words.length) {
			if (!prefixes.contains(words[i])) {
				i++; // the common case, settled without joining words
				continue;
			}
			int longest = -1;
			String label = null;
			StringBuilder joined = new StringBuilder();
			for (int j = i; j < words.length && joined.length() + words[j].length() <= LONGEST_NAME; j++) {
				joined.append(words[j]);
				String text = joined.toString();
				if (!prefixes.contains(text)) {
					break; // no name goes on from here
				}
				String found = names.get(text);
				if (found != null) {
					longest = j;
					label = found;
				}
			}
			if (longest < 0) {
				i++;
				continue;
			}
			if (longest == i) {
				marks[i] = "S-" + label;
			} else {
				marks[i] = "B-" + label;
				for (int k = i + 1; k < longest; k++) {
					marks[k] = "M-" + label;
				}
				marks[longest] = "E-" + label;
			}
			i = longest + 1;
		}
		return marks;
	}
}
