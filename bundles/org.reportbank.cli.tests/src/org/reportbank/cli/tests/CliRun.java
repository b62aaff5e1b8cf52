package org.reportbank.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.reportbank.cli.Cli;
import org.reportbank.testing.Fixtures;

/** Runs the command line in-process and keeps what it printed, as a script would see it; command line tests extend it. */
class CliRun {

	String out = "";
	String err = "";

	int run(String... args) {
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		int code = new Cli().run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
				new PrintStream(e, true, StandardCharsets.UTF_8), new NullProgressMonitor());
		out = o.toString(StandardCharsets.UTF_8);
		err = e.toString(StandardCharsets.UTF_8);
		return code;
	}

	static String seeds() {
		return Fixtures.seeds().toString();
	}
}
