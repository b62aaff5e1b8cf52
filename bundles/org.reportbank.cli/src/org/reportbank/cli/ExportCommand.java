package org.reportbank.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.core.text.Untrusted;
import org.reportbank.io.dataset.DatasetException;
import org.reportbank.io.dataset.DatasetExport;
import org.reportbank.io.dataset.DatasetFormat;
import org.reportbank.io.dataset.DatasetRequest;
import org.reportbank.io.dataset.LayerSelection;
import org.reportbank.io.dataset.Splits;
import org.reportbank.io.formats.Formats;
import org.reportbank.io.jsonl.JsonlExport;
import org.reportbank.nlp.hanlp.HanlpWords;

final class ExportCommand implements Command {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String summary() {
		return "export the corpus: lossless JSONL, or a dataset folder (conll, chars, brat, doccano, ...)";
	}

	@Override
	public String usage() {
		return """
				Usage: reportbank export --corpus DIR --format jsonl --out FILE [--force]
				       reportbank export --corpus DIR --format F[,F...] --out FOLDER
				                         [--layer gold|accepted|ANNOTATOR] [--split 8:1:1 [--seed N] [--stratify region|year]]

				--format jsonl alone (no --layer, --split) writes one lossless JSONL file: one
				report per line with its text, metadata, sections and every annotation layer;
				offsets are UTF-16 code units (docs/formats.md). An existing FILE is refused
				unless --force is given; the file appears (or replaces the old one) only when
				complete.

				Anything else writes a dataset folder: one sub-folder per format, one file per
				split in each, and README.md, the dataset card (sources, counts per split and
				label, the label guidelines, offsets, what each format leaves out, agreement,
				this command). FOLDER must be new or empty; it appears only when complete.
				Reports not annotated in the chosen layer are left out (the card counts them).
				brat writes a file per report, named by its id; an id that is no safe file
				name, or would collide with another (case ignored), gets another name, listed
				in the output and the card.

				Nothing is ever written inside a corpus folder (one holding corpus.xmi), not
				even with --force. What a killed export left beside FILE or FOLDER (.FILE.*.tmp,
				FOLDER.partial-*) is removed by the next export to it. A report whose files
				cannot be read is left out; each one is named on stderr and the exit code is 3.

				Options:
				  --corpus DIR          the corpus folder
				  --format F[,F...]     %s
				  --out FILE|FOLDER     where to write (outside any corpus folder)
				  --force               jsonl: replace FILE if it exists
				  --layer L             the positives: gold (the curated layer, default), accepted
				                        (what people accepted, suggestions included), or an
				                        annotator id (that annotator's layer); rejected spans never
				  --split T:D:E         train:dev:test ratio by whole reports, e.g. 8:1:1
				  --seed N              the shuffle seed of --split (default 42)
				  --stratify region|year  cut each region (or year) by the ratio on its own
				""".formatted(Formats.all().stream().map(DatasetFormat::name).collect(Collectors.joining(", ")))
				+ ExitCodes.DESCRIPTION;
	}

