package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Entity;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;

/**
 * The store writes an object without copying it where it can (copying costs as much as writing):
 * a free layer is lent to a resource for the write, a loaded report is written through its own.
 * The caller's objects must come out as they went in (a free layer still free, a report still in
 * the resource it was loaded into, a layer inside its report still there), and the files must hold
 * what was staged.
 */
class StagingLeavesObjectsAsTheyWereTest {

	@TempDir
	Path dir;

	private CorpusStore store;
	private String id;

	@BeforeEach
	void importOneSeed() throws Exception {
		store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		new CorpusImporter().importFiles(store, List.of(SeedReportsTest.seed("000_2d72018e1f56853b.txt")), new NullProgressMonitor());
		id = store.entries().get(0).getId();
	}

	private static Layer layerWithOneEntity(String layerId, LayerKind kind, String label) {
		Layer layer = ReportbankFactory.eINSTANCE.createLayer();
		layer.setId(layerId);
		layer.setKind(kind);
		Entity entity = ReportbankFactory.eINSTANCE.createEntity();
		entity.setId("e-0-2-" + label);
		entity.setBegin(0);
		entity.setEnd(2);
		entity.setLabel(label);
		layer.getSpans().add(entity);
		return layer;
	}

	@Test
	void aFreeLayerIsStillFreeAfterItsFileIsWritten() throws Exception {
		Report report = store.loadReport(id);
		Layer free = layerWithOneEntity("preannotation", LayerKind.PREANNOTATION, "ORG");

		try (CorpusStore.WriteSession session = store.beginWrite("test")) {
			session.stageLayer(id, free, report.getText().length());
			session.commit();
		}

		assertNull(free.eResource(), "the layer was only lent to a resource for the write");
		assertNull(free.eContainer());
		assertEquals(1, free.getSpans().size(), "nothing was taken out of the layer");
		Layer written = store.loadReport(id).getLayers().stream().filter(l -> l.getId().equals("preannotation")).findFirst()
				.orElseThrow();
		assertEquals("ORG", written.getSpans().get(0).getLabel());
	}

	@Test
	void aLoadedReportAndTheLayerInsideItStayWhereTheyWere() throws Exception {
		Report report = store.loadReport(id);
		Resource loadedInto = report.eResource();
		Layer inside = layerWithOneEntity("anna", LayerKind.ANNOTATOR, "LOC");
		report.getLayers().add(inside);
		report.setTitle("改过的标题");

		try (CorpusStore.WriteSession session = store.beginWrite("test")) {
			session.stageReportFile(report);
			session.stageLayer(id, inside, report.getText().length());
			session.updateEntry(report);
			session.commit();
		}

		assertSame(loadedInto, report.eResource(), "the report is still the root of the resource it was loaded into");
		assertEquals(List.of(report), loadedInto.getContents());
		assertSame(report, inside.eContainer(), "the layer is still inside its report");
		Report reloaded = store.loadReport(id);
		assertEquals("改过的标题", reloaded.getTitle());
		assertEquals("LOC", reloaded.getLayers().stream().filter(l -> l.getId().equals("anna")).findFirst().orElseThrow().getSpans()
				.get(0).getLabel());
	}
}
