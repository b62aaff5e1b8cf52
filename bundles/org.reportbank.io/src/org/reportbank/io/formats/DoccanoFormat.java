package org.reportbank.io.formats;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

import org.reportbank.io.dataset.DatasetFormat;
import org.reportbank.io.dataset.FormatSink;
import org.reportbank.core.text.Tokenizer;
import org.reportbank.model.Report;
import org.reportbank.model.Span;

import com.google.gson.stream.JsonWriter;

/**
 * doccano sequence-labeling JSONL ({@code <split>.doccano.jsonl}), one report per line, the form doccano
 * imports:
 * <pre>
 * {"id":"23d72584cc605bbf","text":"𠀀区司法局受理…","label":[[0,5,"ORG"],[20,27,"METRIC"]]}
 * </pre>
 * Offsets count <b>code points</b> (doccano counts the characters of a Python str), converted from
 * Reportbank's UTF-16 offsets; end exclusive. Every selected span is written, claims and nested spans
 * included. {@link DoccanoImport} reads doccano's exports back.
 */
public final class DoccanoFormat implements DatasetFormat {

	@Override
	public String name() {
		return "doccano";
	}

	@Override
	public String offsetUnit() {
		return "code points";
	}

	@Override
	public String leavesOut() {
		return "everything but the text and each span's offsets and label: status, origin, annotator, notes, metric values,"
				+ " claim-to-metric links, sections and checks";
	}

	@Override
	public FormatSink open(Path folder, Tokenizer tokenizer) {
		SplitWriters files = new SplitWriters(folder, ".doccano.jsonl");
		return new FormatSink() {
			@Override
			public void write(Report report, List<Span> spans, String split) throws IOException {
				writeLine(report.getId(), report.getText() == null ? "" : report.getText(), spans, files.of(split));
			}

			@Override
			public void close() throws IOException {
				files.close();
			}
		};
	}

	static void writeLine(String id, String text, List<Span> spans, Writer out) throws IOException {
		CodePointOffsets offsets = CodePointOffsets.of(text);
		JsonWriter json = new JsonWriter(new NoCloseWriter(out));
		json.setHtmlSafe(false);
		json.setSerializeNulls(true);
		json.beginObject();
		json.name("id").value(id);
		json.name("text").value(text);
		json.name("label").beginArray();
		for (Span span : SpanSelection.positives(spans, text)) {
			json.beginArray().value(offsets.toCodePoint(span.getBegin())).value(offsets.toCodePoint(span.getEnd()))
					.value(span.getLabel() == null ? "SPAN" : span.getLabel()).endArray();
		}
		json.endArray();
		json.endObject();
		json.flush();
		out.write('\n');
	}

	/** Lets a JsonWriter write one line into the split's file without closing it. */
	private static final class NoCloseWriter extends Writer {
		private final Writer out;

		NoCloseWriter(Writer out) {
			this.out = out;
		}

		@Override
		public void write(char[] cbuf, int off, int len) throws IOException {
			out.write(cbuf, off, len);
		}

		@Override
		public void write(String str, int off, int len) throws IOException {
			out.write(str, off, len);
		}

		@Override
		public void flush() {
			// the split's file is flushed when it is closed
		}

		@Override
		public void close() {
			// the split's file stays open
		}
	}
}
