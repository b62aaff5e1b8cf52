package org.reportbank.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Formatter;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.reportbank.agreement.Agreement;
import org.reportbank.agreement.AgreementJson;
import org.reportbank.agreement.AgreementResult;
import org.reportbank.agreement.CorpusAgreement;
import org.reportbank.agreement.GroupResult;
import org.reportbank.agreement.PairResult;
import org.reportbank.agreement.Prf;
import org.reportbank.agreement.ReportResult;
import org.reportbank.agreement.Tokens;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Label;

final class AgreementCommand implements Command {

	@Override
	public String name() {
		return "agreement";
	}

	@Override
	public String summary() {
		return "agreement of the annotators: span F1, Cohen's and Fleiss' kappa, Krippendorff's alpha";
	}

	@Override
	public String usage() {
		return """
				Usage: reportbank agreement --corpus DIR [--format text|json] [--labels L,...]
				                            [--annotators A,B,...] [--per-report]

				Compares the annotators' layers (docs/agreement.md), over the reports at least two
				of them annotated; rejected spans are not positives, pre-annotation and gold are not
				annotators. For every pair, over the reports both annotated, per label and over all:
				  exact      precision, recall, F1 of spans with the same begin, end and label
				             (the first annotator of the pair taken as the reference)
				  overlap    the same for spans of the same label sharing a character, paired one to one
				  kappa      Cohen's kappa of the labels of the tokens (the segmenter's words, else
				             characters; blank tokens left out; overlapping spans: the shortest wins)
				  alpha_U    Krippendorff's unitizing alpha over the characters
				For all annotators together, over the reports every one of them annotated: Fleiss'
				kappa (three or more annotators) and alpha_U. A dash (null in JSON) is undefined.
				A report whose files cannot be read is left out of every figure; each one is
				named (file and problem) on stderr, and the exit code is 3.

				Options:
				  --corpus DIR          the corpus folder
				  --format text|json    text (default) or JSON: per annotator pair and label the F1
				                        and kappa figures, Fleiss' kappa, alpha_U, and each report
				  --labels L,...        only these labels (others' spans are ignored)
				  --annotators A,B,...  only these annotators (two or more); all of them are the
				                        group of Fleiss' kappa and the overall alpha_U
				  --per-report          text: also each report's figures (JSON always has them)
				""" + ExitCodes.DESCRIPTION;
	}

	@Override
	public int run(List<String> args, Context context) throws Exception {
		Arguments arguments = new Arguments(args, Set.of("corpus", "format", "labels", "annotators"), Set.of("per-report"));
		String format = arguments.has("format") ? arguments.value("format") : "text";
		if (!format.equals("text") && !format.equals("json")) {
			throw new Arguments.UsageException("--format is text or json, not '" + format + "'");
		}
		Set<String> labels = arguments.has("labels") ? list(arguments.value("labels"), "--labels") : null;
		Set<String> annotatorSet = arguments.has("annotators") ? list(arguments.value("annotators"), "--annotators") : null;
		if (annotatorSet != null && annotatorSet.size() < 2) {
			throw new Arguments.UsageException("--annotators needs two annotators or more");
		}
		CorpusStore store = context.openToWalk(arguments.requiredPath("corpus"));
		if (labels != null && store.corpus().getLabelSet() != null) {
			Set<String> known = new LinkedHashSet<>();
			for (Label label : store.corpus().getLabelSet().getLabels()) {
				known.add(label.getName());
			}
			for (String label : labels) {
				if (!known.contains(label)) {
					context.err().println("reportbank agreement: note: " + label + " is not in the corpus label set");
				}
			}
		}
		Agreement.Options options = new Agreement.Options(labels, annotatorSet == null ? null : List.copyOf(annotatorSet));
		boolean json = format.equals("json");
		boolean perReport = json || arguments.has("per-report");
		// each report's figures are written as the report is read and printed after those of the
		// corpus, which are known only at the end: put aside in a file meanwhile, not kept in memory
		try (Spool reportRows = perReport ? new Spool() : null) {
			CorpusAgreement.Measured measured = CorpusAgreement.measure(store, options,
					perReport ? report -> reportRows.add(json ? AgreementJson.report(report) : rows(report)) : null, context.monitor());
			AgreementResult result = measured.result();
			if (result.pairs().isEmpty()) {
				context.err().println("reportbank agreement: " + (result.annotators().size() < 2
						? (result.annotators().isEmpty() ? "no annotator layers"
								: "one annotator only (" + result.annotators().get(0) + ")")
						: "no report was annotated by two of " + String.join(", ", result.annotators()))
						+ ": no agreement figures");
			}
			if (json) {
				Writer writer = new OutputStreamWriter(context.out(), StandardCharsets.UTF_8);
				AgreementJson.write(result, reportRows.texts(), writer);
				writer.flush();
			} else {
				text(context.out(), store, result, reportRows);
			}
			return UnreadableReports.exitCode(name(), context, measured.unreadable(), false);
		}
	}

