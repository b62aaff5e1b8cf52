package org.reportbank.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.reportbank.core.stats.ReportWalk;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Check;
import org.reportbank.model.CheckVerdict;
import org.reportbank.model.Layer;
import org.reportbank.model.Report;

final class CheckCommand implements Command {

	@Override
	public String name() {
		return "check";
	}

	@Override
	public String summary() {
		return "list the consistency checks (rates recomputed from their counts)";
	}

	@Override
	public String usage() {
		return """
				Usage: reportbank check --corpus DIR [--verdict consistent|inconsistent|unverifiable]

				Lists every check of the pre-annotated reports: verdict, report, the message
				(stated and recomputed value) and the sentence. Run annotate first.
				A report whose files cannot be read is left out; each one is named (file and
				problem) on stderr, and the exit code is 3.

				Options:
				  --corpus DIR       the corpus folder
				  --verdict V        only checks with this verdict
				""" + ExitCodes.DESCRIPTION;
	}

	@Override
	public int run(List<String> args, Context context) throws Exception {
		Arguments arguments = new Arguments(args, Set.of("corpus", "verdict"), Set.of());
		CheckVerdict only = null;
		if (arguments.has("verdict")) {
			only = CheckVerdict.get(arguments.value("verdict"));
			if (only == null) {
				throw new Arguments.UsageException("unknown verdict " + arguments.value("verdict"));
			}
		}
		CorpusStore store = context.open(arguments.requiredPath("corpus"));
		CheckVerdict verdict = only;
		int[] listed = new int[2]; // listed, of which inconsistent
		ReportWalk.Walked walked = ReportWalk.each(store, store.entries(), "Reading checks", context.monitor(), (entry, report) -> {
			for (Layer layer : report.getLayers()) {
				for (Check check : layer.getChecks()) {
					if (verdict == null || check.getVerdict() == verdict) {
						print(context.out(), report, check);
						listed[0]++;
						listed[1] += check.getVerdict() == CheckVerdict.INCONSISTENT ? 1 : 0;
					}
				}
			}
		});
		context.out().println(listed[0] + " checks listed, " + listed[1] + " inconsistent"
				+ (walked.cancelled() ? " (cancelled: only the reports read before are listed)" : ""));
		return UnreadableReports.exitCode(name(), context, walked.unreadable(), walked.cancelled());
	}

	/** A check as a verdict line, then its message and the text it is about, indented. */
	private static void print(PrintStream out, Report report, Check check) {
		String text = report.getText() == null ? "" : report.getText();
		int begin = Math.max(0, Math.min(check.getBegin(), text.length()));
		int end = Math.max(begin, Math.min(check.getEnd(), text.length()));
		out.println((check.getVerdict() == null ? CheckVerdict.UNVERIFIABLE : check.getVerdict()).getLiteral().toUpperCase(Locale.ROOT)
				+ "\t" + report.getId() + "\t" + (report.getTitle() == null ? "" : report.getTitle()) + "\n\t" + check.getMessage()
				+ "\n\t" + text.substring(begin, end));
	}
}
