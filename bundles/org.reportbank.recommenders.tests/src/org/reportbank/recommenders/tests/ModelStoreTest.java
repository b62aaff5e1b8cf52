package org.reportbank.recommenders.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.recommenders.LayerSource;
import org.reportbank.recommenders.ModelStore;
import org.reportbank.recommenders.RecommenderException;
import org.reportbank.recommenders.StringMatcher;
import org.reportbank.recommenders.TrainedModel;
import org.reportbank.recommenders.TrainingData;

/** A trained model kept in the corpus folder with its provenance, and refused when the label set moved on. */
class ModelStoreTest {

	@TempDir
	Path dir;

	private static TrainedModel trained(CorpusStore store) throws Exception {
		TrainingData data = TrainingData.collect(store, LayerSource.gold(), List.of(), new NullProgressMonitor());
		return new StringMatcher().train(data, new NullProgressMonitor());
	}

	@Test
	void aStoredModelLoadsAgainWithItsProvenance() throws Exception {
		CorpusStore store = TrainingDataTest.store(dir, TrainingDataTest.reports());
		TrainedModel model = trained(store);
		assertFalse(ModelStore.exists(store, StringMatcher.NAME));

		Path file = ModelStore.save(store, model);

		assertEquals(store.directory().resolve(".reportbank/models/string.json"), file);
		TrainedModel loaded = ModelStore.load(CorpusStore.open(store.directory()), new StringMatcher());
		assertEquals(model.provenance(), loaded.provenance());
		assertEquals("string", loaded.provenance().recommender());
		assertEquals("gold", loaded.provenance().source());
		assertEquals(List.of(TrainingDataTest.A), loaded.provenance().reportIds());
		assertTrue(loaded.provenance().labels().contains("COURT"));
		assertTrue(loaded.provenance().toolVersion().startsWith("0.1.0"), loaded.provenance().toolVersion());
		assertEquals(model.predict(TrainingDataTest.TEXT), loaded.predict(TrainingDataTest.TEXT));
		assertEquals(5, loaded.predict(TrainingDataTest.TEXT).size());
		try (var files = Files.list(file.getParent())) {
			assertEquals(List.of(file), files.toList(), "nothing left beside the model");
		}
	}

	@Test
	void aModelTrainedForALabelTheCorpusNoLongerHasIsRefusedNamingTheLabel() throws Exception {
		CorpusStore store = TrainingDataTest.store(dir, TrainingDataTest.reports());
		ModelStore.save(store, trained(store));
		try (CorpusStore.WriteSession session = store.beginWrite("rename a label")) {
			session.corpus().getLabelSet().getLabels().stream().filter(l -> l.getName().equals("COURT")).findFirst()
					.orElseThrow().setName("COURTS");
			session.commit();
		}

		RecommenderException e = assertThrows(RecommenderException.class, () -> ModelStore.load(store, new StringMatcher()));

		assertTrue(e.getMessage().contains("\"COURT\"") && e.getMessage().contains("no longer"), e.getMessage());
	}

	@Test
	void aDamagedOrMissingModelFileIsRefusedByName() throws Exception {
		CorpusStore store = TrainingDataTest.store(dir, TrainingDataTest.reports());
		RecommenderException missing = assertThrows(RecommenderException.class,
				() -> ModelStore.load(store, new StringMatcher()));
		assertTrue(missing.getMessage().contains("train one first"), missing.getMessage());

		Path file = ModelStore.save(store, trained(store));
		Files.writeString(file, Files.readString(file).replace("\"labels\": {", "\"labels\": {\"NOPE\": 1, "));
		RecommenderException damaged = assertThrows(RecommenderException.class,
				() -> ModelStore.load(store, new StringMatcher()));
		assertTrue(damaged.getMessage().contains(file.toString()) && damaged.getMessage().contains("NOPE"),
				damaged.getMessage());

		Files.writeString(file, "{\"format\": 1} trailing");
		RecommenderException garbage = assertThrows(RecommenderException.class, () -> ModelStore.load(store, new StringMatcher()));
		assertTrue(garbage.getMessage().startsWith(file.toString()), garbage.getMessage());
	}
}
