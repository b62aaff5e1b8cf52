package org.reportbank.ui.recommenders;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.recommenders.EvaluationResult;
import org.reportbank.recommenders.Recommender;
import org.reportbank.recommenders.RecommenderException;
import org.reportbank.recommenders.RecommenderSettings;
import org.reportbank.recommenders.Recommenders;
import org.reportbank.recommenders.TeamModels;
import org.reportbank.ui.AnnotatorIdentity;
import org.reportbank.ui.CorpusEvents;
import org.reportbank.ui.CorpusWrites;
import org.reportbank.ui.annotation.AnnotationEditor;
import org.reportbank.ui.annotation.UncertainFirstHandler;
import org.reportbank.ui.presenters.RecommenderTexts;
import org.reportbank.ui.widgets.LineChart;

/**
 * The Recommenders view: what the models learn from (layer source and labels), a row per
 * recommender (on/off, F1 threshold, last precision, recall, F1 and when), the learning curve of
 * the selected one, the retraining interval and the suggestion order; Train, Evaluate and Suggest
 * run as jobs holding the corpus write rule, with progress and Cancel, and say in the view what
 * came of them. What it shows is worked out by {@link RecommenderTexts}.
 */
public class RecommendersPart {

	public static final String ID = "org.reportbank.ui.part.recommenders";

	private static final int THRESHOLD_COLUMN = 1;
	private static final int MIN_WIDTH = 760;
	private static final int MIN_HEIGHT = 520;

	@Inject
	@Optional
	private CorpusStore store;

	@Inject
	@Optional
	@Named(AnnotatorIdentity.CONTEXT_KEY)
	private String annotator;

	@Inject
	private IEventBroker events;

	@Inject
	private ECommandService commands;

	@Inject
	private EHandlerService handlers;

	@Inject
	@Optional
	private AnnotationEditor editor;

	private RecommenderSettings settings = RecommenderSettings.defaults();
	private List<RecommenderTexts.Source> sources = List.of();
	private final List<RecommenderTexts.Row> rows = new ArrayList<>();
	private final List<EvaluationResult> evaluations = new ArrayList<>();
	private Combo source;
	private Table labels;
	private Table recommenders;
	private final List<Spinner> thresholds = new ArrayList<>();
	private final List<TableEditor> thresholdPlaces = new ArrayList<>();
	private Spinner retrainEvery;
	private Button uncertainFirst;
	private Button train;
	private Button evaluate;
	private Button suggest;
	private Button cancel;
	private Label message;
	private LineChart curve;
	private Job running;
	private boolean filling;

	@PostConstruct
	public void create(Composite outer) {
		outer.setLayout(new FillLayout());
		// in a short stack beside the editor the view scrolls rather than squeezing its chart to nothing
		ScrolledComposite scroller = new ScrolledComposite(outer, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		Composite parent = new Composite(scroller, SWT.NONE);
		scroller.setContent(parent);
		scroller.setMinSize(MIN_WIDTH, MIN_HEIGHT);
		parent.setLayout(new GridLayout(1, false));
		if (store == null) {
			new Label(parent, SWT.WRAP).setText("No corpus is open.");
			return;
		}
		Composite learn = new Composite(parent, SWT.NONE);
		learn.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		learn.setLayout(new GridLayout(4, false));
		new Label(learn, SWT.NONE).setText("Learn from:");
		source = new Combo(learn, SWT.READ_ONLY);
		source.addListener(SWT.Selection, e -> sourceOrLabelsChanged());
		Label labelsTitle = new Label(learn, SWT.NONE);
		labelsTitle.setText("Labels (none checked: all):");
		labelsTitle.setLayoutData(new GridData(SWT.RIGHT, SWT.TOP, false, false));
		labels = new Table(learn, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
		GridData labelsData = new GridData(SWT.FILL, SWT.FILL, true, false, 1, 3);
		labelsData.heightHint = 70;
		labels.setLayoutData(labelsData);
		labels.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK) {
				sourceOrLabelsChanged();
			}
		});
		new Label(learn, SWT.NONE).setText("Retrain after:");
		Composite retrain = new Composite(learn, SWT.NONE);
		GridLayout retrainLayout = new GridLayout(2, false);
		retrainLayout.marginWidth = 0;
		retrain.setLayout(retrainLayout);
		retrainEvery = new Spinner(retrain, SWT.BORDER);
		retrainEvery.setValues(0, 0, 1000, 0, 1, 10);
		new Label(retrain, SWT.NONE).setText("decisions in the editor (0: never)");
		retrainEvery.addListener(SWT.Modify, e -> {
			if (!filling && retrainEvery.getSelection() != settings.retrainEvery()) {
				changeSettings(settings.withRetrainEvery(retrainEvery.getSelection()));
			}
		});
		new Label(learn, SWT.NONE);
		uncertainFirst = new Button(learn, SWT.CHECK);
		uncertainFirst.setText("Uncertain first: n / p go to the least certain suggestions first");
		uncertainFirst.addListener(SWT.Selection, e -> toggleOrder());

