package org.reportbank.io.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.reportbank.core.importing.ReportImporter;
import org.reportbank.core.labels.LabelSetRules;
import org.reportbank.core.store.AnnotatorNames;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.ReportIdSet;
import org.reportbank.core.store.StoreException;
import org.reportbank.io.json.JsonLines;
import org.reportbank.io.output.FileProblems;
import org.reportbank.core.text.Untrusted;
import org.reportbank.model.Annotator;
import org.reportbank.model.Label;
import org.reportbank.model.LabelCategory;
import org.reportbank.model.LabelSet;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;

/**
 * Brings a doccano export back into the corpus as one annotator's layer. A record whose text is
 * a report of the corpus (same id, or the same text) gets that layer replaced by the doccano
 * spans; a text the corpus does not have becomes a new report, kept exactly as doccano had it.
 * <p>
 * The file is read one record at a time and each record is staged as soon as it is checked, so
 * the import holds one record however large the file (and, per report, its id, to refuse a second
 * record for it). The staged records are committed together at the end: a bad line, a span whose
 * label the corpus's label set lacks, a record whose text does not match its report, or a kill
 * imports nothing.
 */
public final class DoccanoCorpusImport {

	/** What the import did. */
	public record Result(int updated, int added) {
	}

	private static final ReportbankFactory FACTORY = ReportbankFactory.eINSTANCE;

	public Result importInto(CorpusStore store, Path file, String annotator, IProgressMonitor monitor)
			throws StoreException {
		requireLayerName(annotator);
		try (JsonLines lines = JsonLines.open(file)) {
			lines.showProgress(monitor, "Importing the doccano records of " + file.getFileName());
			return importLines(store, lines, file, annotator, monitor);
		} catch (IOException e) {
			throw new StoreException(FileProblems.describe(file, e) + "; nothing was imported", e);
		}
	}

	/**
	 * Imports the records of a stream of {@code file}'s bytes, as {@link #importInto(CorpusStore,
	 * Path, String, IProgressMonitor)} does the file's own (how much is read is not shown).
	 */
	public Result importInto(CorpusStore store, InputStream in, Path file, String annotator, IProgressMonitor monitor)
			throws StoreException {
		requireLayerName(annotator);
		try (JsonLines lines = new JsonLines(in, -1)) {
			return importLines(store, lines, file, annotator, monitor);
		} catch (IOException e) {
			throw new StoreException(FileProblems.describe(file, e) + "; nothing was imported", e);
		}
	}

	private static void requireLayerName(String annotator) throws StoreException {
		String nameProblem = AnnotatorNames.problem(annotator);
		if (nameProblem != null || !annotator.equals(annotator.strip())) {
			throw new StoreException("the layer of " + Untrusted.quote(annotator) + " cannot be written: "
					+ (nameProblem == null ? "blanks around the name." : nameProblem) + " Nothing was imported.");
		}
	}

	private Result importLines(CorpusStore store, JsonLines lines, Path file, String annotator, IProgressMonitor monitor)
			throws StoreException, IOException {
		try (CorpusStore.WriteSession session = store.beginBulkWrite("doccano import")) {
			// read under the lock, so the label set the spans are checked against is the one they are committed with
			LabelSet labels = session.corpus().getLabelSet();
			DoccanoImport.Records records = new DoccanoImport().records(lines, file.toString(),
					label -> LabelSetRules.unknownLabelProblem(label, labels));
			Map<String, LabelCategory> categories = new HashMap<>();
			for (Label label : labels == null ? List.<Label>of() : labels.getLabels()) {
				categories.put(label.getName(), label.getCategory());
			}
			ReportIdSet seen = new ReportIdSet();
			int added = 0;
			int updated = 0;
			int number = 0;
			for (DoccanoImport.DoccanoRecord record = next(records); record != null; record = next(records)) {
				number++;
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				String id = record.id() != null && session.contains(record.id()) ? record.id()
						: ReportImporter.idOf(record.text());
				if (!seen.add(id)) {
					throw new StoreException(file + ": record " + number + " is a second record for report " + id
							+ "; nothing was imported");
				}
				Layer layer = layer(record, annotator, categories);
				if (session.contains(id)) {
					String text = store.loadReport(id).getText();
					if (!text.equals(record.text())) {
						throw new StoreException(file + ": record " + number + " is for report " + id
								+ ", but its text differs from the corpus's; nothing was imported");
					}
					session.stageLayer(id, layer, text.length()); // replaces the annotator's layer only at the commit
					updated++;
				} else {
					Report report = new ReportImporter().fromNormalizedText(record.text(), file.getFileName().toString(), "doccano");
					report.getLayers().add(layer);
					session.addReport(report);
					added++;
				}
			}
			if (session.corpus().getAnnotators().stream().noneMatch(a -> annotator.equals(a.getId()))) {
				Annotator person = FACTORY.createAnnotator();
				person.setId(annotator);
				person.setName(annotator);
				session.corpus().getAnnotators().add(person);
			}
			// every record checked and staged: now all of them, or (on any failure above) none
			session.commit();
			return new Result(updated, added);
		}
	}

	/** The next record; a bad one ends the import before the commit, so nothing of the file is kept. */
	private static DoccanoImport.DoccanoRecord next(DoccanoImport.Records records) throws StoreException, IOException {
		try {
			return records.next();
		} catch (DoccanoFormatException e) {
			throw new StoreException(e.getMessage() + "; nothing was imported", e);
		}
	}

	private static Layer layer(DoccanoImport.DoccanoRecord record, String annotator, Map<String, LabelCategory> categories) {
		Layer layer = FACTORY.createLayer();
		layer.setId(annotator);
		layer.setKind(LayerKind.ANNOTATOR);
		layer.setAnnotator(annotator);
		layer.setModified(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
		int n = 0;
		for (DoccanoImport.LabeledSpan found : record.spans()) {
			LabelCategory category = categories.get(found.label());
			Span span = category == null ? FACTORY.createSpan() : switch (category) {
			case ENTITY -> FACTORY.createEntity();
			case METRIC -> FACTORY.createMetric();
			case CLAIM -> FACTORY.createClaim();
			};
			span.setId("doccano-" + (++n));
			span.setBegin(found.begin());
			span.setEnd(found.end());
			span.setLabel(found.label());
			span.setOrigin(SpanOrigin.HUMAN);
			span.setStatus(SpanStatus.ACCEPTED);
			span.setAnnotator(annotator);
			layer.getSpans().add(span);
		}
		return layer;
	}
}
