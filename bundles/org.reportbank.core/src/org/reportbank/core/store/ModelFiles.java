package org.reportbank.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
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
import org.xml.sax.SAXParseException;

/**
 * Loads and saves single model objects as XMI files, each in a resource of its own. Loading is
 * strict, because the files come from whoever shared the corpus: no DOCTYPE (so no entities,
 * internal or external), a bounded element depth and file size, every problem the parser met is
 * fatal, and no reference may point into another file.
 */
final class ModelFiles {

	static {
		// touching the package registers it, in OSGi and in plain Java alike
		ReportbankPackage.eINSTANCE.eClass();
	}

	/** Deeper than any file the store writes (sections are bounded by {@link StoreLimits#MAX_SECTION_DEPTH}). */
	static final int MAX_ELEMENT_DEPTH = StoreLimits.MAX_SECTION_DEPTH + 16;

	private ModelFiles() {
	}

	/** EMF's per-class lookup tables for saving, kept between the saves of one thread (they are not shared safely). */
	private static final ThreadLocal<List<Object>> SAVE_LOOKUP = ThreadLocal.withInitial(ArrayList::new);

	static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, SAVE_LOOKUP.get());
		options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
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
		options.put(XMLResource.OPTION_PARSER_FEATURES, Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE));
		options.put(XMLResource.OPTION_PARSER_PROPERTIES,
				Map.of("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", String.valueOf(MAX_ELEMENT_DEPTH)));
		return options;
	}

	/**
	 * Writes a copy of the object, as the root of a file of its own, to {@code file} (which must
	 * not exist); forcing it to disk is the caller's part (see {@link BackgroundForce}). A copy,
	 * because putting a contained object (a layer inside its report) into another resource would
	 * take it out of its container.
	 */
	static void save(EObject root, Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
				OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
			write(root, URI.createFileURI(file.toAbsolutePath().toString()), out);
		}
	}

	/**
	 * Writes the object as the root of a file, the bytes the store writes for it. Copying an object
	 * costs about as much as writing it, so only a contained object (a layer inside its report) is
	 * copied; the root of a loaded file is written through its own resource, a free object through
	 * a resource it is lent to for the write.
	 */
	static void write(EObject root, URI uri, OutputStream out) throws IOException {
		Resource own = root.eResource();
		if (root.eContainer() == null && own instanceof XMLResource && own.getContents().size() == 1) {
			own.save(out, saveOptions());
			return;
		}
		Resource resource = new XMIResourceImpl(uri);
		boolean lent = root.eContainer() == null && own == null;
		resource.getContents().add(lent ? root : EcoreUtil.copy(root));
		try {
			resource.save(out, saveOptions());
		} finally {
			if (lent) {
				resource.getContents().clear(); // the object leaves as free as it came
			}
		}
	}

	/** Loads the root object of a file the caller has checked to be inside the corpus; links are not followed. */
	static <T extends EObject> T load(Path file, Class<T> type) throws IOException {
		try (InputStream in = open(file)) {
			return read(in, URI.createFileURI(file.toAbsolutePath().toString()), file.toString(), type);
		}
	}

	/** The bytes of a corpus file: a regular file (a link is not followed) within the size limit. */
	static InputStream open(Path file) throws IOException {
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new IOException(file + " is missing");
		}
		long size = Files.size(file);
		if (size > StoreLimits.MAX_FILE_BYTES) {
			throw new IOException(file + " is " + size / (1024 * 1024) + " MB; a corpus file is at most "
					+ StoreLimits.MAX_FILE_BYTES / (1024 * 1024) + " MB");
		}
		return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
	}

	/**
	 * Reads the root object of a file's bytes, as strictly as a file of the folder; {@code name}
	 * is what a message calls the file.
	 */
	static <T extends EObject> T read(InputStream in, URI uri, String name, Class<T> type) throws IOException {
		XMIResourceImpl resource = new XMIResourceImpl(uri);
		// ids to objects in a map: a claim's links to its metrics are found at once, not by a walk of the file each
		resource.setIntrinsicIDToEObjectMap(new HashMap<>());
		try {
			resource.load(in, loadOptions());
		} catch (IOException | RuntimeException e) {
			throw new IOException(name + ": " + whereAndWhat(e), e);
		}
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			throw new IOException(name + ": line " + first.getLine() + ": " + first.getMessage());
		}
		if (resource.getContents().size() != 1 || !type.isInstance(resource.getContents().get(0))) {
			throw new IOException(name + " does not hold one " + type.getSimpleName());
		}
		refuseReferencesOutside(resource, name);
		return type.cast(resource.getContents().get(0));
	}

	/** A reference to another file (an href) would reach outside this one: refused, never resolved. */
	private static void refuseReferencesOutside(Resource resource, String file) throws IOException {
		for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			EObject object = all.next();
			for (EObject referenced : object.eCrossReferences()) {
				if (referenced.eIsProxy() || referenced.eResource() != resource) {
					throw new IOException(file + ": a " + object.eClass().getName() + " refers to "
							+ (referenced.eIsProxy() ? String.valueOf(EcoreUtil.getURI(referenced)) : "an object of another file")
							+ ", outside this file; references stay within one file");
				}
			}
		}
	}

	/** The parser's complaint with its line, without the stack of wrappers around it. */
	private static String whereAndWhat(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
			if (cause instanceof SAXParseException parse) {
				return "line " + parse.getLineNumber() + ": " + parse.getMessage();
			}
		}
		String message = cause.getMessage();
		return "not a valid Reportbank file: " + (message == null ? cause.getClass().getSimpleName() : message);
	}
}
