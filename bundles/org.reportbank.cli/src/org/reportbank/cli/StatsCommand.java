package org.reportbank.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.reportbank.core.stats.CorpusStatistics;
import org.reportbank.core.store.CorpusStore;

final class StatsCommand implements Command {

	@Override
	public String name() {
		return "stats";
	}

	@Override
	public String summary() {
		return "count reports, sections and spans by label and origin";
	}

	@Override
	public String usage() {
		return """
				Usage: reportbank stats --corpus DIR

				Prints the number of reports, characters and sections, reports by year and
				region, spans by label, origin and status, spans per report (mean, min, max),
				and the suggestion acceptance rate per label: of the pre-annotation
				suggestions a person decided on (a span of theirs based on it, or its status
				accepted or rejected), the share accepted unchanged.

				A report whose files cannot be read is left out of every figure; each one is
				named (file and problem) on stderr, and the exit code is 3.

				Options:
				  --corpus DIR   the corpus folder
				""" + ExitCodes.DESCRIPTION;
	}

	@Override
	public int run(List<String> args, Context context) throws Exception {
		Arguments arguments = new Arguments(args, Set.of("corpus"), Set.of());
		CorpusStore store = context.openToWalk(arguments.requiredPath("corpus"));
		CorpusStatistics.Counts counts = new CorpusStatistics().count(store, context.monitor());
		if (context.monitor().isCanceled()) {
			context.err().println("reportbank stats: cancelled; no figures, since they would hold only the reports read so far");
			return ExitCodes.CANCELLED;
		}
		PrintStream out = context.out();
		out.println("corpus      " + store.directory());
		out.println("reports     " + counts.reports() + (counts.unreadable().isEmpty() ? ""
				: " (and " + counts.unreadable().size() + " that could not be read, left out of every figure)"));
		out.println("characters  " + counts.characters());
		out.println("sections    " + counts.sections());
		out.println("spans       " + counts.spans());
		table(out, "reports by year", counts.reportsByYear());
		table(out, "reports by region", counts.reportsByRegion());
		table(out, "spans by label", counts.spansByLabel());
		table(out, "spans by origin", counts.spansByOrigin());
		table(out, "spans by status", counts.spansByStatus());
		CorpusStatistics.PerReport perReport = counts.spansPerReport();
		out.println("spans per report:");
		out.printf(Locale.ROOT, "  %-20s %8.1f%n  %-20s %8d%n  %-20s %8d%n", "mean", perReport.mean(), "min", perReport.min(), "max",
				perReport.max());
		out.println("suggestion acceptance by label:" + (counts.acceptanceByLabel().isEmpty() ? " no suggestions" : ""));
		if (!counts.acceptanceByLabel().isEmpty()) {
			out.printf(Locale.ROOT, "  %-20s %11s %8s %8s %8s%n", "label", "suggestions", "decided", "accepted", "rate");
			counts.acceptanceByLabel().forEach((label, a) -> out.printf(Locale.ROOT, "  %-20s %11d %8d %8d %8s%n", label, a.suggestions(),
					a.decided(), a.accepted(), a.decided() == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * a.rate())));
		}
		return UnreadableReports.exitCode(name(), context, counts.unreadable(), false);
	}

	private static void table(PrintStream out, String title, Map<String, Integer> counts) {
		out.println(title + ":" + (counts.isEmpty() ? " none" : ""));
		counts.forEach((key, count) -> out.printf("  %-20s %8d%n", key, count));
	}
}