	@Override
	public int run(List<String> args, Context context) throws Exception {
		Arguments arguments = new Arguments(args, Set.of("corpus", "format", "out", "layer", "split", "seed", "stratify"),
				Set.of("force"));
		String formatList = arguments.required("format");
		Path out = arguments.requiredPath("out");
		boolean datasetOptions = arguments.has("layer") || arguments.has("split") || arguments.has("seed") || arguments.has("stratify");
		if (formatList.equals("jsonl") && !datasetOptions) {
			return exportJsonl(context.openToWalk(arguments.requiredPath("corpus")), out, arguments.has("force"), context);
		}
		if (arguments.has("force")) {
			throw new Arguments.UsageException("--force goes with --format jsonl alone; a dataset folder must be new or empty");
		}
		List<DatasetFormat> formats = new ArrayList<>();
		for (String name : formatList.split(",")) {
			String trimmed = name.trim();
			Optional<DatasetFormat> format = Formats.named(trimmed);
			if (format.isEmpty()) {
				throw new Arguments.UsageException("unknown format " + trimmed + " (known: "
						+ Formats.all().stream().map(DatasetFormat::name).collect(Collectors.joining(", ")) + ")");
			}
			if (formats.contains(format.get())) {
				throw new Arguments.UsageException("format " + trimmed + " is named twice");
			}
			formats.add(format.get());
		}
		if (!arguments.has("split") && (arguments.has("seed") || arguments.has("stratify"))) {
			throw new Arguments.UsageException("--seed and --stratify go with --split");
		}
		Splits.Ratio ratio = null;
		long seed = DatasetRequest.DEFAULT_SEED;
		Splits.Stratify stratify = Splits.Stratify.NONE;
		try {
			if (arguments.has("split")) {
				ratio = Splits.Ratio.parse(arguments.value("split"));
			}
			if (arguments.has("stratify")) {
				stratify = Splits.Stratify.parse(arguments.value("stratify"));
			}
		} catch (IllegalArgumentException e) {
			throw new Arguments.UsageException(e.getMessage());
		}
		if (arguments.has("seed")) {
			try {
				seed = Long.parseLong(arguments.value("seed"));
			} catch (NumberFormatException e) {
				throw new Arguments.UsageException("--seed needs a whole number, not '" + arguments.value("seed") + "'");
			}
		}
		String layerName = arguments.has("layer") ? arguments.value("layer") : LayerSelection.GOLD;
		if (layerName.isBlank()) {
			throw new Arguments.UsageException("--layer needs gold, accepted or an annotator id");
		}
		LayerSelection layer = LayerSelection.parse(layerName);
		CorpusStore store = context.openToWalk(arguments.requiredPath("corpus")); // the index is read twice (splits, reports), never held
		if (layer.kind() == LayerSelection.Kind.ANNOTATOR
				&& store.corpus().getAnnotators().stream().noneMatch(a -> layer.annotatorId().equals(a.getId()))) {
			context.err().println("reportbank export: note: " + layer.annotatorId()
					+ " is not among the corpus annotators; reports without a layer " + layer.annotatorId() + " are left out");
		}
		DatasetRequest request = new DatasetRequest(formats, layer, ratio, seed, stratify, out, commandLine(args));
		DatasetExport.Result result;
		try {
			result = new DatasetExport().export(store, request, new HanlpWords(), context.monitor());
		} catch (DatasetException e) {
			context.err().println("reportbank export: " + e.getMessage());
			return ExitCodes.FAILED;
		}
		noteStaleRemoved(context, result.staleRemoved());
		StringBuilder splits = new StringBuilder();
		result.reportsBySplit().forEach((split, n) -> splits.append(splits.length() == 0 ? "" : ", ").append(split).append(' ').append(n));
		context.out().println(result.reports() + " reports, " + result.spans() + " spans (" + layer.name() + ") written to "
				+ result.out() + (splits.length() == 0 ? "" : " (" + splits + ")") + "; the dataset card is "
				+ result.out().resolve("README.md"));
		if (!result.renamedFiles().isEmpty()) {
			context.out().println(result.renamedFiles().size() + " reports have files not named by their id (listed in the card):");
			result.renamedFiles().forEach((id, name) -> context.out().println("  " + Untrusted.quote(id) + " → " + name));
		}
		if (result.leftOut() > 0) {
			context.err().println("reportbank export: " + result.leftOut() + " of " + (result.leftOut() + result.reports())
					+ " reports left out: not annotated in layer " + layer.name());
		}
		return UnreadableReports.exitCode(name(), context, result.unreadable(), false);
	}

	/** The lossless JSONL file; a place that is refused, or a failed write, is a StoreException naming the file. */
	private int exportJsonl(CorpusStore store, Path out, boolean force, Context context) throws StoreException {
		JsonlExport.Result result = new JsonlExport().export(store, out, force, context.monitor());
		noteStaleRemoved(context, result.staleRemoved());
		context.out().println(result.reports() + " reports written to " + result.out());
		return UnreadableReports.exitCode(name(), context, result.unreadable(), false);
	}

	private static void noteStaleRemoved(Context context, List<Path> removed) {
		for (Path path : removed) {
			context.err().println("reportbank export: removed " + path + ", left by an export that was stopped");
		}
	}

	/** The command as typed, quoted where a shell would need it, for the dataset card. */
	static String commandLine(List<String> args) {
		StringBuilder line = new StringBuilder("reportbank export");
		for (String arg : args) {
			line.append(' ');
			if (arg.matches("[A-Za-z0-9_./:,=@%+\\-]+")) {
				line.append(arg);
			} else {
				line.append('\'').append(arg.replace("'", "'\\''")).append('\'');
			}
		}
		return line.toString();
	}
}
