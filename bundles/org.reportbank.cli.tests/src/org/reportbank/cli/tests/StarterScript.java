package org.reportbank.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The product's real {@code reportbank-cli} starter, copied into a product folder of its own
 * beside a stand-in {@code java} that prints the options it was given: what the script decides
 * can be read without starting a framework.
 */
final class StarterScript {

	final Path product;
	/** The configuration area the script is given unless a run names another. */
	final Path configuration;
	private final Path dir;
	private final Path script;
	private final Path javaHome;

	StarterScript(Path dir) throws IOException {
		this.dir = dir;
		product = Files.createDirectories(dir.resolve("product"));
		configuration = dir.resolve("cli-configuration");
		Files.createDirectories(product.resolve("plugins"));
		Files.createFile(product.resolve("plugins/org.eclipse.equinox.launcher_1.0.0.jar"));
		script = product.resolve("reportbank-cli");
		Files.copy(Path.of(System.getProperty("reportbank.root"), "features/org.reportbank.headless.feature/rootfiles/reportbank-cli"),
				script);
		javaHome = dir.resolve("jdk");
		Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
		Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	/** A corpus folder with this many (empty) report folders: what the script counts. */
	Path corpusOf(int reports) throws IOException {
		Path corpus = dir.resolve("corpus" + reports);
		for (int i = 0; i < reports; i++) {
			Files.createDirectories(corpus.resolve("reports").resolve(String.format("%016x", i)));
		}
		return corpus;
	}

	/** What the stand-in java printed: the options the script started it with, for these arguments. */
	String run(Map<String, String> environment, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("sh", script.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		Map<String, String> env = builder.environment();
		env.put("JAVA_HOME", javaHome.toString());
		env.remove("REPORTBANK_VM_ARGS");
		env.remove("REPORTBANK_APPLICATION");
		env.remove("REPORTBANK_LONG_RUN");
		env.remove("REPORTBANK_HUGE_PAGES_FROM");
		env.remove("REPORTBANK_THP_SETTING");
		env.put("REPORTBANK_CLI_CONFIG", configuration.toString());
		env.putAll(environment);
		Process process = builder.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(30, TimeUnit.SECONDS));
		assertEquals(0, process.exitValue(), out);
		return out;
	}
}
