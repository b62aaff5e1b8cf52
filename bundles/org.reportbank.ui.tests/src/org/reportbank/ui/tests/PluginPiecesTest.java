package org.reportbank.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Label;
import org.reportbank.model.LabelSet;
import org.reportbank.ui.PersonalLabels;
import org.reportbank.ui.workbench.ContextHelp;

/** The pieces of the workbench that live outside the views: F1's help topics and the person's own label colours. */
class PluginPiecesTest {

	private static final List<String> VIEWS = List.of("navigator", "report", "statistics", "curation", "spans", "checks", "agreement",
			"recommenders",
			"palette", "properties");

	@TempDir
	Path dir;

	@Test
	void everyViewHasAHelpTopicWhosePageIsUnpackedWithItsImages() throws Exception {
		for (String view : VIEWS) {
			String partId = "org.reportbank.ui.part." + view;
			ContextHelp.Topic topic = ContextHelp.topicOf(partId);
			assertNotNull(topic, "F1 help of " + view);
			assertTrue(topic.contextId().startsWith(ContextHelp.HELP_BUNDLE + "."), topic.contextId());
			Path page = Path.of(FileLocator.toFileURL(topic.page()).getPath());
			assertTrue(Files.isRegularFile(page), "the page of " + view + " is on disk: " + page);
			assertTrue(Files.readString(page).contains("<h1"), "a page with a title: " + page);
			assertTrue(Files.isDirectory(page.getParent()), "the folder with the other pages");
			assertTrue(!topic.description().isBlank(), "what the context says about " + view);
		}
		assertNull(ContextHelp.topicOf("org.example.somebody.elses.view"), "a view that is not ours has no topic of ours");
	}

	@Test
	void aColourOfOnesOwnIsSeenByThatPersonOnlyAndTheCorpusKeepsTheTeams() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		String team = colorOf(store.corpus().getLabelSet(), "ORG");
		try {
			PersonalLabels.setColor("ORG", "#000000");
			assertEquals("#000000", colorOf(PersonalLabels.of(store), "ORG"));
			assertEquals(team, colorOf(store.corpus().getLabelSet(), "ORG"), "the corpus keeps the team's colour");
			assertEquals(team, colorOf(CorpusStore.open(dir.resolve("corpus")).corpus().getLabelSet(), "ORG"), "and so does its file");
			assertEquals(colorOf(store.corpus().getLabelSet(), "PER"), colorOf(PersonalLabels.of(store), "PER"),
					"other labels as the team's");
		} finally {
			PersonalLabels.setColor("ORG", null);
		}
		assertEquals(team, colorOf(PersonalLabels.of(store), "ORG"), "the team's colour again");
	}

	private static String colorOf(LabelSet labels, String name) {
		return labels.getLabels().stream().filter(l -> l.getName().equals(name)).map(Label::getColor).findFirst().orElseThrow();
	}
}
