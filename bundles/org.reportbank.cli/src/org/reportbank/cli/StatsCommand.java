package org.reportbank.cli;

import java.io.PrintStream;
import java.util.List;
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
				region, and spans by label, origin and status.

				Options:
				  --corpus DIR   the corpus folder
				""" + ExitCodes.DESCRIPTION;
	}

	@Override
	public int run(List<String> args, Context context) throws Exception {
		Arguments arguments = new Arguments(args, Set.of("corpus"), Set.of());
		CorpusStore store = CorpusStore.open(arguments.requiredPath("corpus"));
		CorpusStatistics.Counts counts = new CorpusStatistics().count(store, context.monitor());
		PrintStream out = context.out();
		out.println("corpus      " + store.directory());
		out.println("reports     " + counts.reports());
		out.println("characters  " + counts.characters());
		out.println("sections    " + counts.sections());
		out.println("spans       " + counts.spans());
		table(out, "reports by year", counts.reportsByYear());
		table(out, "reports by region", counts.reportsByRegion());
		table(out, "spans by label", counts.spansByLabel());
		table(out, "spans by origin", counts.spansByOrigin());
		table(out, "spans by status", counts.spansByStatus());
		return ExitCodes.OK;
	}

	private static void table(PrintStream out, String title, Map<String, Integer> counts) {
		out.println(title + ":" + (counts.isEmpty() ? " none" : ""));
		counts.forEach((key, count) -> out.printf("  %-20s %8d%n", key, count));
	}
}
