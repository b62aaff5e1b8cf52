package org.reportbank.cli;

/** Exit codes scripts can rely on. */
final class ExitCodes {
	static final int OK = 0;
	/** The command failed; nothing was changed. */
	static final int FAILED = 1;
	/** The command line was wrong. */
	static final int USAGE = 2;
	/** Some inputs were refused or some reports could not be processed (each is named), the others were. */
	static final int PARTIAL = 3;
	/** Cancelled by the user (Ctrl-C), as shells report a SIGINT. */
	static final int CANCELLED = 130;

	static final String DESCRIPTION = """
			Exit codes: 0 done; 1 failed, nothing changed; 2 wrong command line;
			3 some inputs refused or some reports unreadable, each named (the rest done);
			130 cancelled (what a command commits on cancel, it says).""";

	private ExitCodes() {
	}
}
