package org.reportbank.cli.tests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.reportbank.cli.Cli;

/**
 * The command line in a process of its own, on the very bundles this test runs with (as plain
 * jars on a class path: the CLI needs no OSGi), so that it can be killed as a user's command
 * would be: SIGKILL at any moment, or a halt injected inside a commit.
 */
final class ChildCli {

	/** A started command: its process and where its output goes. */
	record Run(Process process, Path out, Path err) {

		int waitFor(long seconds) throws InterruptedException {
			if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
				throw new AssertionError("the command did not end within " + seconds + " s");
			}
			return process.exitValue();
		}

		/** SIGKILL, as kill -9: no shutdown hook runs, nothing is flushed. */
		void kill() throws InterruptedException {
			process.destroyForcibly();
			process.waitFor();
		}

		String stderr() throws IOException {
			return Files.readString(err, StandardCharsets.UTF_8);
		}

		String stdout() throws IOException {
			return Files.readString(out, StandardCharsets.UTF_8);
		}
	}

	private static String classpath;

	private ChildCli() {
	}

	/** Every bundle of the test runtime but the test harness's own, as a class path. */
	static synchronized String classpath() {
		if (classpath == null) {
			List<String> entries = new ArrayList<>();
			for (Bundle bundle : FrameworkUtil.getBundle(Cli.class).getBundleContext().getBundles()) {
				String name = String.valueOf(bundle.getSymbolicName());
				if (name.startsWith("junit") || name.startsWith("org.junit") || name.contains("tycho") || name.endsWith(".tests")) {
					continue;
				}
				FileLocator.getBundleFileLocation(bundle).map(File::getAbsolutePath).ifPresent(entries::add);
			}
			classpath = String.join(File.pathSeparator, entries);
		}
		return classpath;
	}

	/** Starts {@code reportbank ARGS}; {@code properties} are -D settings (fault injection). */
	static Run start(Path logs, List<String> properties, String... args) throws IOException {
		Files.createDirectories(logs);
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-Xshare:auto");
		properties.forEach(p -> command.add("-D" + p));
		command.add("-cp");
		command.add(classpath());
		command.add(Cli.class.getName());
		command.addAll(List.of(args));
		Path out = Files.createTempFile(logs, "out", ".txt");
		Path err = Files.createTempFile(logs, "err", ".txt");
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		return new Run(process, out, err);
	}
}
