package org.reportbank.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.reportbank.core.progress.CancelOnInterrupt;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.core.text.Untrusted;

/**
 * The {@code reportbank} command line: dispatches to a subcommand and turns every outcome into
 * a message and an exit code. Kept free of OSGi so tests can run it directly.
 */
public final class Cli {

	/** How long Ctrl-C waits for a command to leave its files consistent (a commit under way is finished). */
	private static final long CANCEL_GRACE_SECONDS = 30;

	private final Map<String, Command> commands = new LinkedHashMap<>();

	public Cli() {
		for (Command command : List.of(new ImportCommand(), new AnnotateCommand(), new CheckCommand(), new ExportCommand(),
				new StatsCommand(), new AgreementCommand(), new LabelsCommand(), new TrainCommand(), new RecommendCommand(),
				new EvaluateCommand())) {
			commands.put(command.name(), command);
		}
		SyncCommands.all().forEach(command -> commands.put(command.name(), command));
	}

	public int run(String[] args, PrintStream out, PrintStream err, IProgressMonitor monitor) {
		if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
			if (args.length > 1 && commands.containsKey(args[1])) {
				out.println(commands.get(args[1]).usage());
			} else {
				out.println(overview());
			}
			return args.length == 0 ? ExitCodes.USAGE : ExitCodes.OK;
		}
		Command command = commands.get(args[0]);
		if (command == null) {
			err.println("reportbank: unknown command '" + args[0] + "'\n\n" + overview());
			return ExitCodes.USAGE;
		}
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		if (rest.contains("--help") || rest.contains("-h")) {
			out.println(command.usage());
			return ExitCodes.OK;
		}
		Command.Context context = new Command.Context(out, err, monitor);
		try {
			return command.run(rest, context);
		} catch (Arguments.UsageException e) {
			err.println("reportbank " + command.name() + ": " + e.getMessage() + "\n\n" + command.usage());
			return ExitCodes.USAGE;
		} catch (OperationCanceledException e) {
			err.println("reportbank " + command.name() + ": cancelled; nothing was changed");
			return ExitCodes.CANCELLED;
		} catch (StoreException e) {
			err.println("reportbank " + command.name() + ": " + e.getMessage());
			return ExitCodes.FAILED;
		} catch (Throwable e) { // the outermost boundary: whatever it is, the user gets a sentence and a documented code
			// writes are committed all at once, so a failure before the commit changed nothing
			err.println("reportbank " + command.name() + ": failed: " + describe(e) + "; nothing was changed");
			if (System.getenv("REPORTBANK_TRACE") != null) {
				e.printStackTrace(err);
			}
			return ExitCodes.FAILED;
		} finally {
			for (CorpusStore store : context.opened()) {
				store.takeRepairs().forEach(r -> err.println("reportbank: " + store.directory() + ": " + r));
			}
		}
	}

	/** An unexpected failure in one line: what it is, not where in the code (REPORTBANK_TRACE=1 prints that). */
	private static String describe(Throwable e) {
		if (e instanceof OutOfMemoryError) {
			return "out of memory (give the command more with REPORTBANK_VM_ARGS=-Xmx4g)";
		}
		if (e instanceof StackOverflowError) {
			return "the input is nested too deeply to be processed";
		}
		String message = e.getMessage();
		return e.getClass().getSimpleName() + (message == null ? "" : ": " + Untrusted.quote(message));
	}

	/**
	 * Runs a command in a terminal or script: progress on stderr, Ctrl-C cancels (the command is
	 * given time to leave the corpus consistent), and the exit code is returned.
	 */
	public static int runInConsole(String[] args) {
		ConsoleProgress progress = new ConsoleProgress(System.err, System.console() != null);
		try (CancelOnInterrupt interrupt = CancelOnInterrupt.install(() -> progress.setCanceled(true), "reportbank-cancel",
				CANCEL_GRACE_SECONDS)) {
			return new Cli().run(args, System.out, System.err, progress);
		}
	}

	/** The command line without OSGi: {@code java -cp BUNDLES org.reportbank.cli.Cli COMMAND ...}. */
	public static void main(String[] args) {
		System.exit(runInConsole(args));
	}

	String overview() {
		StringBuilder text = new StringBuilder("""
				Usage: reportbank [COMMAND [OPTIONS]]

				Without a command, ./reportbank starts the workbench on the sample corpus.

				Commands:
				""");
		commands.values().forEach(c -> text.append(String.format("  %-10s %s%n", c.name(), c.summary())));
		text.append("\nreportbank COMMAND --help tells more.\n").append(ExitCodes.DESCRIPTION);
		return text.toString();
	}
}
