package org.reportbank.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;

import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;

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
		String displayVar = System.getenv("DISPLAY");
		if (displayVar == null || displayVar.isBlank()) {
			fail("DISPLAY is not set: UI tests need an X server; run them with ./reportbank test (xvfb-run)");
		}
		Display display = Display.getDefault();
		return new TestWorkbench(new E4Application().createE4Workbench(new TestApplicationContext(), display), display);
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

	/** The arguments the product passes, as an application context. */
	private static final class TestApplicationContext implements IApplicationContext {

		@Override
		public Map<String, Object> getArguments() {
			return Map.of(IApplicationContext.APPLICATION_ARGS, new String[] { //
					"-applicationXMI", "org.reportbank.app/Application.e4xmi", //
					"-applicationCSS", "platform:/plugin/org.reportbank.app/css/default.css", //
					"-lifeCycleURI", "bundleclass://org.reportbank.ui/org.reportbank.ui.CorpusLifeCycle", //
					"-clearPersistedState", //
					"-persistState", "false" });
		}

		@Override
		public void applicationRunning() {
			// nothing to signal
		}

		@Override
		public String getBrandingApplication() {
			return null;
		}

		@Override
		public String getBrandingName() {
			return "Reportbank";
		}

		@Override
		public String getBrandingDescription() {
			return null;
		}

		@Override
		public String getBrandingId() {
			return null;
		}

		@Override
		public String getBrandingProperty(String key) {
			return null;
		}

		@Override
		public Bundle getBrandingBundle() {
			return null;
		}

		@Override
		public void setResult(Object result, org.eclipse.equinox.app.IApplication application) {
			// the tests read the parts, not a result
		}
	}
}
