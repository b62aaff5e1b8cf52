package org.reportbank.nlp.hanlp;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.Layer;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportStatus;

/**
 * Pre-annotates the reports of a corpus on several threads. Workers load and annotate (each
 * with its own pre-annotator); this thread merges and saves, one report at a time, so a
 * cancelled run leaves every report either done or untouched. Human work is never changed:
 * see {@link SuggestionMerge}.
 */
public final class CorpusAnnotator {

	/** What a run did. */
	public record Summary(int annotated, int suggestions, int inconsistencies, boolean cancelled) {
	}

	public Summary annotate(CorpusStore store, List<String> reportIds, int threads, IProgressMonitor monitor)
			throws StoreException {
		try (CorpusStore.WriteSession session = store.beginWrite("pre-annotation")) {
			List<String> ids = reportIds.isEmpty() ? session.corpus().getEntries().stream().map(ReportEntry::getId).toList()
					: reportIds;
			for (String id : ids) {
				if (store.entry(id).isEmpty()) {
					throw new StoreException("the corpus " + store.directory() + " has no report " + id);
				}
			}
			SubMonitor progress = SubMonitor.convert(monitor, "Pre-annotating " + ids.size() + " reports", ids.size());
			ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
				Thread thread = new Thread(runnable, "reportbank-preannotation");
				thread.setDaemon(true);
				return thread;
			});
			ThreadLocal<PreAnnotator> annotators = ThreadLocal.withInitial(PreAnnotator::new);
			try {
				CompletionService<Annotated> done = new ExecutorCompletionService<>(pool);
				List<Future<Annotated>> pending = new ArrayList<>();
				for (String id : ids) {
					pending.add(done.submit(() -> {
						Report report = store.loadReport(id);
						return new Annotated(report, annotators.get().annotate(report));
					}));
				}
				int annotated = 0;
				int suggestions = 0;
				int inconsistencies = 0;
				for (int i = 0; i < ids.size(); i++) {
					if (progress.isCanceled()) {
						pending.forEach(f -> f.cancel(true));
						session.saveIndex();
						return new Summary(annotated, suggestions, inconsistencies, true);
					}
					Annotated result = take(done);
					Layer layer = SuggestionMerge.apply(result.report(), result.layer());
					layer.setModified(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
					if (result.report().getStatus() == ReportStatus.NEW) {
						result.report().setStatus(ReportStatus.PREANNOTATED);
					}
					session.saveLayer(result.report(), layer); // annotators' layer files are never rewritten
					session.saveReportFile(result.report());
					annotated++;
					suggestions += layer.getSpans().size();
					inconsistencies += (int) layer.getChecks().stream()
							.filter(c -> c.getVerdict() == org.reportbank.model.CheckVerdict.INCONSISTENT).count();
					progress.subTask(result.report().getTitle() == null ? result.report().getId() : result.report().getTitle());
					progress.worked(1);
				}
				session.saveIndex();
				return new Summary(annotated, suggestions, inconsistencies, false);
			} finally {
				pool.shutdownNow();
			}
		}
	}

	private static Annotated take(CompletionService<Annotated> done) throws StoreException {
		try {
			return done.take().get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new StoreException("pre-annotation was interrupted", e);
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof StoreException store) {
				throw store;
			}
			throw new StoreException("pre-annotation failed: " + cause, cause);
		}
	}

	private record Annotated(Report report, Layer layer) {
	}
}
