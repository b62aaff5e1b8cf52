package org.reportbank.core.store;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

import org.reportbank.core.text.Untrusted;

/**
 * The one containment rule of a corpus: every path the store reads or writes is built here, from
 * validated ids, inside the corpus folder, and no part of it below the folder may be a symbolic
 * link. A corpus comes from someone else (a copy, an archive, a Git pull), so a report folder
 * linked to {@code /home/someone} or an id such as {@code ../../x} must never lead a read or a
 * write out of it.
 *
 * <pre>
 * corpus.xmi                         the index
 * reports/ID/report.xmi              one report
 * reports/ID/layers/LAYER.xmi        one layer (file name: the layer id, URL-encoded)
 * .lock                              the write lock
 * .reportbank/                       this machine's own: staged writes, the commit journal, set-aside folders
 * .reportbank/models/NAME.json       a trained recommender model (derived from the corpus, retrained at will)
 * .gitignore                         keeps .lock and .reportbank/ out of Git
 * </pre>
 */
final class CorpusFolder {

	static final String INDEX_FILE = "corpus.xmi";
	static final String REPORTS_DIR = "reports";
	static final String REPORT_FILE = "report.xmi";
	static final String LAYERS_DIR = "layers";
	static final String LAYER_SUFFIX = ".xmi";
	static final String LOCK_FILE = ".lock";
	static final String MACHINE_DIR = ".reportbank";
	static final String MODELS_DIR = "models";
	static final String MODEL_SUFFIX = ".json";
	static final String GITIGNORE_FILE = ".gitignore";
	/** The lines the corpus's .gitignore gets: this machine's own files, which Git must not share. */
	static final List<String> MACHINE_IGNORES = List.of(LOCK_FILE, MACHINE_DIR + "/");

	private final Path root;

	CorpusFolder(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	Path root() {
		return root;
	}

	Path index() {
		return root.resolve(INDEX_FILE);
	}

	Path reports() {
		return root.resolve(REPORTS_DIR);
	}

	Path machine() {
		return root.resolve(MACHINE_DIR);
	}

	/** The file of a trained model; the name is a recommender's, lower-case letters, digits and hyphens. */
	Path modelFile(String name) throws StoreException {
		if (name == null || !name.matches("[a-z][a-z0-9-]{0,39}")) {
			throw new StoreException("a model name is 1 to 40 lower-case letters, digits or hyphens, starting with a letter, not "
					+ Untrusted.quote(name));
		}
		return machine().resolve(MODELS_DIR).resolve(name + MODEL_SUFFIX);
	}

	/** The folder of a report; the id must be the importer's hash format. */
	Path reportDir(String reportId) throws StoreException {
		return reports().resolve(ReportIds.require(reportId));
	}

	Path reportFile(String reportId) throws StoreException {
		return reportDir(reportId).resolve(REPORT_FILE);
	}

	Path layersDir(String reportId) throws StoreException {
		return reportDir(reportId).resolve(LAYERS_DIR);
	}

	/** The file of a layer: its id made safe for any file system (annotator names may be Chinese, or hold a slash). */
	Path layerFile(String reportId, String layerId) throws StoreException {
		if (layerId == null || layerId.isEmpty()) {
			throw new StoreException("a layer of report " + reportId + " has no id");
		}
		return layersDir(reportId).resolve(layerFileName(layerId));
	}

	static String layerFileName(String layerId) {
		// URLEncoder leaves . - _ * alone; names never start with a dot, so a file name never is "." or ".."
		return URLEncoder.encode(layerId, StandardCharsets.UTF_8).replace("*", "%2A") + LAYER_SUFFIX;
	}

	/** The layer id a layer file name stands for, or null when the name is not one this store writes. */
	static String layerIdOf(Path layerFile) {
		String name = layerFile.getFileName().toString();
		if (!name.endsWith(LAYER_SUFFIX) || name.startsWith(".")) {
			return null; // hidden files (an editor's backup, macOS's ._ files) are nobody's layer
		}
		try {
			String id = URLDecoder.decode(name.substring(0, name.length() - LAYER_SUFFIX.length()), StandardCharsets.UTF_8);
			return layerFileName(id).equals(name) ? id : null;
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	/**
	 * Refuses a path that leaves the corpus folder or passes through a symbolic link below it. The
	 * corpus folder itself may be a link (that is the owner's choice); nothing inside it may.
	 * Parts of the path that do not exist yet are fine: they will be created as plain folders.
	 */
	Path contained(Path path) throws StoreException {
		return walk(path, false);
	}

	/**
	 * {@link #contained} for a file about to be put at the path, which also refuses what is in its
	 * way: a plain file where one of its folders must go, a folder where the file goes. Each part of
	 * the path that exists is looked at once (a commit asks this for every file it puts).
	 */
	Path placeable(Path path) throws StoreException {
		return walk(path, true);
	}

	private Path walk(Path path, boolean placing) throws StoreException {
		Path normalized = path.toAbsolutePath().normalize();
		if (!normalized.startsWith(root) || normalized.equals(root)) {
			throw new StoreException(path + " lies outside the corpus folder " + root + "; nothing was read or written there");
		}
		Path current = root;
		for (Path part : root.relativize(normalized)) {
			current = current.resolve(part);
			BasicFileAttributes attributes;
			try {
				attributes = Files.readAttributes(current, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			} catch (NoSuchFileException e) {
				return normalized;
			} catch (IOException e) {
				throw new StoreException(current + ": cannot be examined: " + e.getMessage(), e);
			}
			if (attributes.isSymbolicLink()) {
				throw new StoreException(current + " is a symbolic link; a corpus never follows links out of its folder "
						+ "(replace the link by the real folder or file)");
			}
			if (attributes.isOther()) {
				throw new StoreException(current + " is not a plain file or folder");
			}
			boolean last = current.equals(normalized);
			if (placing && last && attributes.isDirectory()) {
				throw new StoreException(current + " is a folder where a file must go; nothing was changed");
			}
			if (placing && !last && !attributes.isDirectory()) {
				throw new StoreException(current + " is a file where a folder must go; nothing was changed");
			}
		}
		return normalized;
	}

	/** Whether the path exists as a plain file inside the corpus (links refused, see {@link #contained}). */
	boolean isFile(Path path) throws StoreException {
		return Files.isRegularFile(contained(path), LinkOption.NOFOLLOW_LINKS);
	}

	/** Whether the path exists as a plain folder inside the corpus (links refused, see {@link #contained}). */
	boolean isFolder(Path path) throws StoreException {
		return Files.isDirectory(contained(path), LinkOption.NOFOLLOW_LINKS);
	}
}
