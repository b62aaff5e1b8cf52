package org.reportbank.io.formats;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
		return new FormatSink() {
			private final Map<String, Writer> writers = new HashMap<>();
			private final JsonlWriter jsonl = new JsonlWriter();

			@Override
			public void write(Report report, List<Span> spans, String split) throws IOException {
				Writer out = writers.get(split);
				if (out == null) {
					out = new BufferedWriter(Files.newBufferedWriter(folder.resolve(split + ".jsonl"), StandardCharsets.UTF_8));
					writers.put(split, out);
				}
				jsonl.write(report, out);
			}

			@Override
			public void close() throws IOException {
				IOException failure = null;
				for (Writer w : writers.values()) {
					try {
						w.close();
					} catch (IOException e) {
						failure = e;
					}
				}
				if (failure != null) {
					throw failure;
				}
			}
		};
	}
}
