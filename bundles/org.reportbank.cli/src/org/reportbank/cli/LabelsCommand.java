package org.reportbank.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.OperationCanceledException;
import org.reportbank.core.labels.LabelColors;
import org.reportbank.core.labels.LabelSetRules;
import org.reportbank.core.stats.ReportWalk;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.text.Untrusted;
import org.reportbank.core.text.XmlChars;
import org.reportbank.model.Corpus;
import org.reportbank.model.Label;
import org.reportbank.model.LabelCategory;
import org.reportbank.model.LabelSet;
import org.reportbank.model.Layer;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The corpus label set without the workbench: listed, a label added, a label removed. A change is
 * checked whole before the one write session commits it; a refusal names the problem and changes
 * nothing.
 */
final class LabelsCommand implements Command {

	/** The keys a new label is given when none is chosen, the first free one. */
	private static final String DEFAULT_KEYS = "123456789";

	/** A change that does not fit the corpus (a name taken, a label in use): exit code 2, nothing changed. */
	private static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}
	}

	@Override
	public String name() {
		return "labels";
	}

	@Override
	public String summary() {
		return "list the label set, add a label or remove one";
	}

	@Override
	public String usage() {
		return """
				Usage: reportbank labels --corpus DIR [--format text|json]
				       reportbank labels --corpus DIR --add NAME --category entity|metric|claim
				                         [--key K] [--color #RRGGBB] [--guideline TEXT]
				       reportbank labels --corpus DIR --remove NAME [--force]

				Without --add or --remove, lists the labels: name, category, key, color, guideline.
				--add refuses a name already there or not one word (at most %d characters,
				no blanks), a key another label has or the editor's own (n, p, x), a color not
				written #RRGGBB. Without --key the label takes the first free digit 1-9 (none
				when all are taken); without --color the first color of the color-blind-safe
				palette no label has.
				--remove refuses a label spans still use (it names how many, in how many
				reports, every layer read) unless --force; forced, the spans keep their label
				name. A report that cannot be read makes --remove refuse too, since its spans
				cannot be counted.
				A refusal exits with 2 and changes nothing.

				Options:
				  --corpus DIR          the corpus folder
				  --format text|json    how the list is printed (default text)
				  --add NAME            add a label
				  --category C          its category: entity, metric or claim
				  --key K               its shortcut key (one character)
				  --color #RRGGBB       its color
				  --guideline TEXT      what it marks, for annotators
				  --remove NAME         remove a label
				  --force               remove it even if spans use it
				""".formatted(LabelSetRules.MAX_NAME_LENGTH) + ExitCodes.DESCRIPTION;
	}

	@Override
	public int run(List<String> args, Context context) throws Exception {
		Arguments arguments = new Arguments(args,
				Set.of("corpus", "format", "add", "category", "key", "color", "guideline", "remove"), Set.of("force"));
		boolean add = arguments.has("add");
		boolean remove = arguments.has("remove");
		if (!arguments.operands().isEmpty()) {
			throw new Arguments.UsageException("unexpected " + Untrusted.quote(arguments.operands().get(0)));
		}
		if (add && remove) {
			throw new Arguments.UsageException("give --add or --remove, not both");
		}
		for (String option : List.of("category", "key", "color", "guideline")) {
			if (!add && arguments.has(option)) {
				throw new Arguments.UsageException("--" + option + " goes with --add");
			}
		}
		if (!remove && arguments.has("force")) {
			throw new Arguments.UsageException("--force goes with --remove");
		}
		if ((add || remove) && arguments.has("format")) {
			throw new Arguments.UsageException("--format goes with the list (no --add or --remove)");
		}
		String format = arguments.has("format") ? arguments.value("format") : "text";
		if (!format.equals("text") && !format.equals("json")) {
			throw new Arguments.UsageException("--format is text or json, not " + Untrusted.quote(format));
		}
		Label label = add ? newLabel(arguments) : null;
		CorpusStore store = context.open(arguments.requiredPath("corpus"));
		if (!add && !remove) {
			list(context.out(), store.corpus().getLabelSet(), format.equals("json"));
			return ExitCodes.OK;
		}
		try (CorpusStore.WriteSession session = store.beginWrite(add ? "add label" : "remove label")) {
			Corpus corpus = session.corpus();
			if (corpus.getLabelSet() == null) {
				LabelSet set = ReportbankFactory.eINSTANCE.createLabelSet();
				set.setName(corpus.getName());
				corpus.setLabelSet(set);
			}
			LabelSet labels = corpus.getLabelSet();
			if (add) {
				add(labels, label, arguments.has("key"), arguments.has("color"));
			} else {
				remove(store, corpus.getEntries(), labels, arguments.value("remove"), arguments.has("force"), context);
			}
			String problem = LabelSetRules.problem(labels);
			if (problem != null) {
				throw new Refused("the label set would not be valid: " + problem);
			}
			session.commit();
		} catch (Refused e) {
			context.err().println("reportbank labels: " + e.getMessage() + "; nothing was changed");
			return ExitCodes.USAGE;
		}
		if (add) {
			context.out().println("added " + label.getName() + " (" + label.getCategory().getLiteral() + ", key "
					+ (label.getShortcut() == null ? "none" : label.getShortcut()) + ", color " + label.getColor() + ")");
		} else {
			context.out().println("removed " + arguments.value("remove"));
		}
		return ExitCodes.OK;
	}

	/** The label as typed, each value checked on its own (what is taken is checked against the corpus later). */
	private static Label newLabel(Arguments arguments) throws Arguments.UsageException {
		String name = arguments.value("add");
		String problem = LabelSetRules.nameProblem(name);
		if (problem != null) {
			throw new Arguments.UsageException("--add " + Untrusted.quote(name) + ": " + problem);
		}
		String categoryName = arguments.required("category");
		LabelCategory category = LabelCategory.get(categoryName.toLowerCase(Locale.ROOT));
		if (category == null) {
			throw new Arguments.UsageException("--category is entity, metric or claim, not " + Untrusted.quote(categoryName));
		}
		Label label = ReportbankFactory.eINSTANCE.createLabel();
		label.setName(name);
		label.setCategory(category);
		if (arguments.has("key")) {
			String key = arguments.value("key");
			problem = LabelSetRules.keyProblem(key);
			if (problem != null || key.isEmpty()) {
				throw new Arguments.UsageException("--key: " + (problem == null ? "a shortcut is one key" : problem));
			}
			label.setShortcut(key);
		}
		if (arguments.has("color")) {
			problem = LabelSetRules.colorProblem(arguments.value("color"));
			if (problem != null) {
				throw new Arguments.UsageException("--color: " + problem);
			}
			label.setColor(arguments.value("color").toLowerCase(Locale.ROOT));
		}
		if (arguments.has("guideline")) {
			String guideline = arguments.value("guideline");
			if (XmlChars.problem(guideline) != null) {
				throw new Arguments.UsageException("--guideline cannot hold " + XmlChars.problem(guideline));
			}
			label.setGuideline(guideline);
		}
		return label;
	}

	private static void add(LabelSet labels, Label label, boolean keyGiven, boolean colorGiven) throws Refused {
		Set<String> keys = new HashSet<>();
		List<String> colors = new ArrayList<>();
		for (Label other : labels.getLabels()) {
			if (label.getName().equals(other.getName())) {
				throw new Refused("the corpus already has a label " + label.getName());
			}
			if (other.getShortcut() != null && !other.getShortcut().isEmpty()) {
				keys.add(other.getShortcut().toLowerCase(Locale.ROOT));
			}
			colors.add(other.getColor());
		}
		for (Label other : labels.getLabels()) {
			if (keyGiven && label.getShortcut().equalsIgnoreCase(other.getShortcut())) {
				throw new Refused("the key " + Untrusted.quote(label.getShortcut()) + " is taken by " + other.getName());
			}
		}
		if (!keyGiven) {
			for (char digit : DEFAULT_KEYS.toCharArray()) {
				if (!keys.contains(String.valueOf(digit))) {
					label.setShortcut(String.valueOf(digit));
					break;
				}
			}
		}
		if (!colorGiven) {
			label.setColor(LabelColors.firstUnused(colors));
		}
		labels.getLabels().add(label);
	}

	private static void remove(CorpusStore store, List<ReportEntry> entries, LabelSet labels, String name, boolean force, Context context)
			throws Exception {
		Label label = labels.getLabels().stream().filter(l -> name.equals(l.getName())).findFirst().orElse(null);
		if (label == null) {
			List<String> names = labels.getLabels().stream().map(Label::getName).toList();
			throw new Refused("the corpus has no label " + Untrusted.quote(name) + " (it has: "
					+ (names.isEmpty() ? "no labels" : String.join(", ", names)) + ")");
		}
		if (!force) {
			int[] spans = { 0 };
			int[] reports = { 0 };
			ReportWalk.Walked walked = ReportWalk.each(store, entries, "Counting the spans of " + name,
					context.monitor(), (entry, report) -> {
						int before = spans[0];
						for (Layer layer : report.getLayers()) {
							for (Span span : layer.getSpans()) {
								if (name.equals(span.getLabel())) {
									spans[0]++;
								}
							}
						}
						if (spans[0] > before) {
							reports[0]++;
						}
					});
			if (walked.cancelled()) {
				throw new OperationCanceledException();
			}
			if (spans[0] > 0) {
				throw new Refused("label " + name + " is used by " + spans[0] + (spans[0] == 1 ? " span" : " spans") + " in "
						+ reports[0] + (reports[0] == 1 ? " report" : " reports") + " (--force removes it anyway)");
			}
			if (!walked.unreadable().isEmpty()) {
				throw new Refused("whether label " + name + " is used cannot be told: " + ReportWalk.describe(walked.unreadable())
						+ " (--force removes it anyway)");
			}
		}
		labels.getLabels().remove(label);
	}

	private static void list(PrintStream out, LabelSet labels, boolean json) {
		List<Label> all = labels == null ? List.of() : labels.getLabels();
		if (json) {
			JsonArray array = new JsonArray();
			for (Label label : all) {
				JsonObject o = new JsonObject();
				o.addProperty("name", label.getName());
				o.addProperty("category", label.getCategory() == null ? null : label.getCategory().getLiteral());
				o.addProperty("key", label.getShortcut());
				o.addProperty("color", label.getColor());
				o.addProperty("guideline", label.getGuideline());
				array.add(o);
			}
			JsonObject root = new JsonObject();
			root.add("labels", array);
			out.println(new GsonBuilder().serializeNulls().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
			return;
		}
		if (all.isEmpty()) {
			out.println("no labels");
			return;
		}
		out.printf(Locale.ROOT, "%-14s %-8s %-4s %-8s %s%n", "label", "category", "key", "color", "guideline");
		for (Label label : all) {
			out.printf(Locale.ROOT, "%-14s %-8s %-4s %-8s %s%n", label.getName(),
					label.getCategory() == null ? "-" : label.getCategory().getLiteral(),
					label.getShortcut() == null || label.getShortcut().isEmpty() ? "-" : label.getShortcut(), label.getColor(),
					label.getGuideline() == null ? "" : label.getGuideline());
		}
	}
}
