package org.reportbank.ui.recommenders;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** View > Recommenders (Ctrl+Alt+R): brings the Recommenders view up, opening it again if it was closed. */
public class ShowRecommendersHandler {

	@Execute
	void execute(EPartService parts) {
		parts.showPart(RecommendersPart.ID, PartState.ACTIVATE);
	}
}