	private static Set<String> list(String value, String option) throws Arguments.UsageException {
		Set<String> result = new LinkedHashSet<>();
		for (String part : value.split(",")) {
			if (!part.isBlank()) {
				result.add(part.strip());
			}
		}
		if (result.isEmpty()) {
			throw new Arguments.UsageException(option + " needs one name or more, comma-separated");
		}
		return result;
	}

	/** The figures as text; reportRows, when not null, holds the rows of each report ({@link #rows}), printed last. */
	private static void text(PrintStream out, CorpusStore store, AgreementResult result, Spool reportRows) throws IOException {
		out.println("corpus      " + store.directory());
		out.println("annotators  " + (result.annotators().isEmpty() ? "none" : String.join(", ", result.annotators())));
		Map<Tokens.Unit, Integer> units = result.tokenUnits();
		out.printf(Locale.ROOT, "reports     %d annotated by two annotators or more (tokens: words in %d, characters in %d)%n",
				result.reports(), units.getOrDefault(Tokens.Unit.WORDS, 0), units.getOrDefault(Tokens.Unit.CHARACTERS, 0));
		out.println("labels      " + (result.labels().isEmpty() ? "none" : String.join(", ", result.labels())));
		for (PairResult pair : result.pairs()) {
			out.println();
			out.printf(Locale.ROOT, "%s / %s: %d reports, %d tokens, %d characters%n", pair.a(), pair.b(), pair.reports(), pair.tokens(),
					pair.characters());
			out.printf(Locale.ROOT, "  %-14s %7s %7s %8s %8s %8s %10s %8s %8s%n", "label", "spans a", "spans b", "exact P", "exact R",
					"exact F1", "overlap F1", "kappa", "alpha_U");
			row(out, "(all)", pair.exact().overall(), pair.overlap().overall(), pair.cohenKappa().overall(), pair.alphaU().overall());
			for (String label : result.labels()) {
				row(out, label, pair.exact().label(label), pair.overlap().label(label), pair.cohenKappa().label(label),
						pair.alphaU().label(label));
			}
		}
		GroupResult all = result.all();
		if (all != null && all.fleissKappa() != null) {
			out.println();
			out.printf(Locale.ROOT, "all %d annotators (%s): %d reports every one of them annotated, %d tokens%n", all.annotators().size(),
					String.join(", ", all.annotators()), all.reports(), all.tokens());
			out.printf(Locale.ROOT, "  %-14s %12s %8s%n", "label", "Fleiss kappa", "alpha_U");
			out.printf(Locale.ROOT, "  %-14s %12s %8s%n", "(all)", figure(all.fleissKappa().overall()), figure(all.alphaU().overall()));
			for (String label : result.labels()) {
				out.printf(Locale.ROOT, "  %-14s %12s %8s%n", label, figure(all.fleissKappa().label(label)),
						figure(all.alphaU().label(label)));
			}
		} else if (result.annotators().size() >= 3 && !result.pairs().isEmpty()) {
			out.println();
			out.println("no report was annotated by all " + result.annotators().size() + " annotators: no Fleiss' kappa over all of them");
		}
		if (reportRows != null && reportRows.size() > 0) {
			out.println();
			out.println("per report:");
			out.printf(Locale.ROOT, "  %-18s %-20s %8s %10s %8s %8s %12s%n", "report", "annotators", "exact F1", "overlap F1", "kappa",
					"alpha_U", "Fleiss kappa");
			for (Iterator<String> rows = reportRows.texts(); rows.hasNext();) {
				out.print(rows.next());
			}
		}
	}

	/** The rows of one report under "per report:": one per pair, and one for all annotators when there are three or more. */
	private static String rows(ReportResult report) {
		StringBuilder rows = new StringBuilder();
		try (Formatter out = new Formatter(rows, Locale.ROOT)) {
			for (PairResult pair : report.pairs()) {
				out.format("  %-18s %-20s %8s %10s %8s %8s %12s%n", report.id(), pair.a() + " / " + pair.b(),
						figure(pair.exact().overall().f1()), figure(pair.overlap().overall().f1()), figure(pair.cohenKappa().overall()),
						figure(pair.alphaU().overall()), "");
			}
			if (report.group() != null) {
				out.format("  %-18s %-20s %8s %10s %8s %8s %12s%n", report.id(), "all " + report.annotators().size(), "", "", "",
						figure(report.group().alphaU().overall()), figure(report.group().fleissKappa().overall()));
			}
		}
		return rows.toString();
	}

	private static void row(PrintStream out, String label, Prf exact, Prf overlap, double kappa, double alpha) {
		out.printf(Locale.ROOT, "  %-14s %7d %7d %8s %8s %8s %10s %8s %8s%n", label, exact.a(), exact.b(), figure(exact.p()),
				figure(exact.r()), figure(exact.f1()), figure(overlap.f1()), figure(kappa), figure(alpha));
	}

	private static String figure(double value) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
	}
}
