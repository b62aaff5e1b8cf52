package org.reportbank.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.reportbank.core.store.CorpusStore;
import org.reportbank.io.jsonl.JsonlExport;

final class ExportCommand implements Command {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String summary() {
		return "export the corpus (lossless JSONL)";
	}

	@Override
	public String usage() {
		return """
				Usage: reportbank export --corpus DIR --format jsonl --out FILE

				Writes one report per line with its text, metadata, sections and every
				annotation layer; offsets are UTF-16 code units (docs/formats.md). The file
				appears only when complete.

				Options:
				  --corpus DIR     the corpus folder
				  --format jsonl   the format (jsonl is the lossless one)
				  --out FILE       where to write
				""" + ExitCodes.DESCRIPTION;
	}

	@Override
	public int run(List<String> args, Context context) throws Exception {
		Arguments arguments = new Arguments(args, Set.of("corpus", "format", "out"), Set.of());
		String format = arguments.required("format");
		if (!format.equals("jsonl")) {
			throw new Arguments.UsageException("unknown format " + format + " (known: jsonl)");
		}
		Path out = arguments.requiredPath("out");
		CorpusStore store = CorpusStore.open(arguments.requiredPath("corpus"));
		int count = new JsonlExport().export(store, out, context.monitor());
		context.out().println(count + " reports written to " + out);
		return ExitCodes.OK;
	}
}
