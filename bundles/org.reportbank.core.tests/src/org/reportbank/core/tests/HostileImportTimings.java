package org.reportbank.core.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.reportbank.core.importing.ImportException;
import org.reportbank.core.importing.ReportImporter;
import org.reportbank.model.Report;

/**
 * Prints how long importing each hostile input takes and the peak heap it needs; speed is
 * measured here, never asserted in tests. Run one case per JVM for a clean peak, e.g.
 * {@code java -Xmx4g -cp … org.reportbank.core.tests.HostileImportTimings identical-lines}; the long lines
 * are 5 M characters unless {@code -Dhostile.lineChars=} says otherwise.
 */
public final class HostileImportTimings {

	private interface Fixture {
		Path make(Path dir) throws Exception;
	}

	private HostileImportTimings() {
	}

	public static void main(String[] args) throws Exception {
		int lineChars = Integer.getInteger("hostile.lineChars", 5 << 20);
		Map<String, Fixture> cases = new LinkedHashMap<>();
		cases.put("identical-lines", dir -> HostileInputs.write(dir, "lines.txt", HostileInputs.identicalLines(10_000)));
		cases.put("line-han", dir -> HostileInputs.write(dir, "han.txt", HostileInputs.oneLine(lineChars, "建设")));
		cases.put("line-blanks", dir -> HostileInputs.write(dir, "blanks.txt", HostileInputs.oneLine(lineChars, "建 ")));
		cases.put("line-blank-run", dir -> HostileInputs.write(dir, "run.txt", HostileInputs.oneLine(lineChars, " ")));
		cases.put("line-parens", dir -> HostileInputs.write(dir, "parens.txt", HostileInputs.oneLine(lineChars, "(")));
		cases.put("line-header-commas", dir -> HostileInputs.write(dir, "header.txt", "来源：" + HostileInputs.oneLine(lineChars, ",")));
		cases.put("headings-100k", dir -> HostileInputs.write(dir, "headings.txt", HostileInputs.headings(100_000)));
		cases.put("nested-numbering", dir -> HostileInputs.write(dir, "nested.txt", HostileInputs.nestedNumbering(20_000)));
		cases.put("deep-html", dir -> HostileInputs.write(dir, "deep.html", HostileInputs.deepHtml(20_000)));
		cases.put("pdf-flate-1gb", dir -> HostileInputs.flateBomb(dir.resolve("flate.pdf"), 1024));
		cases.put("pdf-content-array-8gb", dir -> HostileInputs.contentArrayBomb(dir.resolve("array.pdf"), 16, 512));
		cases.put("pdf-form-drawn-2000x", dir -> HostileInputs.formBomb(dir.resolve("form.pdf"), 4, 2000));
		cases.put("pdf-2000-pages", dir -> HostileInputs.textPages(dir.resolve("pages.pdf"), 2000, 100));
		cases.put("pdf-450-pages-20k-glyphs", dir -> HostileInputs.textPages(dir.resolve("text.pdf"), 450, 20_000));
		cases.put("pdf-1-page-2m-glyphs", dir -> HostileInputs.textPages(dir.resolve("glyphs.pdf"), 1, 2_000_000));
		List<String> wanted = args.length == 0 ? List.copyOf(cases.keySet()) : List.of(args);
		Path dir = Files.createTempDirectory("hostile");
		for (String name : wanted) {
			Path file = cases.get(name).make(dir);
			System.gc();
			resetPeaks();
			long start = System.nanoTime();
			String outcome;
			try {
				Report report = new ReportImporter().read(file);
				outcome = "imported, " + report.getText().length() + " characters";
			} catch (ImportException e) {
				outcome = "refused: " + abbreviate(e.problem());
			} catch (OutOfMemoryError e) {
				outcome = "OutOfMemoryError";
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf(Locale.ROOT, "%-26s %8.2f s  peak heap %6d MB  file %7d KB  %s%n", name, seconds,
					peakHeapBytes() >> 20, Files.size(file) >> 10, outcome);
			Files.delete(file);
		}
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	private static long peakHeapBytes() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum;
	}

	private static String abbreviate(String s) {
		return s.length() <= 110 ? s : s.substring(0, 110) + "…";
	}
}
