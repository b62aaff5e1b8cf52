package org.reportbank.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.reportbank.sync.CorpusRepository;
import org.reportbank.sync.MergeConflict;
import org.reportbank.sync.SyncConflictException;
import org.reportbank.sync.SyncResult;

/**
 * The team commands over Git: {@code share} puts a corpus under a remote, {@code clone} gets a
 * team's corpus, {@code sync} commits this clone's work, merges the others' and pushes.
 */
final class SyncCommands {

	/** Who commits: --as, else the environment's REPORTBANK_ANNOTATOR, else the login name. */
	static final String PERSON_VARIABLE = "REPORTBANK_ANNOTATOR";

	private static final String CREDENTIALS = """
			Remotes: a folder or file:// URL; git://; ssh:// with your SSH agent or the keys,
			known_hosts and config of ~/.ssh (the host must be known: connect once with ssh);
			https:// with a token in the environment variable %s (never written
			in the corpus; the workbench keeps one in secure storage: Team > Git Token). The
			lock file and the .reportbank/ folder of this machine are ignored; the folder
			stays an ordinary Git working tree that plain git can use too.
			""".formatted(CorpusRepository.TOKEN_VARIABLE);

	private SyncCommands() {
	}

	static List<Command> all() {
		return List.of(new Share(), new Clone(), new Sync());
	}

	private static String person(Arguments arguments) {
		if (arguments.has("as")) {
			return arguments.value("as");
		}
		String fromEnvironment = System.getenv(PERSON_VARIABLE);
		return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : System.getProperty("user.name", "annotator");
	}

	private static int report(SyncResult result, Command.Context context, String command) {
		context.out().println(result.summary());
		if (!result.pushed()) {
			context.err().println("reportbank " + command + ": " + result.offline());
			return ExitCodes.FAILED;
		}
		return ExitCodes.OK;
	}

	private static final class Share implements Command {
		@Override
		public String name() {
			return "share";
		}

		@Override
		public String summary() {
			return "put a corpus under a Git remote for the team";
		}

		@Override
		public String usage() {
			return """
					Usage: reportbank share --corpus DIR --remote URL [--as NAME]

					Makes the corpus folder a Git repository (if it is not one), commits it and
					pushes it to the remote, which must be empty or hold this corpus's history.
					The others then get it with reportbank clone.

					Options:
					  --corpus DIR     the corpus folder
					  --remote URL     where the team's corpus lives (a bare repository)
					  --as NAME        who commits (default: $%s, else the login name)

					""".formatted(PERSON_VARIABLE) + CREDENTIALS + ExitCodes.DESCRIPTION;
		}

		@Override
		public int run(List<String> args, Context context) throws Exception {
			Arguments arguments = new Arguments(args, Set.of("corpus", "remote", "as"), Set.of());
			Path corpus = arguments.requiredPath("corpus");
			String remote = arguments.required("remote");
			try {
				CorpusRepository.share(corpus, remote, person(arguments), context.monitor());
			} catch (SyncConflictException e) {
				context.err().println("reportbank share: " + e.getMessage());
				return ExitCodes.FAILED;
			}
			context.out().println("shared " + corpus + " through " + remote + "; the others: reportbank clone " + remote + " --corpus DIR");
			return ExitCodes.OK;
		}
	}

	private static final class Clone implements Command {
		@Override
		public String name() {
			return "clone";
		}

		@Override
		public String summary() {
			return "get a team's corpus from its Git remote";
		}

		@Override
		public String usage() {
			return """
					Usage: reportbank clone URL --corpus DIR

					Gets the team's corpus into DIR (a new or empty folder), ready to open in
					the workbench or to use with every other command; sync it afterwards.

					""" + CREDENTIALS + ExitCodes.DESCRIPTION;
		}

		@Override
		public int run(List<String> args, Context context) throws Exception {
			Arguments arguments = new Arguments(args, Set.of("corpus"), Set.of());
			if (arguments.operands().size() != 1) {
				throw new Arguments.UsageException("give the remote's URL once");
			}
			Path corpus = arguments.requiredPath("corpus");
			CorpusRepository.cloneInto(arguments.operands().get(0), corpus, context.monitor());
			context.out().println("cloned into " + corpus);
			return ExitCodes.OK;
		}
	}

	private static final class Sync implements Command {
		@Override
		public String name() {
			return "sync";
		}

		@Override
		public String summary() {
			return "commit your work, merge the team's, push (Git)";
		}

		@Override
		public String usage() {
			return """
					Usage: reportbank sync --corpus DIR [--as NAME] [--take mine|theirs]

					Commits what changed in this clone (the message names the reports and
					layers), fetches, merges the others' work and pushes, again when someone
					pushed in between. Prints what arrived, layer by layer, and from whom.
					Files two people both changed (a gold layer two curators edited, the label
					set and settings, a report's document fields, your own layer saved on two
					machines) are merged by the model, span by span and field by field, never
					as lines of text. When the same span or field was changed two ways, sync
					stops, lists each with both versions and overwrites nothing; sync again
					with --take to keep yours or take the remote's for all of them (or choose
					one by one in the workbench: Team > Synchronize). Offline, the commit is
					kept for the next sync (exit code 1).

					Options:
					  --corpus DIR     the corpus folder (shared or cloned)
					  --as NAME        who commits (default: $%s, else the login name)
					  --take WHICH     for what both sides changed two ways: mine or theirs

					""".formatted(PERSON_VARIABLE) + CREDENTIALS + ExitCodes.DESCRIPTION;
		}

		@Override
		public int run(List<String> args, Context context) throws Exception {
			Arguments arguments = new Arguments(args, Set.of("corpus", "as", "take"), Set.of());
			Path corpus = arguments.requiredPath("corpus");
			MergeConflict.Take take = null;
			if (arguments.has("take")) {
				take = switch (arguments.value("take")) {
				case "mine" -> MergeConflict.Take.MINE;
				case "theirs" -> MergeConflict.Take.THEIRS;
				default -> throw new Arguments.UsageException("--take is mine or theirs, not " + arguments.value("take"));
				};
			}
			MergeConflict.Take forAll = take;
			try {
				return report(CorpusRepository.open(corpus).sync(person(arguments), conflict -> forAll, context.monitor()), context,
						"sync");
			} catch (SyncConflictException e) {
				context.err().println("reportbank sync: stopped, nothing was overwritten; you and the remote both changed:");
				for (MergeConflict conflict : e.conflicts()) {
					context.err().println("  " + conflict.describe());
				}
				context.err()
						.println("Your work is committed here. Keep yours or take the remote's for all of them: reportbank sync --corpus "
								+ corpus + " --take mine (or --take theirs); or choose one by one in the workbench (Team > Synchronize).");
				return ExitCodes.FAILED;
			}
		}
	}
}
