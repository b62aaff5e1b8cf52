package org.reportbank.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.reportbank.core.store.CorpusFile;
import org.reportbank.core.store.StoreException;
import org.reportbank.core.store.StoredModels;
import org.reportbank.model.Layer;

/**
 * What a sync's commit says, for the team reading the history: a headline with who, how many
 * files of how many reports, which layers and how many spans they hold; then a line per report
 * with its layers and their spans (a deleted layer says so).
 */
final class CommitMessage {

	/** Above this many changed layers (a first share) the spans are not counted: it would read every file once more. */
	private static final int MOST_LAYERS_COUNTED = 200;

	private CommitMessage() {
	}

	static String of(String person, Set<String> changed, Path corpus) {
		Map<String, Map<String, String>> byReport = new TreeMap<>();
		Set<String> reports = new TreeSet<>();
		Set<String> layers = new TreeSet<>();
		long layerFiles = changed.stream().filter(path -> CorpusFile.at(path).filter(f -> f.kind() == CorpusFile.Kind.LAYER).isPresent())
				.count();
		int spans = 0;
		boolean counted = layerFiles <= MOST_LAYERS_COUNTED;
		for (String path : changed) {
			CorpusFile file = CorpusFile.at(path).orElse(null);
			if (file == null || file.reportId() == null) {
				continue;
			}
			reports.add(file.reportId());
			if (file.kind() != CorpusFile.Kind.LAYER) {
				continue;
			}
			layers.add(file.layerId());
			if (counted) {
				int count = spans(corpus.resolve(path), path);
				spans += Math.max(count, 0);
				byReport.computeIfAbsent(file.reportId(), k -> new TreeMap<>()).put(file.layerId(),
						count < 0 ? "deleted" : count + (count == 1 ? " span" : " spans"));
			}
		}
		StringBuilder text = new StringBuilder();
		text.append(person).append(": ").append(changed.size()).append(changed.size() == 1 ? " file" : " files").append(" of ")
				.append(reports.size()).append(reports.size() == 1 ? " report" : " reports");
		if (!layers.isEmpty()) {
			text.append(", layers ").append(String.join(", ", layers));
			if (counted) {
				text.append(" (").append(spans).append(spans == 1 ? " span)" : " spans)");
			}
		}
		if (!byReport.isEmpty()) {
			text.append("\n");
			byReport.forEach((report, itsLayers) -> {
				text.append("\n").append(report).append(':');
				itsLayers.forEach((layer, what) -> text.append(' ').append(layer).append(' ').append(what).append(';'));
				text.setLength(text.length() - 1);
			});
		}
		return text.toString();
	}

	/** The first line, what a summary shows. */
	static String headline(String message) {
		int end = message.indexOf('\n');
		return end < 0 ? message : message.substring(0, end);
	}

	/** The spans the layer file holds, -1 when it is gone (deleted), 0 when it does not read. */
	private static int spans(Path file, String path) {
		if (!Files.isRegularFile(file)) {
			return -1;
		}
		try {
			return StoredModels.read(Files.readAllBytes(file), path, Layer.class).getSpans().size();
		} catch (IOException | StoreException e) {
			return 0; // the store refuses it when it is opened; the message only counts
		}
	}
}
