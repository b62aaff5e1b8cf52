package org.reportbank.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.reportbank.core.importing.ImportException;
import org.reportbank.core.importing.ReportImporter;
import org.reportbank.model.Report;

/**
 * The text the benchmark runs over: the seed reports, read with the real importer, repeated
 * (as copies with distinct ids) until the corpus holds at least the asked number of bytes of
 * UTF-8 text.
 */
record BenchmarkCorpus(List<Report> seeds, List<Report> reports, long characters, long utf8Bytes) {

	static final class CorpusException extends Exception {
		private static final long serialVersionUID = 1L;

		CorpusException(String message) {
			super(message);
		}
	}

	static BenchmarkCorpus build(Path seedDirectory, double megabytes, PrintStream progress) throws CorpusException {
		List<Report> seeds = readSeeds(seedDirectory, progress);
		long wanted = (long) Math.ceil(megabytes * 1024 * 1024);
		List<Report> reports = new ArrayList<>();
		long characters = 0;
		long bytes = 0;
		for (int copy = 0; bytes < wanted; copy++) {
			for (Report seed : seeds) {
				if (bytes >= wanted) {
					break;
				}
				Report report = EcoreUtil.copy(seed);
				report.setId(seed.getId() + "-" + copy);
				reports.add(report);
				characters += report.getText().length();
				bytes += report.getText().getBytes(StandardCharsets.UTF_8).length;
			}
		}
		return new BenchmarkCorpus(List.copyOf(seeds), List.copyOf(reports), characters, bytes);
	}

	static List<Report> readSeeds(Path directory, PrintStream progress) throws CorpusException {
		if (!Files.isDirectory(directory)) {
			throw new CorpusException("no seed folder at " + directory.toAbsolutePath() + " (give one with --seeds DIR)");
		}
		List<Path> files;
		try (Stream<Path> listing = Files.list(directory)) {
			files = listing.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
		} catch (IOException e) {
			throw new CorpusException("cannot list " + directory + ": " + e.getMessage());
		}
		ReportImporter importer = new ReportImporter();
		List<Report> seeds = new ArrayList<>();
		for (Path file : files) {
			try {
				seeds.add(importer.read(file));
			} catch (ImportException e) {
				progress.println("benchmark: skipping " + file.getFileName() + ": " + e.problem());
			}
		}
		if (seeds.isEmpty()) {
			throw new CorpusException("no report could be read from " + directory.toAbsolutePath());
		}
		return seeds;
	}

	double megabytes() {
		return utf8Bytes / (1024.0 * 1024.0);
	}
}
