package org.reportbank.sync;

import org.reportbank.core.store.CorpusFile;

/** What a path of the corpus folder is, in the words of a person: which report, which layer. */
final class CorpusPaths {

	/** The lines of a .gitignore: the lock and this machine's own folder never go to the remote. */
	static final String IGNORED = String.join("\n", CorpusFile.MACHINE_LOCAL) + "\n";

	private CorpusPaths() {
	}

	static String describe(String path) {
		return CorpusFile.at(path).map(file -> switch (file.kind()) {
		case LAYER -> "the " + file.layerId() + " layer of report " + file.reportId() + " (" + path + ")";
		case REPORT -> "the document fields of report " + file.reportId() + " (" + path + ")";
		case INDEX -> "the corpus index, label set and settings (" + path + ")";
		}).orElse(path);
	}
}
