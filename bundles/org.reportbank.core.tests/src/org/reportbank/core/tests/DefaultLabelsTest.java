package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.reportbank.core.labels.DefaultLabels;
import org.reportbank.model.Label;
import org.reportbank.model.LabelCategory;
import org.reportbank.model.LabelSet;

class DefaultLabelsTest {

	@Test
	void everyLabelHasItsOwnKeyAColorAndAGuideline() {
		LabelSet set = DefaultLabels.create();
		List<String> names = set.getLabels().stream().map(Label::getName).toList();
		assertEquals(List.of("ORG", "PER", "LOC", "LAW", "DATE", "METRIC", "ACHIEVEMENT", "PROBLEM", "PLAN"), names);
		Set<String> keys = new HashSet<>();
		Set<String> colors = new HashSet<>();
		for (Label label : set.getLabels()) {
			assertTrue(keys.add(label.getShortcut()), "shortcut " + label.getShortcut() + " used twice");
			assertTrue(colors.add(label.getColor()), "color " + label.getColor() + " used twice");
			assertTrue(label.getColor().matches("#[0-9a-f]{6}"), label.getColor());
			assertTrue(label.getGuideline().length() > 10, label.getName());
			assertTrue(label.getName().matches("[A-Z]+"), "no hyphens or spaces: CoNLL tags are B-" + label.getName());
		}
		assertEquals(3, set.getLabels().stream().filter(l -> l.getCategory() == LabelCategory.CLAIM).count());
	}
}
