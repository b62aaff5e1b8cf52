package org.reportbank.editing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.ReportImporter;
import org.reportbank.core.labels.DefaultLabels;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.editing.AnnotationFiles;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportStatus;
import org.reportbank.nlp.hanlp.PreAnnotator;

/**
 * Two annotators work on copies of one corpus folder at the same time and merge the copies by
 * copying files (what a git merge of the two branches does): no file was changed on both sides,
 * so nothing conflicts, and the merged corpus holds every annotation of both.
 */
class SharedCorpusTest {

	@TempDir
	Path dir;

	@Test
	void twoCopiesEditedInParallelMergeWithoutConflictAndKeepBothAnnotators() throws Exception {
		Path shared = dir.resolve("shared");
		CorpusStore store = CorpusStore.openOrCreate(shared);
		for (String seed : List.of("000_2d72018e1f56853b.txt", "002_2da23d56d58a0cbd.txt")) {
			Report report = new ReportImporter().read(Path.of(System.getProperty("reportbank.root")).resolve("seeds").resolve(seed));
			report.getLayers().add(new PreAnnotator().annotate(report));
			store.save(report);
		}
		Path wang = copy(shared, dir.resolve("wang"));
		Path li = copy(shared, dir.resolve("li"));

		// both annotate the same report, and 王芳 another one too, each in their own copy
		String both = store.entries().get(0).getId();
		String onlyWang = store.entries().get(1).getId();
		int wangOnBoth = annotate(wang, both, "王芳", 0, true);
		annotate(wang, onlyWang, "王芳", 3, false);
		int liOnBoth = annotate(li, both, "李明", 1, true);

		Set<Path> changedByWang = changedFiles(shared, wang);
		Set<Path> changedByLi = changedFiles(shared, li);
		assertFalse(changedByWang.isEmpty());
		assertFalse(changedByLi.isEmpty());
		Set<Path> onBothSides = new HashSet<>(changedByWang);
		onBothSides.retainAll(changedByLi);
		assertEquals(Set.of(), onBothSides, "no file is changed by both annotators, so no merge can conflict");
		assertTrue(Files.readString(shared.resolve(".gitignore")).contains(".lock"), "the lock file stays out of git");

		// merge: every changed file of each copy into the shared folder
		for (Path copy : List.of(wang, li)) {
			for (Path file : changedFiles(shared, copy)) {
				Files.createDirectories(shared.resolve(file).getParent());
				Files.copy(copy.resolve(file), shared.resolve(file), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		CorpusStore merged = CorpusStore.open(shared);
		Report report = merged.loadReport(both);
		Layer wangLayer = layer(report, "王芳");
		Layer liLayer = layer(report, "李明");
		assertEquals(wangOnBoth, wangLayer.getSpans().size());
		assertEquals(liOnBoth, liLayer.getSpans().size());
		assertEquals(ReportStatus.DONE, wangLayer.getStatus());
		assertEquals(ReportStatus.DONE, liLayer.getStatus());
		assertEquals(ReportStatus.IN_PROGRESS, layer(merged.loadReport(onlyWang), "王芳").getStatus());
		assertEquals(2, merged.entries().size());
	}

	/** One annotator's session on one report in one copy: accepts every other suggestion from an offset, tags one span. */
	private static int annotate(Path corpus, String reportId, String annotator, int offset, boolean done) throws Exception {
		CorpusStore store = CorpusStore.open(corpus);
		AnnotationSession session = new AnnotationSession(store.loadReport(reportId), annotator, DefaultLabels.create());
		for (int i = offset; i < Math.min(40, session.suggestions().size()); i += 2) {
			session.accept(session.suggestions().get(i));
		}
		session.tag(10, 12, DefaultLabels.LOC);
		if (done) {
			session.markDone(true);
		}
		AnnotationSession.Snapshot snapshot = session.snapshot();
		session.written(snapshot, AnnotationFiles.write(store, snapshot));
		return session.ownLayer().getSpans().size();
	}

	private static Layer layer(Report report, String annotator) {
		return report.getLayers().stream().filter(l -> l.getKind() == LayerKind.ANNOTATOR && annotator.equals(l.getId()))
				.findFirst().orElseThrow(() -> new AssertionError("no layer of " + annotator));
	}

	/** Files (relative) that are new or different in the copy, the lock file aside (git ignores it). */
	private static Set<Path> changedFiles(Path original, Path copy) throws IOException {
		Set<Path> changed = new HashSet<>();
		try (Stream<Path> files = Files.walk(copy)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path relative = copy.relativize(file);
				if (relative.toString().equals(".lock")) {
					continue;
				}
				Path before = original.resolve(relative);
				if (!Files.exists(before) || !Arrays.equals(Files.readAllBytes(before), Files.readAllBytes(file))) {
					changed.add(relative);
				}
			}
		}
		return changed;
	}

	private static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
		return to;
	}

}
