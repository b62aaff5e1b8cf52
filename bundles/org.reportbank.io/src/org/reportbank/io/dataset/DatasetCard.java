package org.reportbank.io.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.reportbank.agreement.Agreement;
import org.reportbank.agreement.AgreementResult;
import org.reportbank.agreement.GroupResult;
import org.reportbank.agreement.PairResult;
import org.reportbank.core.stats.ReportWalk;
import org.reportbank.core.text.Sentences;
import org.reportbank.model.Corpus;
import org.reportbank.model.Label;
import org.reportbank.model.Report;
import org.reportbank.model.Span;

/**
 * The dataset card, README.md of the export folder: what the corpus is, its sources, the command,
 * the layer, counts of reports, sentences, characters and spans per label and split, the label
 * guidelines, the offsets and what each format leaves out, and the agreement of the annotators.
 * The counts are collected while the export streams ({@link #add}); nothing is read twice.
 */
public final class DatasetCard {

	public static final String FILE = "README.md";

	/** The counts of one split. */
	public static final class SplitCounts {
		private int reports;
		private long sentences;
		private long characters;
		private long spans;
		private final Map<String, Long> spansByLabel = new TreeMap<>();

		public int reports() {
			return reports;
		}

		public long sentences() {
			return sentences;
		}

		public long characters() {
			return characters;
		}

		public long spans() {
			return spans;
		}

		public Map<String, Long> spansByLabel() {
			return spansByLabel;
		}
	}

	private final Map<String, SplitCounts> splits = new TreeMap<>(
			Comparator.comparingInt(DatasetCard::splitOrder).thenComparing(Comparator.naturalOrder()));
	private final Map<String, Integer> regions = new TreeMap<>();
	private final Map<String, Integer> years = new TreeMap<>();
	private final Map<String, Integer> sourceFormats = new TreeMap<>();
	private final Agreement agreement = new Agreement();
	private int leftOut;
	private List<String> unreadableIds = List.of();
	private Map<String, String> renamedFiles = Map.of();

	private static int splitOrder(String split) {
		int i = Splits.NAMES.indexOf(split);
		return i >= 0 ? i : Splits.NAMES.size();
	}

	/** Counts one exported report. */
	public void add(Report report, List<Span> spans, String split) {
		SplitCounts counts = splits.computeIfAbsent(split, s -> new SplitCounts());
		String text = report.getText() == null ? "" : report.getText();
		counts.reports++;
		counts.sentences += Sentences.of(text).size();
		counts.characters += text.length();
		counts.spans += spans.size();
		for (Span span : spans) {
			counts.spansByLabel.merge(String.valueOf(span.getLabel()), 1L, Long::sum);
		}
		regions.merge(report.getRegion() == null ? "unknown" : report.getRegion(), 1, Integer::sum);
		years.merge(report.getYear() == null ? "unknown" : report.getYear().toString(), 1, Integer::sum);
		String format = report.getSource() == null || report.getSource().getFormat() == null ? "unknown"
				: report.getSource().getFormat();
		sourceFormats.merge(format, 1, Integer::sum);
		agreement.add(report);
	}

	/** Counts a report left out because it is not annotated in the chosen layer. */
	public void leftOut(Report report) {
		leftOut++;
	}

	/** The reports left out because a file of theirs cannot be read: the card says how many, and which. */
	public void unreadable(List<ReportWalk.Unreadable> unreadable) {
		unreadableIds = unreadable.stream().map(ReportWalk.Unreadable::reportId).toList();
	}

	/** Report id → file name, for the reports whose files are not named by their id ({@link ReportFileNames}). */
	public void renamedFiles(Map<String, String> renamed) {
		renamedFiles = new LinkedHashMap<>(renamed);
	}

	public int unreadableReports() {
		return unreadableIds.size();
	}

	public Map<String, SplitCounts> splits() {
		return splits;
	}

	public int reports() {
		return splits.values().stream().mapToInt(SplitCounts::reports).sum();
	}

