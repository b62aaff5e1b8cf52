package org.reportbank.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * What another Java process really holds: {@code jcmd PID GC.class_histogram} collects the whole
 * heap first, so its total is the live data, unlike a GC log's "after" figures, which include the
 * old generation's garbage that a young collection leaves. Each sample costs the process a full
 * collection, so a benchmark takes them only when asked.
 */
final class LiveHeap {

	private LiveHeap() {
	}

	/** The bytes the process holds after a full collection, or -1 when jcmd cannot tell (the process ended, attach refused). */
	static long bytes(long pid) {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		try {
			Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.class_histogram").redirectErrorStream(true)
					.start();
			String output;
			try (InputStream in = process.getInputStream()) {
				output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				process.destroyForcibly();
				return -1;
			}
			return total(output);
		} catch (IOException e) {
			return -1;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	/** The bytes of the histogram's last line, "Total  1967492  90479952". */
	static long total(String histogram) {
		java.util.List<String> lines = histogram.lines().toList();
		for (int i = lines.size() - 1; i >= 0; i--) {
			String[] words = lines.get(i).strip().split("\\s+");
			if (words.length == 3 && words[0].equals("Total")) {
				try {
					return Long.parseLong(words[2]);
				} catch (NumberFormatException e) {
					return -1;
				}
			}
		}
		return -1;
	}
}
