package org.reportbank.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Display;

/** The real e4 workbench of the product (its Application.e4xmi, CSS and life cycle), created in a test. */
final class TestWorkbench {

	final E4Workbench workbench;
	final MApplication application;
	final Display display;

	private TestWorkbench(E4Workbench workbench, Display display) {
		this.workbench = workbench;
		this.application = workbench.getApplication();
		this.display = display;
	}

	/** Creates the workbench on the corpus named by the reportbank.corpus property; run it with {@link #run()}. */
	static TestWorkbench create() {
		return create(new TestApplicationContext());
	}

	/** Creates a workbench of another application model, for the ui fragment to merge into. */
	static TestWorkbench createForeign(String applicationXmi) {
		return create(TestApplicationContext.foreign(applicationXmi));
	}

	private static TestWorkbench create(TestApplicationContext arguments) {
		String displayVar = System.getenv("DISPLAY");
		if (displayVar == null || displayVar.isBlank()) {
			fail("DISPLAY is not set: UI tests need an X server; run them with ./reportbank test (xvfb-run)");
		}
		Display display = Display.getDefault();
		return new TestWorkbench(new E4Application().createE4Workbench(arguments, display), display);
	}

	/** Runs the UI until the workbench is closed (blocks the calling thread, which is the UI thread). */
	void run() {
		workbench.createAndRunUI(application);
	}

	/** The object of a part of the application model. */
	Object part(String id) {
		MPart part = (MPart) application.getContext().get(EModelService.class).find(id, application);
		if (part == null || part.getObject() == null) {
			throw new IllegalStateException(id + " was not created");
		}
		return part.getObject();
	}

	/** Executes a command of the application as a menu item or key would; call it on the UI thread. */
	void execute(String commandId, java.util.Map<String, Object> parameters) {
		var commands = application.getContext().get(org.eclipse.e4.core.commands.ECommandService.class);
		var handlers = application.getContext().get(org.eclipse.e4.core.commands.EHandlerService.class);
		handlers.executeHandler(commands.createCommand(commandId, parameters));
	}

	/** The status line's message, where the workbench says what a command did. */
	org.reportbank.ui.widgets.StatusLineMessage statusLine() {
		var model = application.getContext().get(EModelService.class);
		var control = (org.eclipse.e4.ui.model.application.ui.menu.MToolControl) model.find("org.reportbank.ui.status", application);
		return (org.reportbank.ui.widgets.StatusLineMessage) control.getObject();
	}

	/** What a test does with the workbench, on a thread of its own. */
	interface Steps {
		void run() throws Exception;
	}

	/**
	 * Runs the workbench with the steps on a thread of their own, closes it after them (also when a
	 * step fails), and fails the test with every finding of the driver.
	 */
	void drive(UiDriver driver, Steps steps) throws InterruptedException {
		Thread thread = new Thread(() -> {
			try {
				steps.run();
			} catch (Exception | AssertionError e) {
				driver.findings.add("step failed: " + e);
			} finally {
				display.asyncExec(workbench::close);
			}
		}, "ui-steps");
		thread.start();
		run();
		thread.join();
		org.junit.jupiter.api.Assertions.assertTrue(driver.findings.isEmpty(), String.join("\n", driver.findings));
	}
}
