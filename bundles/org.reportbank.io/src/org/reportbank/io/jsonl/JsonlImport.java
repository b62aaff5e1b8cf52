package org.reportbank.io.jsonl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.reportbank.core.labels.LabelSetRules;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
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
 * Imports a lossless JSONL file into a corpus. Every line is checked and staged; only if every
 * line is valid are the reports committed, so a bad line (a span whose label the corpus's label set
 * lacks included) or a kill changes nothing. Reports already in the
 * corpus (same id) are skipped and counted. The annotators of the imported layers are added to
 * the corpus's annotators.
 */
public final class JsonlImport {

	/** What the import did. */
	public record Result(int imported, List<String> skippedIds) {
	}

	public Result importInto(CorpusStore store, Path file, IProgressMonitor monitor) throws StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + file, 1);
		try (CorpusStore.WriteSession session = store.beginWrite("import " + file.getFileName())) {
			Set<String> known = new HashSet<>();
			session.corpus().getEntries().forEach(e -> known.add(e.getId()));
			List<String> skipped = new ArrayList<>();
			int[] imported = { 0 };
			LabelSet labels = session.corpus().getLabelSet();
			readEach(file, progress, report -> {
				requireKnownLabels(report, labels);
				if (known.contains(report.getId())) {
					skipped.add(report.getId());
					return;
				}
				session.addReport(report); // staged: nothing shows until the commit below
				registerAnnotators(session.corpus(), report);
				imported[0]++;
			});
			session.commit();
			progress.worked(1);
			return new Result(imported[0], skipped);
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

	/** What is done with each valid report of the file, in order. */
	@FunctionalInterface
	private interface ReportSink {
		void accept(Report report) throws StoreException;
	}

	/**
	 * Reads the file line by line, one report in memory at a time; any bad line ends the import
	 * with {@code FILE:LINE: problem} before the caller commits, so nothing of the file is kept.
	 */
	private static void readEach(Path file, IProgressMonitor monitor, ReportSink sink) throws StoreException {
		JsonlReader reader = new JsonlReader();
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
		int number = 0;
		try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
			String line;
			Set<String> ids = new HashSet<>();
			while ((line = in.readLine()) != null) {
				number++;
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				if (line.isBlank()) {
					continue;
				}
				Report report;
				try {
					report = reader.read(line);
					if (!ids.add(report.getId())) {
						throw new JsonlReader.FormatException("report " + report.getId() + " appears twice in the file");
					}
				} catch (JsonlReader.FormatException e) {
					throw new StoreException(file + ":" + number + ": " + e.getMessage() + "; nothing was imported");
				}
				try {
					sink.accept(report);
				} catch (StoreException e) {
					throw new StoreException(file + ":" + number + ": " + e.getMessage() + "; nothing was imported", e);
				}
			}
		} catch (CharacterCodingException e) {
			throw new StoreException(file + ":" + (number + 1) + ": not UTF-8 text; nothing was imported", e);
		} catch (IOException e) {
			throw new StoreException(FileProblems.describe(file, e) + "; nothing was imported", e);
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
