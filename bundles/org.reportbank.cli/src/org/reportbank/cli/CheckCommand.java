package org.reportbank.cli;

import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.SubMonitor;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Check;
import org.reportbank.model.CheckVerdict;
import org.reportbank.model.Layer;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;

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

				Options:
				  --corpus DIR       the corpus folder
				  --verdict V        only checks with this verdict
				""" + ExitCodes.DESCRIPTION;
	}

	@Override
	public int run(List<String> args, Context context) throws Exception {
		Arguments arguments = new Arguments(args, Set.of("corpus", "verdict"), Set.of());
		CorpusStore store = CorpusStore.open(arguments.requiredPath("corpus"));
		CheckVerdict only = null;
		if (arguments.has("verdict")) {
			only = CheckVerdict.get(arguments.value("verdict"));
			if (only == null) {
				throw new Arguments.UsageException("unknown verdict " + arguments.value("verdict"));
			}
		}
		List<ReportEntry> entries = List.copyOf(store.entries());
		SubMonitor progress = SubMonitor.convert(context.monitor(), "Reading checks", entries.size());
		int listed = 0;
		int inconsistent = 0;
		for (ReportEntry entry : entries) {
			if (progress.isCanceled()) {
				return ExitCodes.CANCELLED;
			}
			Report report = store.loadReport(entry.getId());
			for (Layer layer : report.getLayers()) {
				for (Check check : layer.getChecks()) {
					if (only != null && check.getVerdict() != only) {
						continue;
					}
					listed++;
					if (check.getVerdict() == CheckVerdict.INCONSISTENT) {
						inconsistent++;
					}
					context.out().println(check.getVerdict().getLiteral().toUpperCase() + "\t" + report.getId() + "\t"
							+ (report.getTitle() == null ? "" : report.getTitle()) + "\n\t" + check.getMessage() + "\n\t"
							+ report.getText().substring(check.getBegin(), check.getEnd()));
				}
			}
			progress.worked(1);
		}
		context.out().println(listed + " checks listed, " + inconsistent + " inconsistent");
		return ExitCodes.OK;
	}
}
