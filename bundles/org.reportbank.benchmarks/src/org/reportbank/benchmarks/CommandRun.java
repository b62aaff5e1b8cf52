package org.reportbank.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One command run as a process of its own, as a user runs it: its wall-clock time from process
 * start to exit, its exit code, and its heap as the garbage collector's log tells it (the JVM is
 * started with {@code -Xlog:gc:file=...}): the most the heap held before a collection (peak) and
 * after one (what was still in use, an upper bound of the live data). When asked, also the live
 * data itself, sampled with {@link LiveHeap} every so many seconds (-1: not sampled).
 */
record CommandRun(String name, double seconds, int exitCode, long peakMb, long liveMb, int collections, long sampledLiveMb) {

	/** "[1.234s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 185M->55M(220M) 4.382ms" */
	private static final Pattern COLLECTION = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

	/**
	 * Runs {@code command} with the extra environment, its output and errors to {@code log}; the
	 * GC log is {@code log} with ".gc" added. Stops the process when {@code cancelled} turns true.
	 * With {@code sampleEverySeconds} above 0, its live heap is sampled that often.
	 */
	static CommandRun run(String name, List<String> command, Map<String, String> environment, Path log, BooleanSupplier cancelled,
			int sampleEverySeconds) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		long start = System.nanoTime();
		Process process = builder.start();
		// the exit's own moment: a sample in progress must not lengthen the time measured
		CompletableFuture<Long> ended = process.onExit().thenApply(exited -> System.nanoTime());
		long sampled = -1;
		long nextSample = start + TimeUnit.SECONDS.toNanos(sampleEverySeconds);
		while (!process.waitFor(250, TimeUnit.MILLISECONDS)) {
			if (sampleEverySeconds > 0 && System.nanoTime() >= nextSample) {
				sampled = Math.max(sampled, LiveHeap.bytes(process.pid()));
				nextSample = System.nanoTime() + TimeUnit.SECONDS.toNanos(sampleEverySeconds);
			}
			if (cancelled.getAsBoolean()) {
				process.destroy();
				process.waitFor(10, TimeUnit.SECONDS);
				process.destroyForcibly();
				throw new InterruptedException("cancelled while " + name + " ran");
			}
		}
		double seconds = (ended.join() - start) / 1e9;
		long peak = 0;
		long live = 0;
		int collections = 0;
		Path gcLog = gcLog(log);
		if (Files.exists(gcLog)) {
			for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
				Matcher m = COLLECTION.matcher(line);
				if (m.find()) {
					collections++;
					peak = Math.max(peak, Long.parseLong(m.group(1)));
					live = Math.max(live, Long.parseLong(m.group(2)));
				}
			}
		}
		return new CommandRun(name, seconds, process.exitValue(), peak, live, collections,
				sampled < 0 ? -1 : Math.round(sampled / (1024.0 * 1024.0)));
	}

	/** Where the GC log of the run logging to {@code log} goes. */
	static Path gcLog(Path log) {
		return log.resolveSibling(log.getFileName() + ".gc");
	}
}
