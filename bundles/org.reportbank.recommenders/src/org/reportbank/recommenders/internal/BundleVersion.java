package org.reportbank.recommenders.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The version of this bundle, which a model's provenance records as the tool that trained it. */
public final class BundleVersion {

	private BundleVersion() {
	}

	/** The bundle's version (0.1.0.QUALIFIER), or "unknown" outside OSGi. */
	public static String of(Class<?> type) {
		Bundle bundle = FrameworkUtil.getBundle(type);
		return bundle == null ? "unknown" : bundle.getVersion().toString();
	}
}
