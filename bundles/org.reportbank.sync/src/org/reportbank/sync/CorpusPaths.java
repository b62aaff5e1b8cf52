package org.reportbank.sync;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a path of the corpus folder is, in the words of a person: which report, which layer. */
final class CorpusPaths {

	/** reports/ID/layers/LAYER.xmi, the layer id URL-encoded in the file name. */
	static final Pattern LAYER = Pattern.compile("reports/([0-9a-f]{16})/layers/([^/]+)\\.xmi");
	private static final Pattern REPORT = Pattern.compile("reports/([0-9a-f]{16})/report\\.xmi");

	/** The lines of a .gitignore: the lock and this machine's own folder never go to the remote. */
	static final String IGNORED = ".lock\n.reportbank/\n";

	private CorpusPaths() {
	}

	static String describe(String path) {
		Matcher layer = LAYER.matcher(path);
		if (layer.matches()) {
			return "the " + layerId(layer) + " layer of report " + layer.group(1) + " (" + path + ")";
		}
		Matcher report = REPORT.matcher(path);
		if (report.matches()) {
			return "the document fields of report " + report.group(1) + " (" + path + ")";
		}
		if (path.equals("corpus.xmi")) {
			return "the corpus index, label set and settings (corpus.xmi)";
		}
		return path;
	}

	static String layerId(Matcher layer) {
		return URLDecoder.decode(layer.group(2), StandardCharsets.UTF_8);
	}
}
