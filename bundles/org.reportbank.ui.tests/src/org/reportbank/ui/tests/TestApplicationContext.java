package org.reportbank.ui.tests;

import java.util.Map;

import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;

/** The arguments the product passes, as an application context: what the UI tests start the e4 workbench with. */
final class TestApplicationContext implements IApplicationContext {

	private final String[] arguments;

	/** The product's application model, CSS and life cycle. */
	TestApplicationContext() {
		this(new String[] { //
				"-applicationXMI", "org.reportbank.app/Application.e4xmi", //
				"-applicationCSS", "platform:/plugin/org.reportbank.app/css/default.css", //
				"-lifeCycleURI", "bundleclass://org.reportbank.ui/org.reportbank.ui.CorpusLifeCycle", //
				"-clearPersistedState", //
				"-persistState", "false" });
	}

	/** Another application model (and nothing else of the product). */
	static TestApplicationContext foreign(String applicationXmi) {
		return new TestApplicationContext(
				new String[] { "-applicationXMI", applicationXmi, "-clearPersistedState", "-persistState", "false" });
	}

	private TestApplicationContext(String[] arguments) {
		this.arguments = arguments;
	}

	@Override
	public Map<String, Object> getArguments() {
		return Map.of(IApplicationContext.APPLICATION_ARGS, arguments);
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
		// the test reads the parts, not a result
	}
}
