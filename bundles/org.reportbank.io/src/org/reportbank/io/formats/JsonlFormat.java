package org.reportbank.io.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.reportbank.io.dataset.DatasetFormat;
import org.reportbank.io.dataset.FormatSink;
import org.reportbank.core.text.Tokenizer;
import org.reportbank.io.jsonl.JsonlWriter;
import org.reportbank.model.Report;
import org.reportbank.model.Span;

/** The lossless JSONL, one file per split: every layer of each report, not only the chosen one. */
public final class JsonlFormat implements DatasetFormat {

	@Override
	public String name() {
		return "jsonl";
	}

	@Override
	public String offsetUnit() {
		return "UTF-16 code units";
	}

	@Override
	public String leavesOut() {
		return "nothing: every layer and span, rejected suggestions included (filter on layer and status)";
	}

	@Override
	public FormatSink open(Path folder, Tokenizer tokenizer) {
		SplitWriters files = new SplitWriters(folder, ".jsonl");
		JsonlWriter jsonl = new JsonlWriter();
		return new FormatSink() {
			@Override
			public void write(Report report, List<Span> spans, String split) throws IOException {
				jsonl.write(report, files.of(split));
			}

			@Override
			public void close() throws IOException {
				files.close();
			}
		};
	}
}
