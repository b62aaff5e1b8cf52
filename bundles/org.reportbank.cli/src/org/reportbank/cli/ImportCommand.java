package org.reportbank.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.importing.ImportException;
import org.reportbank.core.importing.ImportSummary;
import org.reportbank.core.store.AnnotatorNames;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.core.text.Untrusted;
import org.reportbank.io.formats.DoccanoCorpusImport;
import org.reportbank.io.jsonl.JsonlImport;

final class ImportCommand implements Command {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary() {
		return "import report files (txt, html, pdf) or a lossless JSONL export into a corpus";
	}

	@Override
	public String usage() {
		return """
				Usage: reportbank import FILE|DIR... --corpus DIR
				       reportbank import --jsonl FILE --corpus DIR
				       reportbank import --doccano FILE --annotator NAME --corpus DIR

				Reads each report file (UTF-8, GBK/GB18030, UTF-16 or Big5 text; HTML pages;
				PDF with a text layer), normalizes it and adds it to the corpus, which is
				created if the folder has none (a folder the command made is removed again
				when no report came in). Folders are searched for .txt .html .htm
				.shtml .pdf files. A report whose text is already in the corpus is reported
				as a duplicate and not added again; a file that cannot be read is refused
				with its reason and the others still go in. The reports are committed
				together at the end: an import that fails or is killed adds nothing.
				With --jsonl, reads a lossless JSONL export back (all or nothing).
				With --doccano, reads a doccano JSONL export (code-point offsets) as the
				layer of annotator NAME: a record whose text is a report of the corpus
				replaces that annotator's layer of it; a new text becomes a new report
				(all or nothing).

				Options:
				  --corpus DIR   the corpus folder
				  --jsonl FILE   import a lossless JSONL file instead of report files
				  --doccano FILE import a doccano export as an annotator's layer
				  --annotator NAME  whose layer the doccano spans become (not gold, preannotation
				                 or accepted: those layers are nobody's and are never replaced)
				""" + ExitCodes.DESCRIPTION;
	}

	/**
	 * The file to import, checked before the corpus folder is created for it: a mistyped file name
	 * must not leave an empty corpus behind.
	 */
	private static Path existingFile(String name) throws StoreException {
		Path file = Path.of(name);
		if (!Files.isRegularFile(file)) {
			throw new StoreException(file + (Files.exists(file) ? " is not a file" : " does not exist") + "; nothing was imported");
		}
		return file;
	}

	@Override
	public int run(List<String> args, Context context) throws Exception {
		Arguments arguments = new Arguments(args, Set.of("corpus", "jsonl", "doccano", "annotator"), Set.of());
		Path corpusDir = arguments.requiredPath("corpus");
		if (arguments.has("doccano")) {
			String annotator = arguments.required("annotator");
			String problem = AnnotatorNames.problem(annotator);
			if (problem != null || !annotator.equals(annotator.strip())) {
				throw new Arguments.UsageException("--annotator " + Untrusted.quote(annotator) + " cannot name a layer: "
						+ (problem == null ? "blanks around the name." : problem));
			}
			Path doccano = existingFile(arguments.value("doccano"));
			return intoCorpus(corpusDir, context, store -> {
				DoccanoCorpusImport.Result result = new DoccanoCorpusImport().importInto(store, doccano, annotator,
						context.monitor());
				context.out().println(result.updated() + " reports given " + annotator + "'s doccano layer, " + result.added()
						+ " new reports added");
				return ExitCodes.OK;
			});
		}
		if (arguments.has("jsonl")) {
			if (!arguments.operands().isEmpty()) {
				throw new Arguments.UsageException("give either --jsonl FILE or report files, not both");
			}
			Path jsonl = existingFile(arguments.value("jsonl"));
			return intoCorpus(corpusDir, context, store -> {
				JsonlImport.Result result = new JsonlImport().importInto(store, jsonl, context.monitor());
				context.out().println(result.imported() + " imported, " + result.skipped() + " already in the corpus");
				return ExitCodes.OK;
			});
		}
		if (arguments.operands().isEmpty()) {
			throw new Arguments.UsageException("name the files or folders to import");
		}
		List<Path> inputs = arguments.operands().stream().map(Path::of).toList();
		return intoCorpus(corpusDir, context, store -> {
			ImportSummary summary = new CorpusImporter().importFiles(store, inputs, new EachFileLine(context.out()),
					context.monitor());
			context.out().println(summary.notesAndTotals());
			if (summary.isCancelled()) {
				return ExitCodes.CANCELLED;
			}
			return summary.refusedCount() == 0 ? ExitCodes.OK : ExitCodes.PARTIAL;
		});
	}

	/** An import into an open corpus, giving the exit code. */
	private interface Import {
		int into(CorpusStore store) throws Exception;
	}

	/**
	 * Runs an import into the corpus of the folder, made if it has none. A folder this command made
	 * is removed again when no report came into it (every file refused, the import failed or was
	 * cancelled), so a wrong or mistyped file leaves no empty corpus behind and a failure changes
	 * nothing, as the exit codes say.
	 */
	private static int intoCorpus(Path corpusDir, Context context, Import work) throws Exception {
		boolean newFolder = !Files.exists(corpusDir, LinkOption.NOFOLLOW_LINKS);
		CorpusStore store = context.openOrCreate(corpusDir);
		try {
			return work.into(store);
		} finally {
			if (newFolder) {
				removeIfEmpty(store, context);
			}
		}
	}

	private static void removeIfEmpty(CorpusStore store, Context context) {
		try {
			if (store.removeIfEmpty()) {
				context.err().println(store.directory() + ": no report was imported, so no corpus is left there");
			}
		} catch (StoreException e) {
			// the import's own outcome is what the user needs to hear; an empty corpus is no loss
			context.err().println(store.directory() + ": the empty corpus made for this import is left: " + e.getMessage());
		}
	}

	/**
	 * A line for every file as the import reaches it, so that a hundred thousand files are listed
	 * without being kept; if the commit at the end fails, the error that follows says nothing was
	 * imported.
	 */
	private record EachFileLine(PrintStream out) implements ImportSummary.Listener {
		@Override
		public void imported(ImportSummary.Imported imported) {
			out.println(imported.describe());
		}

		@Override
		public void duplicate(ImportSummary.Duplicate duplicate) {
			out.println(duplicate.describe());
		}

		@Override
		public void refused(ImportException problem) {
			out.println(ImportSummary.describe(problem));
		}
	}
}
