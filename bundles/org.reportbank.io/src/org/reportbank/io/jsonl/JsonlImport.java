package org.reportbank.io.jsonl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.reportbank.core.labels.LabelSetRules;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.ReportIdSet;
import org.reportbank.core.store.StoreException;
import org.reportbank.io.json.JsonLines;
import org.reportbank.io.output.FileProblems;
import org.reportbank.model.Annotator;
import org.reportbank.model.Corpus;
import org.reportbank.model.LabelSet;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;

/**
 * Imports a lossless JSONL file into a corpus. The file is read one line at a time and each valid
 * report is staged as soon as it is read, so the import holds one report however large the file
 * (and, per report, its id, to refuse a report given twice). Only if every line is valid are the
 * reports committed, so a bad line (a span whose label the corpus's label set lacks included) or a
 * kill changes nothing. Reports already in the corpus (same id) are skipped and counted. The
 * annotators of the imported layers are added to the corpus's annotators.
 */
public final class JsonlImport {

	/** What the import did: reports added, and reports skipped because the corpus has them already. */
	public record Result(int imported, int skipped) {
	}

	public Result importInto(CorpusStore store, Path file, IProgressMonitor monitor) throws StoreException {
		try (JsonLines lines = JsonLines.open(file)) {
			lines.showProgress(monitor, "Importing " + file);
			return importLines(store, lines, file, monitor);
		} catch (IOException e) {
			throw new StoreException(FileProblems.describe(file, e) + "; nothing was imported", e);
		}
	}

	/**
	 * Imports the reports of a stream of {@code file}'s bytes, as {@link #importInto(CorpusStore,
	 * Path, IProgressMonitor)} does the file's own (how much is read is not shown).
	 */
	public Result importInto(CorpusStore store, InputStream in, Path file, IProgressMonitor monitor) throws StoreException {
		try (JsonLines lines = new JsonLines(in, -1)) {
			return importLines(store, lines, file, monitor);
		} catch (IOException e) {
			throw new StoreException(FileProblems.describe(file, e) + "; nothing was imported", e);
		}
	}

	private static Result importLines(CorpusStore store, JsonLines lines, Path file, IProgressMonitor monitor)
			throws StoreException, IOException {
		try (CorpusStore.WriteSession session = store.beginBulkWrite("import " + file.getFileName())) {
			ReportIdSet inFile = new ReportIdSet();
			int imported = 0;
			int skipped = 0;
			LabelSet labels = session.corpus().getLabelSet();
			for (Report report = next(lines, file, inFile); report != null; report = next(lines, file, inFile)) {
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				try {
					requireKnownLabels(report, labels);
					if (session.contains(report.getId())) { // in the corpus before (twice in the file is refused by next)
						skipped++;
						continue;
					}
					session.addReport(report); // staged: nothing shows until the commit below
				} catch (StoreException e) {
					throw new StoreException(file + ":" + lines.line() + ": " + e.getMessage() + "; nothing was imported", e);
				}
				registerAnnotators(session.corpus(), report);
				imported++;
			}
			session.commit();
			return new Result(imported, skipped);
		}
	}

	/**
	 * The next report of the file, or null at its end; a bad line (one not UTF-8, not a valid
	 * record, or a report the file gave already) ends the import before the commit, so nothing of
	 * the file is kept.
	 */
	private static Report next(JsonLines lines, Path file, ReportIdSet inFile) throws StoreException, IOException {
		try {
			String line = lines.next();
			if (line == null) {
				return null;
			}
			Report report = new JsonlReader().read(line);
			if (!inFile.add(report.getId())) {
				throw new JsonlReader.FormatException("report " + report.getId() + " appears twice in the file");
			}
			return report;
		} catch (CharacterCodingException e) {
			throw new StoreException(file + ":" + lines.line() + ": not UTF-8 text; nothing was imported", e);
		} catch (JsonlReader.FormatException e) {
			throw new StoreException(file + ":" + lines.line() + ": " + e.getMessage() + "; nothing was imported");
		}
	}

	/**
	 * Every span of every layer must carry a label of the corpus's label set: a span whose label
	 * the corpus lacks could be neither shown with a color and key nor exported with the others.
	 */
	private static void requireKnownLabels(Report report, LabelSet labels) throws StoreException {
		for (Layer layer : report.getLayers()) {
			for (Span span : layer.getSpans()) {
				String problem = LabelSetRules.unknownLabelProblem(span.getLabel(), labels);
				if (problem != null) {
					throw new StoreException(problem);
				}
			}
		}
	}

	/**
	 * The annotators of the report's layers join the corpus's list of annotators, as when they
	 * annotate in the workbench or come from doccano: the file holds each layer with its
	 * annotator, the corpus index (which lists them for choosing a layer to export) is not in it.
	 */
	private static void registerAnnotators(Corpus corpus, Report report) {
		for (Layer layer : report.getLayers()) {
			String id = layer.getId();
			if (layer.getKind() != LayerKind.ANNOTATOR || id == null || id.isEmpty()
					|| corpus.getAnnotators().stream().anyMatch(a -> id.equals(a.getId()))) {
				continue;
			}
			Annotator annotator = ReportbankFactory.eINSTANCE.createAnnotator();
			annotator.setId(id);
			annotator.setName(layer.getAnnotator() == null || layer.getAnnotator().isEmpty() ? id : layer.getAnnotator());
			corpus.getAnnotators().add(annotator);
		}
	}
}
