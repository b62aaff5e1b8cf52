package org.reportbank.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.reportbank.core.store.CorpusStore;
import org.reportbank.nlp.hanlp.CorpusAnnotator;
import org.reportbank.nlp.hanlp.PreAnnotator;

final class AnnotateCommand implements Command {

	@Override
	public String name() {
		return "annotate";
	}

	@Override
	public String summary() {
		return "pre-annotate reports with HanLP and rules (entities, metrics, claims, checks)";
	}

	@Override
	public String usage() {
		return """
				Usage: reportbank annotate --corpus DIR [--reports ID,ID...] [--threads N]

				Suggests entities, metrics (with normalized values), claims and rate checks
				for every report (or the ones named) into the pre-annotation layer. Running
				it again replaces the suggestions nobody touched; suggestions a person
				accepted, rejected or edited stay, and annotators' layers are never written.
				All reports are committed together at the end: a run that fails or is
				killed changes nothing; a report that cannot be read is named and left as
				it was while the others are annotated (exit code 3).

				Options:
				  --corpus DIR        the corpus folder
				  --reports ID,...    only these reports (ids as listed by the navigator or JSONL)
				  --threads N         worker threads (default: the number of cores)
				""" + ExitCodes.DESCRIPTION;
	}

	@Override
	public int run(List<String> args, Context context) throws Exception {
		Arguments arguments = new Arguments(args, Set.of("corpus", "reports", "threads"), Set.of());
		List<String> ids = arguments.has("reports") ? Arrays.asList(arguments.value("reports").split(",")) : List.of();
		int threads = Runtime.getRuntime().availableProcessors();
		if (arguments.has("threads")) {
			try {
				threads = Integer.parseInt(arguments.value("threads"));
			} catch (NumberFormatException e) {
				threads = 0;
			}
			if (threads < 1) {
				throw new Arguments.UsageException("--threads takes a whole number of at least 1, not " + arguments.value("threads"));
			}
		}
		PreAnnotator.loadAhead();
		CorpusStore store = context.open(arguments.requiredPath("corpus"));
		CorpusAnnotator.Summary summary = new CorpusAnnotator().annotate(store, ids, threads, context.monitor());
		for (CorpusAnnotator.Failure failure : summary.failed()) {
			context.err().println("reportbank annotate: not annotated, left as it was: " + failure.reason());
		}
		context.out().println(summary.annotated() + " reports pre-annotated, " + summary.suggestions() + " suggestions, "
				+ summary.inconsistencies() + " inconsistent rates (see: reportbank check)"
				+ (summary.failed().isEmpty() ? "" : "; " + summary.failed().size() + " could not be annotated (listed above)")
				+ (summary.cancelled() ? " (cancelled: the reports not reached are unchanged)" : ""));
		if (summary.cancelled()) {
			return ExitCodes.CANCELLED;
		}
		if (summary.failed().isEmpty()) {
			return ExitCodes.OK;
		}
		return summary.annotated() == 0 ? ExitCodes.FAILED : ExitCodes.PARTIAL;
	}
}
