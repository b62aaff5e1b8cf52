package org.reportbank.sync;

/** Where an https token for a Git host is kept besides the environment (the workbench's secure storage). */
@FunctionalInterface
public interface TokenSource {

	/** The token for the host ("gitlab.example.org"), or null when none is kept. */
	String tokenFor(String host);
}
