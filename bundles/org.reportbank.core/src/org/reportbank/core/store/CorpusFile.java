package org.reportbank.core.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a file of a corpus folder is, told by its path inside the folder ('/' between folders):
 * the index, a report's document, or one of its layers. Nothing else is a file of the corpus;
 * the machine-local files ({@link #MACHINE_LOCAL}) are this computer's own and never shared.
 */
public record CorpusFile(Kind kind, String reportId, String layerId) {

	public enum Kind {
		INDEX, REPORT, LAYER
	}

	/** The lock file and the folder of staged writes, journal and models: what a copy or a Git remote must leave out. */
	public static final List<String> MACHINE_LOCAL = List.of(CorpusFolder.LOCK_FILE, CorpusFolder.MACHINE_DIR + "/");

	/** Where the index is in the folder. */
	public static final String INDEX_PATH = CorpusFolder.INDEX_FILE;

	/** The corpus file at the path, or empty for any path the store does not write. */
	public static Optional<CorpusFile> at(String relative) {
		String[] parts = relative.split("/", -1);
		if (parts.length == 1 && parts[0].equals(CorpusFolder.INDEX_FILE)) {
			return Optional.of(new CorpusFile(Kind.INDEX, null, null));
		}
		if (parts.length < 3 || !parts[0].equals(CorpusFolder.REPORTS_DIR) || !ReportIds.isValid(parts[1])) {
			return Optional.empty();
		}
		if (parts.length == 3 && parts[2].equals(CorpusFolder.REPORT_FILE)) {
			return Optional.of(new CorpusFile(Kind.REPORT, parts[1], null));
		}
		String layerId = parts.length == 4 && parts[2].equals(CorpusFolder.LAYERS_DIR) ? CorpusFolder.layerIdOf(Path.of(parts[3])) : null;
		return layerId == null ? Optional.empty() : Optional.of(new CorpusFile(Kind.LAYER, parts[1], layerId));
	}

	/** The file's path inside the corpus folder, '/' between folders. */
	public String path() {
		return switch (kind) {
		case INDEX -> CorpusFolder.INDEX_FILE;
		case REPORT -> CorpusFolder.REPORTS_DIR + "/" + reportId + "/" + CorpusFolder.REPORT_FILE;
		case LAYER -> CorpusFolder.REPORTS_DIR + "/" + reportId + "/" + CorpusFolder.LAYERS_DIR + "/" + CorpusFolder.layerFileName(layerId);
		};
	}
}
