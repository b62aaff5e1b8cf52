package org.reportbank.ui;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Label;
import org.reportbank.model.LabelSet;

/**
 * The corpus's label set as this person sees it: the colours they chose for themselves
 * (Preferences > Colours, e.g. for their eyes or their screen) over the team's, which stay in
 * the corpus for everyone else. Every view that colours spans takes its labels from here.
 */
public final class PersonalLabels {

	private static final String PREFIX = "color.";

	/** A copy of the corpus's labels with the person's colours; null when no corpus is open. */
	public static LabelSet of(CorpusStore store) {
		LabelSet team = store == null ? null : store.corpus().getLabelSet();
		if (team == null) {
			return null;
		}
		LabelSet mine = EcoreUtil.copy(team);
		for (Label label : mine.getLabels()) {
			String own = colorOf(label.getName());
			if (own != null) {
				label.setColor(own);
			}
		}
		return mine;
	}

	/** The person's own colour of the label (#RRGGBB), or null when they use the corpus's. */
	public static String colorOf(String label) {
		return UserPreferences.get(PREFIX + label, null);
	}

	/** Sets the person's colour of the label; null to use the corpus's again. */
	public static void setColor(String label, String color) {
		UserPreferences.put(PREFIX + label, color);
	}

	private PersonalLabels() {
	}
}