		recommenders = new Table(parent, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		recommenders.setHeaderVisible(true);
		recommenders.setLinesVisible(true);
		recommenders.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		String[] titles = { "Recommender", "F1 threshold", "Precision", "Recall", "F1", "Evaluated" };
		int[] widths = { 180, 100, 80, 80, 80, 150 };
		for (int i = 0; i < titles.length; i++) {
			TableColumn column = new TableColumn(recommenders, i == 0 ? SWT.LEFT : SWT.RIGHT);
			column.setText(titles[i]);
			column.setWidth(widths[i]);
		}
		recommenders.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK && !filling) {
				TableItem item = (TableItem) e.item;
				String name = (String) item.getData();
				changeSettings(settings.with(name, new RecommenderSettings.Switch(item.getChecked(), settings.of(name).threshold())));
			}
			showCurve();
		});

		Composite buttons = new Composite(parent, SWT.NONE);
		buttons.setLayout(new GridLayout(5, false));
		train = button(buttons, "&Train", "Learn from the chosen layer source and store the models");
		train.addListener(SWT.Selection, e -> train());
		evaluate = button(buttons, "&Evaluate", "Cross-validate by report: precision, recall, F1 and the learning curve");
		evaluate.addListener(SWT.Selection, e -> evaluate());
		suggest = button(buttons, "&Suggest", "The active models suggest into every report of the corpus");
		suggest.addListener(SWT.Selection, e -> suggest());
		cancel = button(buttons, "Cancel", "Stop the run (what is done so far is kept)");
		cancel.setEnabled(false);
		cancel.addListener(SWT.Selection, e -> {
			if (running != null) {
				running.cancel();
			}
		});
		message = new Label(buttons, SWT.WRAP);
		GridData messageData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		messageData.widthHint = 400;
		message.setLayoutData(messageData);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		curve = new LineChart(parent);
		GridData curveData = new GridData(SWT.FILL, SWT.FILL, true, true);
		curveData.minimumHeight = 160;
		curve.control().setLayoutData(curveData);
		reload();
	}

	private static Button button(Composite parent, String text, String tooltip) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tooltip);
		return button;
	}

	/** Reads the settings and last evaluations again and shows them. */
	public void reload() {
		try {
			settings = RecommenderSettings.load(store);
		} catch (StoreException | RecommenderException e) {
			settings = RecommenderSettings.defaults();
			say("The recommender settings could not be read (the defaults are shown): " + e.getMessage(), true);
		}
		evaluations.clear();
		for (Recommender recommender : Recommenders.all()) {
			try {
				TeamModels.lastEvaluation(store, recommender.name()).ifPresent(evaluations::add);
			} catch (StoreException | RecommenderException e) {
				say(e.getMessage(), true);
			}
		}
		fill();
	}

	private void fill() {
		filling = true;
		try {
			sources = new ArrayList<>(RecommenderTexts.sources(store.corpus(), annotator));
			int at = RecommenderTexts.indexOf(sources, settings.source());
			if (at < 0) {
				sources.add(new RecommenderTexts.Source(settings.layerSource().key(), settings.layerSource().describe()));
				at = sources.size() - 1;
			}
			source.setItems(sources.stream().map(RecommenderTexts.Source::text).toArray(String[]::new));
			source.select(at);
			labels.removeAll();
			if (store.corpus().getLabelSet() != null) {
				for (org.reportbank.model.Label label : store.corpus().getLabelSet().getLabels()) {
					TableItem item = new TableItem(labels, SWT.NONE);
					item.setText(label.getName());
					item.setChecked(settings.labels().contains(label.getName()));
				}
			}
			retrainEvery.setSelection(settings.retrainEvery());
			uncertainFirst.setSelection(editor != null && editor.uncertainFirst());
			fillRecommenders();
		} finally {
			filling = false;
		}
		showCurve();
	}

	private void fillRecommenders() {
		int selected = Math.max(0, recommenders.getSelectionIndex());
		thresholdPlaces.forEach(TableEditor::dispose);
		thresholdPlaces.clear();
		thresholds.forEach(Spinner::dispose);
		thresholds.clear();
		recommenders.removeAll();
		rows.clear();
		for (Recommender recommender : Recommenders.all()) {
			String name = recommender.name();
			RecommenderTexts.Row row = RecommenderTexts.row(name, settings.of(name), evaluationOf(name));
			rows.add(row);
			TableItem item = new TableItem(recommenders, SWT.NONE);
			item.setData(name);
			item.setChecked(row.enabled());
			item.setText(new String[] { row.title(), "", row.precision(), row.recall(), row.f1(),
					row.evaluated() + (row.underThreshold() ? " (under threshold)" : "") });
			Spinner threshold = new Spinner(recommenders, SWT.NONE);
			threshold.setValues((int) Math.round(row.threshold() * 100), 0, 100, 2, 5, 10);
			threshold.setToolTipText("Under this F1 (of its last evaluation) the recommender does not suggest; 0.00: never");
			threshold.addListener(SWT.Modify, e -> {
				double value = threshold.getSelection() / 100.0;
				if (!filling && value != settings.of(name).threshold()) {
					changeSettings(settings.with(name, new RecommenderSettings.Switch(settings.of(name).enabled(), value)));
				}
			});
			TableEditor place = new TableEditor(recommenders);
			place.grabHorizontal = true;
			place.setEditor(threshold, item, THRESHOLD_COLUMN);
			thresholds.add(threshold);
			thresholdPlaces.add(place);
		}
		recommenders.setSelection(Math.min(selected, recommenders.getItemCount() - 1));
	}

	private java.util.Optional<EvaluationResult> evaluationOf(String name) {
		return evaluations.stream().filter(e -> e.recommender().equals(name)).findFirst();
	}

	private void showCurve() {
		String name = selectedRecommender();
		java.util.Optional<EvaluationResult> last = evaluationOf(name);
		List<LineChart.Point2> points = last.map(RecommenderTexts::curve).orElse(List.of()).stream()
				.map(p -> new LineChart.Point2(p.percent(), p.f1())).toList();
		curve.show(last.map(RecommenderTexts::curveTitle).orElse("Learning curve of " + RecommenderTexts.title(name)),
				"Training reports used (%)", "F1", points, RecommenderTexts.noCurve(name));
	}

	/** The recommender whose curve is shown. */
	public String selectedRecommender() {
		int index = Math.max(0, recommenders.getSelectionIndex());
		return (String) recommenders.getItem(index).getData();
	}

	public void selectRecommender(String name) {
		for (int i = 0; i < recommenders.getItemCount(); i++) {
			if (name.equals(recommenders.getItem(i).getData())) {
				recommenders.setSelection(i);
			}
		}
		showCurve();
	}

	private void sourceOrLabelsChanged() {
		if (filling) {
			return;
		}
		List<String> chosen = new ArrayList<>();
		for (TableItem item : labels.getItems()) {
			if (item.getChecked()) {
				chosen.add(item.getText());
			}
		}
		changeSettings(settings.withSource(sources.get(source.getSelectionIndex()).key(), chosen));
	}

	/** Keeps the settings and saves them in the background; the editor's retraining follows them. */
	private void changeSettings(RecommenderSettings changed) {
		settings = changed;
		RecommenderSettings saved = changed;
		CorpusWrites.inBackground("Save the recommender settings", store, recommenders.getDisplay(), monitor -> {
			saved.save(store);
			return () -> events.post(CorpusEvents.RECOMMENDER_SETTINGS, saved);
		}, problem -> say("The recommender settings were not saved: " + problem, true));
		fillRecommendersKeepingFocus();
	}

	private void fillRecommendersKeepingFocus() {
		// the rows' "under threshold" follows a new threshold; a spinner being typed in keeps its place
		filling = true;
		try {
			for (int i = 0; i < recommenders.getItemCount(); i++) {
				String name = (String) recommenders.getItem(i).getData();
				RecommenderTexts.Row row = RecommenderTexts.row(name, settings.of(name), evaluationOf(name));
				rows.set(i, row);
				recommenders.getItem(i).setText(5, row.evaluated() + (row.underThreshold() ? " (under threshold)" : ""));
			}
		} finally {
			filling = false;
		}
	}

	private void toggleOrder() {
		ParameterizedCommand toggle = commands.createCommand(UncertainFirstHandler.COMMAND, null);
		if (toggle == null || !handlers.canExecute(toggle)) {
			uncertainFirst.setSelection(editor != null && editor.uncertainFirst());
			say("Uncertain first needs the report editor", true);
			return;
		}
		handlers.executeHandler(toggle);
	}

	@Inject
	@Optional
	void orderChanged(@UIEventTopic(CorpusEvents.SUGGESTION_ORDER) Boolean uncertain) {
		if (uncertainFirst != null && !uncertainFirst.isDisposed() && uncertain != null) {
			uncertainFirst.setSelection(uncertain);
		}
	}

	// --- the runs ------------------------------------------------------------------------------

	/** Trains the switched-on recommenders on the chosen source and labels. */
	public void train() {
		RecommenderSettings used = settings;
		start("Training the recommenders", monitor -> {
			RecommenderRuns.Trained trained = RecommenderRuns.train(store, used, monitor);
			return () -> done(RecommenderTexts.trained(trained.models(), trained.data()));
		});
	}

	/** Cross-validates them; the scores and the selected one's curve follow. */
	public void evaluate() {
		RecommenderSettings used = settings;
		start("Evaluating the recommenders", monitor -> {
			List<EvaluationResult> results = RecommenderRuns.evaluate(store, used, monitor);
			return () -> {
				for (EvaluationResult result : results) {
					evaluations.removeIf(e -> e.recommender().equals(result.recommender()));
					evaluations.add(result);
				}
				fillRecommenders();
				showCurve();
				done(RecommenderTexts.evaluated(results));
			};
		});
	}

	/** The active models suggest into every report; the navigator and the editor pick the suggestions up. */
	public void suggest() {
		RecommenderSettings used = settings;
		start("Suggesting from the recommenders", monitor -> {
			RecommenderRuns.Suggested suggested = RecommenderRuns.suggest(store, used, List.of(), monitor);
			return () -> {
				// the topic pre-annotation uses: lists reload, the editor saves and takes the new suggestions
				events.post(CorpusEvents.PRE_ANNOTATED, suggested.summary());
				done(RecommenderTexts.suggested(suggested.summary(), suggested.active()));
			};
		});
	}

	private void start(String what, CorpusWrites.Write run) {
		if (running != null) {
			return;
		}
		setRunning(true);
		say(what + "…", false);
		running = CorpusWrites.withProgress(what, store, recommenders.getDisplay(), run, problem -> {
			setRunning(false);
			say(("cancelled".equals(problem) ? what + ": cancelled" : problem), true);
		});
	}

	private void done(String said) {
		setRunning(false);
		say(said, false);
		events.post(CorpusEvents.STATUS, said);
	}

	private void setRunning(boolean on) {
		if (!on) {
			running = null;
		}
		if (train.isDisposed()) {
			return;
		}
		train.setEnabled(!on);
		evaluate.setEnabled(!on);
		suggest.setEnabled(!on);
		cancel.setEnabled(on);
	}

	private void say(String text, boolean problem) {
		if (message == null || message.isDisposed()) {
			return;
		}
		message.setText(text == null ? "" : text);
		message.setForeground(message.getDisplay().getSystemColor(problem ? SWT.COLOR_RED : SWT.COLOR_WIDGET_FOREGROUND));
		message.getParent().layout(true);
	}

	@Focus
	public void focus() {
		if (recommenders != null) {
			recommenders.setFocus();
		}
	}

	// --- for tests -------------------------------------------------------------------------------

	/** What the message line says: the last run's outcome or why it failed. */
	public String message() {
		return message.getText();
	}

	public boolean isRunning() {
		return running != null;
	}

	/** The recommenders' rows as shown. */
	public List<RecommenderTexts.Row> rows() {
		return List.copyOf(rows);
	}

	public LineChart curve() {
		return curve;
	}

	public RecommenderSettings settings() {
		return settings;
	}

	public Table recommenderTable() {
		return recommenders;
	}
}
