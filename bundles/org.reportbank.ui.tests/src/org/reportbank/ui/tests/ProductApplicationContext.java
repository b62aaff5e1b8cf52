package org.reportbank.ui.tests;

import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;

/** The arguments the product passes to the e4 application, for tests that start the workbench themselves. */
final class ProductApplicationContext implements IApplicationContext {

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
	public void setResult(Object result, IApplication application) {
		// the tests read the parts, not a result
	}
}