	public long spans() {
		return splits.values().stream().mapToLong(SplitCounts::spans).sum();
	}

	public int leftOutReports() {
		return leftOut;
	}

	public Agreement agreement() {
		return agreement;
	}

	public void write(Path folder, Corpus corpus, DatasetRequest request) throws IOException {
		Files.writeString(folder.resolve(FILE), markdown(corpus, request), StandardCharsets.UTF_8);
	}

	public String markdown(Corpus corpus, DatasetRequest request) {
		StringBuilder md = new StringBuilder();
		String name = corpus == null || corpus.getName() == null ? "Reportbank corpus" : corpus.getName();
		md.append("# Dataset: ").append(name).append("\n\n");
		md.append("""
				Chinese rule-of-law government work reports (法治政府建设工作报告): the yearly reports local
				governments and their departments publish on building a government under the rule of law,
				imported and normalized by Reportbank, with annotations of organizations, people, places,
				law titles, dates, metrics (numbers with their units) and claims (achievements, problems,
				plans).

				""");
		md.append("## Command\n\n```\n").append(request.command() == null ? "(not recorded)" : request.command())
				.append("\n```\n\n");

		md.append("## Sources\n\n");
		md.append(String.format(Locale.ROOT, "%d reports exported from %d regions, years %s; source files by format: %s.",
				reports(), regions.size(), years.isEmpty() ? "none" : String.join(", ", years.keySet()), summary(sourceFormats)));
		if (leftOut > 0) {
			md.append(String.format(Locale.ROOT,
					" %d reports of the corpus are left out because they are not annotated in the chosen layer.", leftOut));
		}
		if (!unreadableIds.isEmpty()) {
			md.append(String.format(Locale.ROOT, " %d reports of the corpus are left out because their files could not be read: %s.",
					unreadableIds.size(), String.join(", ", unreadableIds.stream().map(DatasetCard::cell).toList())));
		}
		md.append("\n\n| region | reports |\n|---|---:|\n");
		regions.entrySet().stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.limit(30).forEach(e -> md.append("| ").append(cell(e.getKey())).append(" | ").append(e.getValue()).append(" |\n"));
		if (regions.size() > 30) {
			md.append("| (").append(regions.size() - 30).append(" more regions) | |\n");
		}
		md.append('\n');

		md.append("## Layer\n\n").append(request.layer().describe()).append('\n');
		md.append("""

				A report that is not annotated in this layer at all (no gold layer, no layer of this
				annotator, or for `accepted` no decision by a person) is left out of every format, so that
				text nobody annotated is never presented as text without entities. A report that is
				annotated but has no spans is exported with none. Rejected suggestions are never positives.

				""");

		md.append("## Splits\n\n");
		if (request.split()) {
			md.append(String.format(Locale.ROOT, "Ratio train:dev:test %s, seed %d%s. ", request.ratio(), request.seed(),
					request.stratify() == Splits.Stratify.NONE ? ""
							: ", stratified by " + request.stratify().name().toLowerCase(Locale.ROOT)));
			md.append("""
					A report is never split. The assignment is made over every report of the corpus index
					(sorted ids shuffled with the seed, then cut by the ratio), so the same corpus and seed give
					the same split in any order, and a report keeps its split when more reports get annotated;
					the ratio holds over the corpus, and only approximately over the reports exported.

					""");
		} else {
			md.append("No split: every report is in `all`.\n\n");
		}

		md.append("## Counts\n\nCharacters are UTF-16 code units of the normalized text; sentences end at 。！？ or a line end.\n\n");
		md.append("| split | reports | sentences | characters | spans |\n|---|---:|---:|---:|---:|\n");
		SplitCounts total = new SplitCounts();
		for (Map.Entry<String, SplitCounts> e : splits.entrySet()) {
			SplitCounts c = e.getValue();
			md.append(
					String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", e.getKey(), c.reports, c.sentences, c.characters, c.spans));
			total.reports += c.reports;
			total.sentences += c.sentences;
			total.characters += c.characters;
			total.spans += c.spans;
		}
		md.append(String.format(Locale.ROOT, "| total | %d | %d | %d | %d |%n%n", total.reports, total.sentences, total.characters,
				total.spans));

		md.append("## Spans per label\n\n");
		TreeSet<String> labels = new TreeSet<>();
		splits.values().forEach(c -> labels.addAll(c.spansByLabel.keySet()));
		if (labels.isEmpty()) {
			md.append("No spans.\n\n");
		} else {
			md.append("| label |");
			splits.keySet().forEach(s -> md.append(' ').append(s).append(" |"));
			md.append(" total |\n|---|");
			splits.keySet().forEach(s -> md.append("---:|"));
			md.append("---:|\n");
			for (String label : labels) {
				md.append("| ").append(cell(label)).append(" |");
				long sum = 0;
				for (SplitCounts c : splits.values()) {
					long n = c.spansByLabel.getOrDefault(label, 0L);
					sum += n;
					md.append(' ').append(n).append(" |");
				}
				md.append(' ').append(sum).append(" |\n");
			}
			md.append('\n');
		}

		md.append("## Labels\n\n");
		if (corpus == null || corpus.getLabelSet() == null || corpus.getLabelSet().getLabels().isEmpty()) {
			md.append("The corpus has no label set.\n\n");
		} else {
			md.append("Label set: ").append(cell(String.valueOf(corpus.getLabelSet().getName())))
					.append(". The full annotation guidelines are docs/guidelines.md of Reportbank.\n\n");
			md.append("| label | category | guideline |\n|---|---|---|\n");
			for (Label label : corpus.getLabelSet().getLabels()) {
				md.append("| ").append(cell(label.getName())).append(" | ")
						.append(label.getCategory() == null ? "" : label.getCategory().getLiteral()).append(" | ")
						.append(cell(label.getGuideline())).append(" |\n");
			}
			md.append('\n');
		}

		md.append("## Formats and offsets\n\n");
		md.append("Every offset in Reportbank is a UTF-16 code unit index into the normalized text; a character outside\n"
				+ "the Basic Multilingual Plane counts as two. Each format is in a folder of its own, one file (or folder)\n"
				+ "per split.\n\n");
		md.append("| format | folder | offsets | leaves out |\n|---|---|---|---|\n");
		for (DatasetFormat format : request.formats()) {
			md.append("| ").append(format.name()).append(" | `").append(format.name()).append("/` | ")
					.append(cell(format.offsetUnit())).append(" | ").append(cell(format.leavesOut())).append(" |\n");
		}
		md.append('\n');

		fileNamesSection(md);
		agreementSection(md);
		return md.toString();
	}

	/** Which file is which report, where a format names files by report and a name is not the id. */
	private void fileNamesSection(StringBuilder md) {
		if (renamedFiles.isEmpty()) {
			return;
		}
		md.append("## File names\n\n");
		md.append("Formats that write a file per report (brat) name it by the report id. These ids are not names every\n"
				+ "file system takes, or would give two reports the same name (on macOS and Windows, names differing only\n"
				+ "in case are the same), so their files are named otherwise:\n\n");
		md.append("| report id | file name |\n|---|---|\n");
		renamedFiles.forEach((id, name) -> md.append("| ").append(cell(id)).append(" | `").append(name).append("` |\n"));
		md.append('\n');
	}

	/**
	 * The agreement of the annotator layers over the exported reports (org.reportbank.agreement):
	 * per pair exact and overlap F1, Cohen's kappa and α_U; over all annotators Fleiss' kappa (three
	 * or more) and α_U, per label.
	 */
	private void agreementSection(StringBuilder md) {
		md.append("## Agreement\n\n");
		AgreementResult result = agreement.result();
		List<String> annotators = result.annotators();
		if (annotators.size() < 2) {
			md.append(annotators.isEmpty() ? "No annotator layers in the exported reports: no agreement figures.\n"
					: "One annotator layer (" + annotators.get(0) + "): no agreement figures.\n");
			return;
		}
		if (result.pairs().isEmpty()) {
			md.append("Annotators ").append(String.join(", ", annotators))
					.append(" never annotated the same report: no agreement figures.\n");
			return;
		}
		md.append("""
				The annotator layers compared over the exported reports, each pair over the reports both
				annotated (docs/agreement.md of Reportbank). Spans marked rejected are not positives. Exact F1:
				spans with the same begin, end and label; overlap F1: the same label and at least one character
				in common, paired one to one. Cohen's κ: the label of each token (the segmenter's words, or the
				characters of a report without them; blank tokens left out; where spans overlap, the shortest
				one's label). α_U: Krippendorff's unitizing alpha over the characters, per label, then over all
				labels (1 − ΣD_o / ΣD_e). A dash is a figure that is undefined.

				""");
		md.append("| annotators | reports | spans | spans | exact F1 | overlap F1 | Cohen's κ | α_U |\n"
				+ "|---|---:|---:|---:|---:|---:|---:|---:|\n");
		for (PairResult p : result.pairs()) {
			md.append(String.format(Locale.ROOT, "| %s / %s | %d | %d | %d | %s | %s | %s | %s |%n", cell(p.a()), cell(p.b()),
					p.reports(), p.exact().overall().a(), p.exact().overall().b(), figure(p.exact().overall().f1()),
					figure(p.overlap().overall().f1()), figure(p.cohenKappa().overall()), figure(p.alphaU().overall())));
		}
		md.append('\n');
		GroupResult all = result.all();
		if (all == null) {
			md.append("No exported report was annotated by all ").append(annotators.size()).append(" annotators (")
					.append(String.join(", ", annotators)).append("): no figure over all of them.\n");
			return;
		}
		if (all.fleissKappa() == null) {
			md.append("Per label, over the ").append(all.reports()).append(" reports both annotated:\n\n");
			md.append("| label | exact F1 | overlap F1 | Cohen's κ | α_U |\n|---|---:|---:|---:|---:|\n");
			PairResult pair = result.pairs().get(0);
			for (String label : result.labels()) {
				md.append("| ").append(cell(label)).append(" | ").append(figure(pair.exact().label(label).f1())).append(" | ")
						.append(figure(pair.overlap().label(label).f1())).append(" | ").append(figure(pair.cohenKappa().label(label)))
						.append(" | ").append(figure(pair.alphaU().label(label))).append(" |\n");
			}
			return;
		}
		md.append(String.format(Locale.ROOT, "All %d annotators (%s) together, over the %d reports every one of them annotated: "
				+ "Fleiss' κ %s, α_U %s. Per label:%n%n", annotators.size(), String.join(", ", annotators), all.reports(),
				figure(all.fleissKappa().overall()), figure(all.alphaU().overall())));
		md.append("| label | Fleiss' κ | α_U |\n|---|---:|---:|\n");
		for (String label : result.labels()) {
			md.append("| ").append(cell(label)).append(" | ").append(figure(all.fleissKappa().label(label))).append(" | ")
					.append(figure(all.alphaU().label(label))).append(" |\n");
		}
	}

	private static String figure(double value) {
		return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.3f", value);
	}

	private static String summary(Map<String, Integer> counts) {
		if (counts.isEmpty()) {
			return "none";
		}
		List<String> parts = new ArrayList<>();
		counts.forEach((k, v) -> parts.add(k + " " + v));
		return String.join(", ", parts);
	}

	private static String cell(String text) {
		return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
	}

	/** The counts of each split in order, for a one-line summary. */
	public Map<String, Integer> reportsBySplit() {
		Map<String, Integer> result = new LinkedHashMap<>();
		splits.forEach((k, v) -> result.put(k, v.reports));
		return result;
	}
}
