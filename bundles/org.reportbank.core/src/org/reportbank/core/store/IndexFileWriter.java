package org.reportbank.core.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.reportbank.model.Corpus;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportbankFactory;

/**
 * Writes an index file whose entries come one at a time, holding a few hundred of them, never
 * the list. The bytes are the ones EMF writes for the whole index, so a corpus kept under Git shows
 * only the entries that changed whichever way it was written: the index without its entries is
 * written by EMF with one placeholder entry where the entries go, and the entries, a batch at a
 * time, by EMF as the entries of an otherwise empty index, whose lines are the same at the same depth.
 */
final class IndexFileWriter {

	/** Where the entries go; not a report id, so it can never be one of them. */
	private static final String PLACEHOLDER_ID = "entries-go-here";
	private static final int BATCH = 512;

	/** The entries in the order they are written: the next one, or null after the last. */
	interface Entries {
		ReportEntry next() throws IOException;
	}

	private IndexFileWriter() {
	}

	static void write(Corpus withoutEntries, Entries entries, URI uri, OutputStream out) throws IOException {
		Corpus frame = EcoreUtil.copy(withoutEntries);
		frame.getEntries().clear();
		ReportEntry placeholder = ReportbankFactory.eINSTANCE.createReportEntry();
		placeholder.setId(PLACEHOLDER_ID);
		frame.getEntries().add(placeholder);
		String text = text(frame, uri);
		int at = text.indexOf("id=\"" + PLACEHOLDER_ID + "\"");
		int lineStart = text.lastIndexOf('\n', at) + 1;
		int lineEnd = endOfLine(text, text.indexOf("/>", at) + 2);

		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write(text, 0, lineStart);
		Corpus batch = ReportbankFactory.eINSTANCE.createCorpus();
		List<ReportEntry> pending = new ArrayList<>(BATCH);
		for (ReportEntry entry = entries.next(); entry != null; entry = entries.next()) {
			pending.add(entry);
			if (pending.size() == BATCH) {
				writeBatch(batch, pending, uri, writer);
			}
		}
		writeBatch(batch, pending, uri, writer);
		writer.write(text, lineEnd, text.length() - lineEnd);
		writer.flush();
	}

	/** The lines of the entries, as EMF writes them inside an index. */
	private static void writeBatch(Corpus batch, List<ReportEntry> entries, URI uri, Writer writer) throws IOException {
		if (entries.isEmpty()) {
			return;
		}
		batch.getEntries().addAll(entries);
		String text = text(batch, uri);
		batch.getEntries().clear();
		entries.clear();
		int rootStart = text.indexOf('<', text.indexOf("?>") + 2);
		int bodyStart = endOfLine(text, text.indexOf('>', rootStart) + 1);
		int bodyEnd = text.lastIndexOf('\n', text.lastIndexOf("</")) + 1;
		writer.write(text, bodyStart, bodyEnd - bodyStart);
	}

	private static String text(Corpus corpus, URI uri) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ModelFiles.write(corpus, uri, bytes);
		return bytes.toString(StandardCharsets.UTF_8);
	}

	/** Where the next line starts, from just after the end of an element. */
	private static int endOfLine(String text, int from) {
		int at = from;
		while (at < text.length() && (text.charAt(at) == '\r' || text.charAt(at) == '\n')) {
			at++;
			if (text.charAt(at - 1) == '\n') {
				break;
			}
		}
		return at;
	}
}
