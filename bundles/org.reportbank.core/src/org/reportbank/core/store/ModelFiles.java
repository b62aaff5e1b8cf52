package org.reportbank.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.reportbank.model.ReportbankPackage;

/** Loads and saves single model objects as XMI files, each in a resource of its own. */
final class ModelFiles {

	static {
		// touching the package registers it, in OSGi and in plain Java alike
		ReportbankPackage.eINSTANCE.eClass();
	}

	private ModelFiles() {
	}

	static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_EXTENDED_META_DATA, Boolean.TRUE);
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(100));
		return options;
	}

	/** Parsers are costly to make; one pool for every load of the process. */
	private static final XMLParserPool PARSERS = new XMLParserPoolImpl();
	private static final Map<Object, Object> NAME_TO_FEATURE = new ConcurrentHashMap<>();

	static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_EXTENDED_META_DATA, Boolean.TRUE);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSERS);
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, NAME_TO_FEATURE);
		return options;
	}

	/**
	 * Saves a copy of the object as the root of a file of its own, atomically. A copy, because
	 * putting a contained object (a layer inside its report) into another resource would take it
	 * out of its container.
	 */
	static void save(EObject root, Path file) throws IOException {
		Resource resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.getContents().add(EcoreUtil.copy(root));
		AtomicFiles.write(file, out -> resource.save(out, saveOptions()));
	}

	static <T extends EObject> T load(Path file, Class<T> type) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new IOException(file + " is missing");
		}
		XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
		// ids to objects in a map: a claim's links to its metrics are found at once, not by a walk of the file each
		resource.setIntrinsicIDToEObjectMap(new HashMap<>());
		try {
			resource.load(loadOptions());
		} catch (RuntimeException e) {
			throw new IOException(file + " is not a valid Reportbank file: " + e.getMessage(), e);
		}
		if (resource.getContents().isEmpty() || !type.isInstance(resource.getContents().get(0))) {
			throw new IOException(file + " does not hold a " + type.getSimpleName());
		}
		T root = type.cast(resource.getContents().get(0));
		return root;
	}
}
