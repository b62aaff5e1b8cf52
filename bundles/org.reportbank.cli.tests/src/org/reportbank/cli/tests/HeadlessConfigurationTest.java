package org.reportbank.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line starts the headless feature's bundles, not the whole product's: the starter
 * gives its configuration area a config.ini and a bundles.info of its own, made from the
 * product's configuration and the installed feature's list of plugins. The real script runs on
 * a product folder laid out as Tycho materializes it, with a stand-in {@code java}.
 */
class HeadlessConfigurationTest {

	private static final String BUNDLES_INFO = "org.eclipse.equinox.simpleconfigurator/bundles.info";

	@TempDir
	Path dir;

	private StarterScript script;

	@BeforeEach
	void installAProduct() throws IOException {
		script = new StarterScript(dir);
		Path configuration = Files.createDirectories(script.product.resolve("configuration/org.eclipse.equinox.simpleconfigurator"));
		Files.writeString(configuration.resolve("../config.ini"), String.join("\n",
				"#written by the product build",
				"eclipse.product=org.reportbank.app.product",
				"org.eclipse.equinox.simpleconfigurator.configUrl=file\\:org.eclipse.equinox.simpleconfigurator/bundles.info",
				"osgi.bundles.defaultStartLevel=4",
				"eclipse.application=org.eclipse.e4.ui.workbench.swt.E4Application",
				"osgi.bundles=reference\\:file\\:org.eclipse.equinox.simpleconfigurator_1.5.0.jar@1\\:start",
				"eclipse.p2.data.area=@config.dir/../p2",
				"eclipse.p2.profile=DefaultProfile",
				"osgi.framework=file\\:plugins/org.eclipse.osgi_3.24.0.jar", ""));
		Files.writeString(configuration.resolve("bundles.info"), String.join("\n",
				"#encoding=UTF-8",
				"org.eclipse.core.runtime,3.34.0,plugins/org.eclipse.core.runtime_3.34.0.jar,4,true",
				"org.eclipse.equinox.simpleconfigurator,1.5.0,plugins/org.eclipse.equinox.simpleconfigurator_1.5.0.jar,1,true",
				"org.eclipse.swt,3.130.0,plugins/org.eclipse.swt_3.130.0.jar,4,false",
				"org.reportbank.cli,0.1.0.2,plugins/org.reportbank.cli_0.1.0.2.jar,4,false",
				"org.reportbank.ui,0.1.0.2,plugins/org.reportbank.ui_0.1.0.2.jar,4,false", ""));
		writeFeature("0.1.0.2", "0.1.0.2");
	}

	/** The installed headless feature, its plugins written in both forms Tycho and PDE use. */
	private void writeFeature(String featureVersion, String cliVersion) throws IOException {
		Path feature = Files.createDirectories(script.product.resolve("features/org.reportbank.headless.feature_" + featureVersion));
		Files.writeString(feature.resolve("feature.xml"), String.join("\n",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
				"<feature id=\"org.reportbank.headless.feature\" version=\"" + featureVersion + "\">",
				"   <requires><import plugin=\"org.reportbank.ui\"/></requires>",
				"   <plugin",
				"         id=\"org.reportbank.cli\"",
				"         download-size=\"0\"",
				"         version=\"" + cliVersion + "\"/>",
				"   <plugin id=\"org.eclipse.core.runtime\" version=\"3.34.0\" unpack=\"false\"/>",
				"   <plugin",
				"         id=\"org.eclipse.equinox.simpleconfigurator\"",
				"         version=\"1.5.0\"/>",
				"</feature>", ""));
	}

	private List<String> generated(String file) throws IOException {
		return Files.readAllLines(script.configuration.resolve(file));
	}

	@Test
	void theCommandLineStartsTheHeadlessFeaturesBundlesOnly() throws Exception {
		String out = script.run(Map.of(), "--help");
		assertTrue(out.contains("-configuration " + script.configuration), out);

		assertEquals(List.of("#encoding=UTF-8",
				"org.eclipse.core.runtime,3.34.0,plugins/org.eclipse.core.runtime_3.34.0.jar,4,true",
				"org.eclipse.equinox.simpleconfigurator,1.5.0,plugins/org.eclipse.equinox.simpleconfigurator_1.5.0.jar,1,true",
				"org.reportbank.cli,0.1.0.2,plugins/org.reportbank.cli_0.1.0.2.jar,4,false"), generated(BUNDLES_INFO),
				"the workbench's bundles (swt, ui) are left out; a feature's <requires> is not a plugin of it");
		List<String> config = generated("config.ini");
		assertTrue(config.contains("osgi.framework=file\\:plugins/org.eclipse.osgi_3.24.0.jar"), config.toString());
		assertTrue(config.contains("osgi.bundles=reference\\:file\\:org.eclipse.equinox.simpleconfigurator_1.5.0.jar@1\\:start"),
				config.toString());
		assertTrue(config.contains(
				"org.eclipse.equinox.simpleconfigurator.configUrl=file\\:org.eclipse.equinox.simpleconfigurator/bundles.info"));
		assertFalse(config.stream().anyMatch(line -> line.startsWith("eclipse.")),
				"no workbench application or product, no p2 area relative to another folder: " + config);
	}

	@Test
	void anUnchangedProductLeavesTheFilesAsTheyAreAndARebuiltOneIsFollowed() throws Exception {
		script.run(Map.of(), "--help");
		Path bundles = script.configuration.resolve(BUNDLES_INFO);
		FileTime old = FileTime.fromMillis(1_000_000_000_000L);
		Files.setLastModifiedTime(bundles, old);
		script.run(Map.of(), "stats");
		assertEquals(old, Files.getLastModifiedTime(bundles), "rewritten though nothing changed: the framework would install again");

		// a rebuild: new qualifiers in the product and in the installed feature
		Path productBundles = script.product.resolve("configuration/" + BUNDLES_INFO);
		Files.writeString(productBundles, Files.readString(productBundles).replace("0.1.0.2", "0.1.0.3"));
		Path features = script.product.resolve("features");
		Files.move(features.resolve("org.reportbank.headless.feature_0.1.0.2"),
				features.resolve("org.reportbank.headless.feature_0.1.0.3"));
		writeFeature("0.1.0.3", "0.1.0.3");
		script.run(Map.of(), "--help");
		assertTrue(generated(BUNDLES_INFO).contains("org.reportbank.cli,0.1.0.3,plugins/org.reportbank.cli_0.1.0.3.jar,4,false"),
				generated(BUNDLES_INFO).toString());
		try (var left = Files.list(script.configuration)) {
			assertEquals(List.of(), left.filter(f -> f.getFileName().toString().startsWith(".")).toList(), "temporary files left behind");
		}
	}

	@Test
	void aConfigurationAreaThatCannotBeWrittenStillRunsTheCommand() throws Exception {
		Path readOnly = Files.createDirectories(dir.resolve("read-only"));
		Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
		Path area = readOnly.resolve("cli-configuration");
		String out = script.run(Map.of("REPORTBANK_CLI_CONFIG", area.toString()), "--help");
		assertTrue(out.contains("-configuration " + area), out);
		if (!Files.isWritable(readOnly)) { // root writes anywhere; the script then makes the area as usual
			assertFalse(Files.exists(area));
		}
	}
}
