package org.reportbank.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.reportbank.core.store.StoreException;

/**
 * The {@code reportbank} command line: dispatches to a subcommand and turns every outcome into
 * a message and an exit code. Kept free of OSGi so tests can run it directly.
 */
public final class Cli {

	private final Map<String, Command> commands = new LinkedHashMap<>();

	public Cli() {
		for (Command command : List.of(new ImportCommand(), new AnnotateCommand(), new CheckCommand(), new ExportCommand(),
				new StatsCommand(), new AgreementCommand())) {
			commands.put(command.name(), command);
		}
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
		try {
			return command.run(rest, new Command.Context(out, err, monitor));
		} catch (Arguments.UsageException e) {
			err.println("reportbank " + command.name() + ": " + e.getMessage() + "\n\n" + command.usage());
			return ExitCodes.USAGE;
		} catch (OperationCanceledException e) {
			err.println("reportbank " + command.name() + ": cancelled; nothing was changed");
			return ExitCodes.CANCELLED;
		} catch (StoreException e) {
			err.println("reportbank " + command.name() + ": " + e.getMessage());
			return ExitCodes.FAILED;
		} catch (Exception e) {
			err.println("reportbank " + command.name() + ": failed: " + e);
			e.printStackTrace(err);
			return ExitCodes.FAILED;
		}
	}

	String overview() {
		StringBuilder text = new StringBuilder("""
				Usage: reportbank [COMMAND [OPTIONS]]

				Without a command, ./reportbank starts the workbench on the sample corpus.

				Commands:
				""");
		commands.values().forEach(c -> text.append(String.format("  %-9s %s%n", c.name(), c.summary())));
		text.append("\nreportbank COMMAND --help tells more.\n").append(ExitCodes.DESCRIPTION);
		return text.toString();
	}
}
