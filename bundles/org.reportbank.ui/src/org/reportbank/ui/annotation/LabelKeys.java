package org.reportbank.ui.annotation;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.commands.MParameter;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.osgi.service.event.Event;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Label;
import org.reportbank.ui.CorpusEvents;
import org.reportbank.ui.workbench.UserKeys;

/**
 * The label keys as key bindings of the application model: the corpus's label set gives each
 * label its key (1–9 by default, the team may choose others), so they are bindings like every
 * other key (in the "In the Report Text" context), shown in the shortcut sheet and Preferences >
 * Keys. Rebuilt when the label set changes.
 */
public class LabelKeys {

	/** The binding table the fragment defines for them (empty until the corpus is known). */
	public static final String TABLE = "org.reportbank.ui.bindings.labels";
	private static final String COMMAND = "org.reportbank.ui.command.label";

	@Inject
	private MApplication application;

	@Inject
	private EModelService models;

	@Inject
	@Optional
	private CorpusStore store;

	/** Once the workbench runs: changes to the model made while the add-ons are created are not yet announced to the key binding service. */
	@Inject
	@Optional
	void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
		update();
	}

	@Inject
	@Optional
	void labelsChanged(@UIEventTopic(CorpusEvents.LABELS_CHANGED) Object folder) {
		update();
	}

	private void update() {
		MBindingTable table = application.getBindingTables().stream().filter(t -> TABLE.equals(t.getElementId())).findFirst()
				.orElse(null);
		MCommand command = application.getCommands().stream().filter(c -> COMMAND.equals(c.getElementId())).findFirst().orElse(null);
		if (table == null || command == null || store == null || store.corpus().getLabelSet() == null) {
			return;
		}
		table.getBindings().clear();
		for (Label label : store.corpus().getLabelSet().getLabels()) {
			String key = label.getShortcut();
			if (key == null || key.isBlank()) {
				continue;
			}
			MKeyBinding binding = models.createModelElement(MKeyBinding.class);
			binding.setElementId("org.reportbank.ui.key.label." + label.getName());
			binding.setKeySequence(key.strip().toUpperCase(java.util.Locale.ROOT));
			binding.setCommand(command);
			MParameter parameter = models.createModelElement(MParameter.class);
			parameter.setName(ApplyLabelHandler.LABEL);
			parameter.setValue(label.getName());
			binding.getParameters().add(parameter);
			table.getBindings().add(binding);
		}
		UserKeys.applyTo(table);
	}
}
