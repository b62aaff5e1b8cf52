package org.reportbank.cli;

import java.util.List;

import org.reportbank.core.stats.ReportWalk;

/**
 * How a command that reads every report ends when some could not be read: it has done the
 * others, so it names each one left out (file and problem, on stderr, after the results) and exits
 * with {@link ExitCodes#PARTIAL} instead of 0; a cancelled command exits with
 * {@link ExitCodes#CANCELLED}.
 */
final class UnreadableReports {

	private UnreadableReports() {
	}

	static int exitCode(String command, Command.Context context, List<ReportWalk.Unreadable> unreadable, boolean cancelled) {
		if (unreadable.size() == 1) {
			context.err().println("reportbank " + command + ": 1 report could not be read and is left out: " + unreadable.get(0).problem());
		} else if (!unreadable.isEmpty()) {
			context.err().println("reportbank " + command + ": " + unreadable.size() + " reports could not be read and are left out:");
			unreadable.forEach(u -> context.err().println("  " + u.problem()));
		}
		if (cancelled) {
			return ExitCodes.CANCELLED;
		}
		return unreadable.isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
	}
}
