package org.reportbank.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.reportbank.model.Layer;
import org.reportbank.model.Report;
import org.reportbank.nlp.hanlp.PreAnnotator;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;

/**
 * Runs one variant over a list of reports and times it (wall clock). The segmenter and the
 * pre-annotators are created once, before any timing: one {@link PreAnnotator} for the
 * one-thread variant and one per worker thread (a PreAnnotator is not thread-safe).
 */
final class Runner implements AutoCloseable {

	/** A run stopped by Ctrl-C before it went through all reports. */
	static final class Cancelled extends Exception {
		private static final long serialVersionUID = 1L;
	}

	/** A report the segmenter or the pre-annotator failed on. */
	static final class WorkFailed extends Exception {
		private static final long serialVersionUID = 1L;

		WorkFailed(Variant variant, Report report, Throwable cause) {
			super(variant.key + " failed on report " + report.getId() + ": " + cause, cause);
		}
	}

	/**
	 * What a run did: its wall-clock time, the CPU time its working threads got, how many there
	 * were, and a checksum of its output (terms, or spans and checks).
	 */
	record Run(long nanos, long cpuNanos, int threads, long output, long gcMillis) {
		double charactersPerSecond(long characters) {
			return characters / (nanos / 1e9);
		}

		/**
		 * The share of the wall-clock time the working threads were on a CPU: near 1 when they
		 * ran undisturbed; lower when they waited (for locks, for the garbage collector, or for a
		 * core another process was using).
		 */
		double cpuShare() {
			return cpuNanos / ((double) nanos * threads);
		}

		/** Characters per second of CPU time of the working threads: what contention does not change. */
		double charactersPerCpuSecond(long characters) {
			return characters / (cpuNanos / 1e9);
		}

		/** The share of the wall-clock time the garbage collector reported as collection time. */
		double gcShare() {
			return gcMillis * 1e6 / nanos;
		}

		Run withGcMillis(long millis) {
			return new Run(nanos, cpuNanos, threads, output, millis);
		}
	}

	private static final ThreadMXBean THREAD_TIMES = ManagementFactory.getThreadMXBean();

	private final int threads;
	private final BooleanSupplier cancelled;
	private final Segment segment = HanLP.newSegment();
	private final PreAnnotator preAnnotator = new PreAnnotator();
	private final ThreadLocal<PreAnnotator> threadPreAnnotator = new ThreadLocal<>();
	private final ThreadPoolExecutor pool;

	Runner(int threads, BooleanSupplier cancelled) throws InterruptedException {
		this.threads = threads;
		this.cancelled = cancelled;
		if (THREAD_TIMES.isThreadCpuTimeSupported() && !THREAD_TIMES.isThreadCpuTimeEnabled()) {
			THREAD_TIMES.setThreadCpuTimeEnabled(true);
		}
		AtomicInteger workers = new AtomicInteger();
		pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), task -> {
			Thread thread = new Thread(task, "benchmark-worker-" + workers.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		pool.prestartAllCoreThreads();
		// each worker creates its pre-annotator now; the barrier makes every worker take one task
		CyclicBarrier everyWorker = new CyclicBarrier(threads);
		List<Future<?>> created = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			created.add(pool.submit(() -> {
				threadPreAnnotator.set(new PreAnnotator());
				everyWorker.await();
				return null;
			}));
		}
		for (Future<?> future : created) {
			try {
				future.get();
			} catch (ExecutionException e) {
				throw new IllegalStateException("a worker could not create its pre-annotator", e.getCause());
			}
		}
	}

	Run run(Variant variant, List<Report> reports) throws Cancelled, WorkFailed, InterruptedException {
		long gc = gcMillis();
		Run run = switch (variant) {
		case SEGMENT -> segment(reports);
		case PREANNOTATE -> preAnnotate(reports);
		case PREANNOTATE_THREADS -> preAnnotateThreads(reports);
		};
		return run.withGcMillis(gcMillis() - gc);
	}

	/** The collection time all garbage collectors report so far. */
	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
				.filter(t -> t > 0).sum();
	}

	private Run segment(List<Report> reports) throws Cancelled, WorkFailed {
		long terms = 0;
		long cpu = cpuTime();
		long start = System.nanoTime();
		for (Report report : reports) {
			if (cancelled.getAsBoolean()) {
				throw new Cancelled();
			}
			try {
				terms += segment.seg(report.getText()).size();
			} catch (RuntimeException e) {
				throw new WorkFailed(Variant.SEGMENT, report, e);
			}
		}
		long nanos = System.nanoTime() - start;
		return new Run(nanos, cpuTime() - cpu, 1, terms, 0);
	}

	private Run preAnnotate(List<Report> reports) throws Cancelled, WorkFailed {
		long spans = 0;
		long cpu = cpuTime();
		long start = System.nanoTime();
		for (Report report : reports) {
			if (cancelled.getAsBoolean()) {
				throw new Cancelled();
			}
			spans += annotate(preAnnotator, report, Variant.PREANNOTATE);
		}
		long nanos = System.nanoTime() - start;
		return new Run(nanos, cpuTime() - cpu, 1, spans, 0);
	}

	private Run preAnnotateThreads(List<Report> reports) throws Cancelled, WorkFailed, InterruptedException {
		AtomicInteger next = new AtomicInteger();
		AtomicLong spans = new AtomicLong();
		AtomicLong cpu = new AtomicLong();
		List<Future<?>> workers = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < threads; i++) {
			workers.add(pool.submit(() -> {
				PreAnnotator own = threadPreAnnotator.get();
				long cpuStart = cpuTime();
				long found = 0;
				for (int index = next.getAndIncrement(); index < reports.size(); index = next.getAndIncrement()) {
					if (cancelled.getAsBoolean()) {
						throw new Cancelled();
					}
					try {
						found += annotate(own, reports.get(index), Variant.PREANNOTATE_THREADS);
					} catch (WorkFailed e) {
						next.set(reports.size()); // the other workers stop after their current report
						throw e;
					}
				}
				cpu.addAndGet(cpuTime() - cpuStart);
				spans.addAndGet(found);
				return null;
			}));
		}
		Throwable failure = null;
		for (Future<?> worker : workers) {
			try {
				worker.get();
			} catch (ExecutionException e) {
				if (failure == null) {
					failure = e.getCause();
				}
			}
		}
		long nanos = System.nanoTime() - start;
		if (failure instanceof Cancelled c) {
			throw c;
		}
		if (failure instanceof WorkFailed f) {
			throw f;
		}
		if (failure != null) {
			throw new IllegalStateException("a worker failed", failure);
		}
		return new Run(nanos, cpu.get(), threads, spans.get(), 0);
	}

	private static long annotate(PreAnnotator annotator, Report report, Variant variant) throws WorkFailed {
		try {
			Layer layer = annotator.annotate(report);
			return layer.getSpans().size() + layer.getChecks().size();
		} catch (RuntimeException | StackOverflowError e) {
			throw new WorkFailed(variant, report, e);
		}
	}

	/** The CPU time of the calling thread so far, 0 where the JVM cannot tell. */
	private static long cpuTime() {
		return THREAD_TIMES.isCurrentThreadCpuTimeSupported() ? THREAD_TIMES.getCurrentThreadCpuTime() : 0;
	}

	@Override
	public void close() {
		pool.shutdownNow();
	}
}
