package org.reportbank.io.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to export: the formats, the layer, the split (null ratio: no split, everything in "all"),
 * the folder to create, and the command line to record in the dataset card.
 */
public record DatasetRequest(List<DatasetFormat> formats, LayerSelection layer, Splits.Ratio ratio, long seed,
		Splits.Stratify stratify, Path out, String command) {

	public static final long DEFAULT_SEED = 42;

	public DatasetRequest {
		formats = List.copyOf(formats);
		if (formats.isEmpty()) {
			throw new IllegalArgumentException("no format to export");
		}
		if (formats.stream().map(DatasetFormat::name).distinct().count() != formats.size()) {
			throw new IllegalArgumentException("a format is named twice");
		}
		layer = layer == null ? LayerSelection.gold() : layer;
		stratify = stratify == null ? Splits.Stratify.NONE : stratify;
		Objects.requireNonNull(out, "out");
	}

	/** The gold layer, no split. */
	public static DatasetRequest of(List<DatasetFormat> formats, Path out, String command) {
		return new DatasetRequest(formats, LayerSelection.gold(), null, DEFAULT_SEED, Splits.Stratify.NONE, out, command);
	}

	public boolean split() {
		return ratio != null;
	}
}
