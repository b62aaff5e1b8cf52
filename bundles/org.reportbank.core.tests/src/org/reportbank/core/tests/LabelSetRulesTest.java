package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.reportbank.core.labels.DefaultLabels;
import org.reportbank.core.labels.LabelSetRules;
import org.reportbank.model.LabelSet;

class LabelSetRulesTest {

	@Test
	void theDefaultLabelSetIsValid() {
		assertNull(LabelSetRules.problem(DefaultLabels.create()));
	}

	@Test
	void keysMustBeSingleUniqueAndNotTheEditorsOwn() {
		LabelSet labels = DefaultLabels.create();
		labels.getLabels().get(1).setShortcut("1");
		assertEquals("PER: the key \"1\" is taken by another label", LabelSetRules.problem(labels));
		labels.getLabels().get(1).setShortcut("N");
		assertEquals("PER: \"N\" is the editor's own key (n next, p previous, x reject)", LabelSetRules.problem(labels));
		labels.getLabels().get(1).setShortcut("12");
		assertEquals("PER: a shortcut is one key, not \"12\"", LabelSetRules.problem(labels));
		labels.getLabels().get(1).setShortcut("");
		assertNull(LabelSetRules.problem(labels), "a label may have no key");
	}

	@Test
	void colorsAndNamesAreChecked() {
		LabelSet labels = DefaultLabels.create();
		labels.getLabels().get(0).setColor("blue");
		assertEquals("ORG: the color must be written #RRGGBB, not \"blue\"", LabelSetRules.problem(labels));
		labels.getLabels().get(0).setColor("#0000ff");
		labels.getLabels().get(2).setName("ORG");
		assertEquals("two labels are named ORG", LabelSetRules.problem(labels));
	}
}
