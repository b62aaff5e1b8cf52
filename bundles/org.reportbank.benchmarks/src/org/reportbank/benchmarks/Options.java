package org.reportbank.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The command line of the benchmark: {@code --name value} or {@code --name=value}, and {@code --help}. */
record Options(Path seeds, double megabytes, int warmup, int iterations, int threads, Path out, boolean help) {

	/** A command line that cannot be run as typed; exit code 2 and the usage. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	static final String USAGE = """
			Usage: reportbank benchmark [OPTIONS]

			Measures HanLP pre-annotation throughput (characters per second) on the seed
			reports repeated to a corpus of at least --mb megabytes of UTF-8 text, against
			bare HanLP segmentation (HanLP.newSegment().seg(text)) in the same run:
			  (a) bare HanLP segmentation, one thread (the baseline)
			  (b) the whole pre-annotator (PreAnnotator.annotate), one thread
			  (c) the pre-annotator on --threads threads, one PreAnnotator per thread
			Each iteration runs the three in turn (rotating their order); the figures are
			the mean and spread over the measured iterations, and the ratios (b)/(a) and
			(c)/(b). Progress goes to stderr, the markdown table to stdout; Ctrl-C stops
			and prints the iterations done so far.

			Options:
			  --seeds DIR        the seed reports (txt, html, pdf; default: ./seeds)
			  --mb N             corpus size in MB (1 MB = 1048576 bytes of UTF-8; default 5)
			  --warmup N         warm-up iterations, not counted (default 2)
			  --iterations N     measured iterations (default 5)
			  --threads N        threads of variant (c) (default 2)
			  --out FILE         also write the markdown result to FILE
			  --help             this text

			Exit codes: 0 done; 1 failed; 2 wrong command line; 130 cancelled.""";

	static Options parse(List<String> args) throws UsageException {
		Path seeds = Path.of("seeds");
		double megabytes = 5;
		int warmup = 2;
		int iterations = 5;
		int threads = 2;
		Path out = null;
		boolean help = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--help") || arg.equals("-h")) {
				help = true;
				continue;
			}
			if (!arg.startsWith("--")) {
				throw new UsageException("unexpected argument '" + arg + "'");
			}
			String name = arg.substring(2);
			String value = null;
			int eq = name.indexOf('=');
			if (eq >= 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			if (!List.of("seeds", "mb", "warmup", "iterations", "threads", "out").contains(name)) {
				throw new UsageException("unknown option --" + name);
			}
			if (value == null) {
				if (i + 1 >= args.size()) {
					throw new UsageException("--" + name + " needs a value");
				}
				value = args.get(++i);
			}
			switch (name) {
			case "seeds" -> seeds = Path.of(value);
			case "mb" -> megabytes = positiveNumber(name, value);
			case "warmup" -> warmup = integer(name, value, 0);
			case "iterations" -> iterations = integer(name, value, 1);
			case "threads" -> threads = integer(name, value, 1);
			case "out" -> out = Path.of(value);
			default -> throw new IllegalStateException(name);
			}
		}
		return new Options(seeds, megabytes, warmup, iterations, threads, out, help);
	}

	/** The options as they would be typed, for the record in the result. */
	String commandLine() {
		return String.format(Locale.ROOT, "--mb %s --warmup %d --iterations %d --threads %d",
				megabytes == Math.rint(megabytes) ? Long.toString((long) megabytes) : Double.toString(megabytes),
				warmup, iterations, threads);
	}

	private static double positiveNumber(String name, String value) throws UsageException {
		try {
			double number = Double.parseDouble(value);
			if (number > 0 && number <= 1024) {
				return number;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException("--" + name + " needs a number of megabytes above 0 (at most 1024), not '" + value + "'");
	}

	/** A whole number of at least {@code min} for the option {@code --name}. */
	static int integer(String name, String value, int min) throws UsageException {
		try {
			int number = Integer.parseInt(value);
			if (number >= min) {
				return number;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException("--" + name + " needs a whole number of at least " + min + ", not '" + value + "'");
	}

	/**
	 * The options of a benchmark's command line, each {@code --name value} and only those named,
	 * by name without the dashes; null when help was asked for.
	 */
	static java.util.Map<String, String> values(java.util.List<String> args, java.util.Set<String> known) throws UsageException {
		java.util.Map<String, String> values = new java.util.HashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--help") || arg.equals("-h")) {
				return null;
			}
			if (!arg.startsWith("--") || !known.contains(arg.substring(2))) {
				throw new UsageException(arg.startsWith("--") ? "unknown option " + arg : "unexpected argument '" + arg + "'");
			}
			if (i + 1 >= args.size()) {
				throw new UsageException(arg + " needs a value");
			}
			values.put(arg.substring(2), args.get(++i));
		}
		return values;
	}
}
