package org.reportbank.model.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenClassGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenEnumGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenPackageGeneratorAdapter;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the EMF model code of the org.reportbank.model bundle without an Eclipse IDE: the same
 * steps as "Reload" and "Generate Model Code" on reportbank.genmodel, with EMF's own generator and
 * templates. Argument: the bundle directory (default {@code bundles/org.reportbank.model}).
 */
public final class RegenerateModel {

    private static final String PLUGIN_ID = "org.reportbank.model";
    private static final String GENMODEL = "model/reportbank.genmodel";
    private static final String SRC_GEN = "src-gen";

    /*
     * The Tycho build owns these. EMF creates them when they are missing (and merges into MANIFEST.MF
     * when updateClasspath is on), so they are put back exactly as they were, or removed if they were
     * absent. plugin.properties only holds the %strings of an EMF-written MANIFEST.MF, which we never use.
     */
    private static final List<String> BUILD_OWNED = List.of("META-INF/MANIFEST.MF", "build.properties", "plugin.properties");

    public static void main(String[] args) throws IOException {
        Path bundle = Path.of(args.length > 0 ? args[0] : "bundles/" + PLUGIN_ID).toRealPath();

        // Standalone there is no workspace: the generator addresses everything as
        // platform:/resource/<project>/..., so the project name is mapped onto the bundle folder.
        EcorePlugin.getPlatformResourceMap().put(PLUGIN_ID, URI.createFileURI(bundle.toString()).appendSegment(""));
        Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new EcoreResourceFactoryImpl());
        GenModelPackage.eINSTANCE.eClass(); // registers the GenModel namespace for loading

        ResourceSet resourceSet = new ResourceSetImpl();
        Resource genModelResource = resourceSet.getResource(URI.createPlatformResourceURI(PLUGIN_ID + "/" + GENMODEL, true), true);
        GenModel genModel = (GenModel) genModelResource.getContents().get(0);

        // Like the IDE's reload: add/remove genClasses and genFeatures for what changed in the ecore,
        // and keep the saved genmodel in step (the file is only rewritten when its content changes).
        if (!genModel.reconcile()) {
            throw new IllegalStateException("Cannot reconcile " + GENMODEL + " with its ecore");
        }
        genModelResource.save(Map.of(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER,
                Resource.OPTION_LINE_DELIMITER, Resource.OPTION_LINE_DELIMITER_UNSPECIFIED));
        IStatus status = genModel.validate();
        if (status.getSeverity() == IStatus.ERROR) {
            throw new IllegalStateException("Invalid genmodel: " + status);
        }

        Map<Path, byte[]> buildOwned = snapshot(bundle);
        // Start from an empty src-gen so classes removed from the ecore disappear. This is why src-gen
        // must never be edited by hand (there is no old code for JMerge to keep): hand code goes in src/.
        deleteRecursively(bundle.resolve(SRC_GEN));

        genModel.setCanGenerate(true);
        genModel.setUpdateClasspath(false); // also false in the genmodel: never touch the build's MANIFEST.MF
        GeneratorAdapterFactory.Descriptor.Registry registry = new GeneratorAdapterFactory.Descriptor.DelegatingRegistry();
        registry.addDescriptor(GenModelPackage.eNS_URI, Utf8GeneratorAdapterFactory::new);
        Generator generator = new Generator(registry);
        generator.setInput(genModel);
        Diagnostic result;
        try {
            result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor());
        } finally {
            restore(buildOwned);
        }
        if (result.getSeverity() >= Diagnostic.ERROR) {
            throw new IllegalStateException("EMF generation failed: " + result);
        }
        try (Stream<Path> files = Files.walk(bundle.resolve(SRC_GEN))) {
            System.out.println("Generated " + files.filter(Files::isRegularFile).count() + " files in " + bundle.resolve(SRC_GEN));
        }
    }

    /**
     * Standalone EMF writes Java files in the JVM's default charset (the IDE uses the project's
     * encoding); the ecore's documentation is not ASCII, so the output must not depend on the locale.
     */
    private static final class Utf8GeneratorAdapterFactory extends GenModelGeneratorAdapterFactory {
        private static final String UTF_8 = "UTF-8";

        @Override
        public Adapter createGenPackageAdapter() {
            if (genPackageGeneratorAdapter == null) {
                genPackageGeneratorAdapter = new GenPackageGeneratorAdapter(this) {
                    @Override
                    protected String getEncoding(URI workspacePath) {
                        return UTF_8;
                    }
                };
            }
            return genPackageGeneratorAdapter;
        }

        @Override
        public Adapter createGenClassAdapter() {
            if (genClassGeneratorAdapter == null) {
                genClassGeneratorAdapter = new GenClassGeneratorAdapter(this) {
                    @Override
                    protected String getEncoding(URI workspacePath) {
                        return UTF_8;
                    }
                };
            }
            return genClassGeneratorAdapter;
        }

        @Override
        public Adapter createGenEnumAdapter() {
            if (genEnumGeneratorAdapter == null) {
                genEnumGeneratorAdapter = new GenEnumGeneratorAdapter(this) {
                    @Override
                    protected String getEncoding(URI workspacePath) {
                        return UTF_8;
                    }
                };
            }
            return genEnumGeneratorAdapter;
        }
    }

    private static Map<Path, byte[]> snapshot(Path bundle) throws IOException {
        Map<Path, byte[]> contents = new LinkedHashMap<>();
        for (String name : BUILD_OWNED) {
            Path file = bundle.resolve(name);
            contents.put(file, Files.exists(file) ? Files.readAllBytes(file) : null);
        }
        return contents;
    }

    private static void restore(Map<Path, byte[]> contents) throws IOException {
        for (Map.Entry<Path, byte[]> entry : contents.entrySet()) {
            if (entry.getValue() == null) {
                if (Files.deleteIfExists(entry.getKey()) && isEmptyDirectory(entry.getKey().getParent())) {
                    Files.delete(entry.getKey().getParent()); // the META-INF/ EMF made for it
                }
            } else if (!Files.exists(entry.getKey()) || !Arrays.equals(entry.getValue(), Files.readAllBytes(entry.getKey()))) {
                Files.write(entry.getKey(), entry.getValue());
            }
        }
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
