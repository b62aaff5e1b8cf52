package org.reportbank.nlp.hanlp;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.CheckVerdict;
import org.reportbank.model.Layer;
import org.reportbank.model.Report;

/**
 * Pre-annotates the reports of a corpus on several threads. Each worker (with its own
 * pre-annotator) loads a report, annotates it, merges the suggestions and writes its files aside,
 * a few reports ahead of this thread, which only keeps the index; so memory does not grow with the
 * corpus and saving costs no more wall-clock time than annotating. Everything is committed at the
 * end, in one step: a failure or a kill before it leaves every report as it was. A report that
 * cannot be loaded or annotated is named and left as it was, the others go on; a cancelled run
 * commits the reports done until then. Human work is never changed: see {@link SuggestionMerge}.
 */
public final class CorpusAnnotator {

	/** A report left unchanged, and why. */
	public record Failure(String reportId, String reason) {
	}

	/** What a run did. */
	public record Summary(int annotated, int suggestions, int inconsistencies, boolean cancelled, List<Failure> failed) {
	}

	/** How many reports the workers may have loaded beyond the one being saved, per thread. */
	private static final int AHEAD_PER_THREAD = 2;

	public Summary annotate(CorpusStore store, List<String> reportIds, int threads, IProgressMonitor monitor)
			throws StoreException {
		try (CorpusStore.WriteSession session = store.beginBulkWrite("pre-annotation")) {
			List<String> ids = session.reportIds(reportIds);
			SubMonitor progress = SubMonitor.convert(monitor, "Pre-annotating " + ids.size() + " reports", ids.size());
			int workers = Math.max(1, threads);
			ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
				Thread thread = new Thread(runnable, "reportbank-preannotation");
				thread.setDaemon(true);
				return thread;
			});
			ThreadLocal<PreAnnotator> annotators = ThreadLocal.withInitial(PreAnnotator::new);
			try {
				CompletionService<Annotated> done = new ExecutorCompletionService<>(pool);
				int submitted = 0;
				for (; submitted < Math.min(ids.size(), workers * AHEAD_PER_THREAD); submitted++) {
					done.submit(task(store, session, ids.get(submitted), annotators));
				}
				int annotated = 0;
				int suggestions = 0;
				int inconsistencies = 0;
				List<Failure> failed = new ArrayList<>();
				boolean cancelled = false;
				for (int taken = 0; taken < ids.size(); taken++) {
					Annotated result = take(done, progress);
					if (result == null) {
						cancelled = true;
						break;
					}
					if (submitted < ids.size()) {
						done.submit(task(store, session, ids.get(submitted++), annotators));
					}
					if (result.failure() != null) {
						failed.add(new Failure(result.id(), result.failure()));
						progress.worked(1);
						continue;
					}
					if (result.statusChanged()) {
						session.updateEntry(result.report());
					}
					annotated++;
					suggestions += result.suggestions();
					inconsistencies += result.inconsistencies();
					progress.subTask(result.report().getTitle() == null ? result.id() : result.report().getTitle());
					progress.worked(1);
				}
				progress.setTaskName("Saving " + annotated + " pre-annotated reports into the corpus, all at once");
				session.commit();
				return new Summary(annotated, suggestions, inconsistencies, cancelled, List.copyOf(failed));
			} finally {
				pool.shutdownNow();
			}
		}
	}

	/**
	 * Loads, annotates and stages one report's suggestions layer; its report file is not rewritten
	 * (the layer is what makes it pre-annotated, and only its index entry says so). What goes wrong with this report
	 * alone (a broken file, a text the annotator chokes on) is its result, not the run's end; a
	 * file that cannot be written is the run's end, as it would be for every other report.
	 */
	private static Callable<Annotated> task(CorpusStore store, CorpusStore.WriteSession session, String id,
			ThreadLocal<PreAnnotator> annotators) {
		return () -> {
			Report report;
			Layer layer;
			try {
				report = store.loadReport(id);
				layer = SuggestionMerge.merge(report, annotators.get().annotate(report));
			} catch (StoreException e) {
				return Annotated.failed(id, e.getMessage());
			} catch (RuntimeException | StackOverflowError e) {
				return Annotated.failed(id, "pre-annotation failed: " + e.getClass().getSimpleName()
						+ (e.getMessage() == null ? "" : ": " + e.getMessage()));
			}
			layer.setModified(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
			// staged before it joins its report, so that it is written as it is, not copied first;
			// annotators' layer files are never rewritten
			session.stageLayer(id, layer, report.getText().length());
			report.getLayers().add(layer);
			boolean statusChanged = CorpusStore.takeProgressFromLayers(report);
			int inconsistencies = (int) layer.getChecks().stream().filter(c -> c.getVerdict() == CheckVerdict.INCONSISTENT).count();
			return new Annotated(id, report, statusChanged, layer.getSpans().size(), inconsistencies, null);
		};
	}

	/** The next finished report, or null once the run is cancelled: Ctrl-C is heard while a long report is still being annotated. */
	private static Annotated take(CompletionService<Annotated> done, IProgressMonitor monitor) throws StoreException {
		try {
			while (!monitor.isCanceled()) {
				Future<Annotated> next = done.poll(100, TimeUnit.MILLISECONDS);
				if (next != null) {
					return next.get();
				}
			}
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new StoreException("pre-annotation was interrupted; nothing was changed", e);
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			throw new StoreException("pre-annotation failed: " + cause + "; nothing was changed", cause);
		}
	}

	private record Annotated(String id, Report report, boolean statusChanged, int suggestions, int inconsistencies, String failure) {
		static Annotated failed(String id, String failure) {
			return new Annotated(id, null, false, 0, 0, failure);
		}
	}
}
