package org.reportbank.ui.workbench;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MCommandsFactory;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.commands.MParameter;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.osgi.service.event.Event;
import org.reportbank.ui.UserPreferences;

/**
 * A person's own keys (Edit > Preferences > Keys): kept in their user preferences by the
 * binding's id, put into the application model's binding tables at start, and again whenever a
 * table is rebuilt (the label keys, when the label set changes). The binding's own key is kept
 * beside it, so a rebinding can be taken back.
 */
public class UserKeys {

	private static final String PREFIX = "key.";
	private static final String DEFAULT = "reportbank.defaultKey";

	/** Once the workbench runs: changes to the model made while the add-ons are created are not yet announced to the key binding service. */
	@Inject
	@Optional
	void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, MApplication application) {
		for (MBindingTable table : application.getBindingTables()) {
			applyTo(table);
		}
	}

	/** Puts the person's keys into the table's bindings. */
	public static void applyTo(MBindingTable table) {
		for (MKeyBinding binding : java.util.List.copyOf(table.getBindings())) {
			String own = binding.getElementId() == null ? null : UserPreferences.get(PREFIX + binding.getElementId(), null);
			if (own != null && !own.equals(binding.getKeySequence())) {
				binding.getTransientData().putIfAbsent(DEFAULT, binding.getKeySequence());
				setKey(binding, own);
			}
		}
	}

	/** Binds the command to another key, for this person, from now on. */
	public static void rebind(MKeyBinding binding, String sequence) {
		binding.getTransientData().putIfAbsent(DEFAULT, binding.getKeySequence());
		setKey(binding, sequence);
		UserPreferences.put(PREFIX + binding.getElementId(), sequence);
	}

	/** The key the binding has without the person's rebinding. */
	public static String defaultKey(MKeyBinding binding) {
		Object original = binding.getTransientData().get(DEFAULT);
		return original instanceof String key ? key : binding.getKeySequence();
	}

	/** Takes the person's rebinding back. */
	public static void reset(MKeyBinding binding) {
		setKey(binding, defaultKey(binding));
		UserPreferences.put(PREFIX + binding.getElementId(), null);
	}

	/**
	 * The binding service keeps the binding it made from the model element in the element's
	 * transient data, and a changed key sequence would not reach it cleanly: the element is
	 * replaced by a fresh one with the new key (the service drops the old binding, adds the new).
	 */
	private static void setKey(MKeyBinding binding, String sequence) {
		if (!(((EObject) binding).eContainer() instanceof MBindingTable table)) {
			binding.setKeySequence(sequence);
			return;
		}
		MKeyBinding fresh = MCommandsFactory.INSTANCE.createKeyBinding();
		fresh.setElementId(binding.getElementId());
		fresh.setCommand(binding.getCommand());
		fresh.setKeySequence(sequence);
		fresh.getTags().addAll(binding.getTags());
		for (MParameter parameter : binding.getParameters()) {
			MParameter copy = MCommandsFactory.INSTANCE.createParameter();
			copy.setElementId(parameter.getElementId());
			copy.setName(parameter.getName());
			copy.setValue(parameter.getValue());
			fresh.getParameters().add(copy);
		}
		fresh.getTransientData().put(DEFAULT, defaultKey(binding));
		int index = table.getBindings().indexOf(binding);
		table.getBindings().remove(index);
		table.getBindings().add(index, fresh);
	}
}
