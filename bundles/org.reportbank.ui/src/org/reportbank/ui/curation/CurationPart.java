package org.reportbank.ui.curation;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.reportbank.sync.SyncResult;
import org.reportbank.ui.presenters.FieldSources;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.reportbank.ui.PersonalLabels;
import org.reportbank.ui.presenters.CurationTexts;
import org.reportbank.ui.presenters.Labels;
import org.reportbank.ui.widgets.StyleRuns;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.curation.CurationFiles;
import org.reportbank.curation.CurationSession;
import org.reportbank.curation.CurationSession.Disagreement;
import org.reportbank.curation.CurationSession.FieldProposal;
import org.reportbank.model.Report;
import org.reportbank.model.Span;
import org.reportbank.ui.AnnotatorIdentity;
import org.reportbank.ui.CorpusEvents;
import org.reportbank.ui.CorpusWrites;
import org.reportbank.ui.EditSaver;
import org.reportbank.ui.workbench.BindingContexts;
import org.reportbank.ui.workbench.EditCommands;

/**
 * Curation of one report into its gold layer (see {@link CurationSession}): the document fields
 * at the top, under them the values annotators gave a field that the report does not hold, each
 * with Adopt; the text with the gold spans on their label colours and the current disagreement
 * framed; below it each annotator's version of the current disagreement, one row each (key 1..9
 * beside it) and the gold row; then the list of disagreements. Keys: 1..9 take that annotator's
 * version, e edit, d or Delete drop, n / p next / previous disagreement; Ctrl+Z / Ctrl+Y undo and
 * redo (Edit menu: the handlers act on the curation while this part is active). Saved a few
 * seconds after each decision, on Ctrl+S, on switching reports and on Finish.
 */
public class CurationPart implements CurationActions {

	public static final String ID = "org.reportbank.ui.part.curation";

	/** The context menu of the curation text. */
	public static final String POPUP_MENU = "org.reportbank.ui.popup.curation";
	/** Characters of context shown on each side of a disagreement in the version rows. */

	@Inject
	@Optional
	private CorpusStore store;

	@Inject
	@Optional
	@Named(AnnotatorIdentity.CONTEXT_KEY)
	private String curator;

	@Inject
	private MPart part;

	@Inject
	private IEventBroker events;

	private Text title;
	private Text region;
	private Text year;
	private Button finish;
	/** One row per annotators' value of a document field that differs from the report's: what, who, Adopt. */
	private Composite proposals;
	private List<String> shownProposals = List.of();
	private Label status;
	private StyledText text;
	private StyledText versions;
	private TableViewer list;
	private CurationSession session;
	private Disagreement current;
	private CurationTexts texts;
	private final StyleRuns styleRuns = new StyleRuns();
	private EditSaver saver;
	private String problem;

	private final CurationSession.Listener listener = new CurationSession.Listener() {
		@Override
		public void changed() {
			refresh();
		}

		@Override
		public void dirtyChanged(boolean dirty) {
			part.setDirty(dirty);
			if (dirty && saver != null) {
				saver.editMade();
			}
		}
	};

	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite fields = new Composite(parent, SWT.NONE);
		fields.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		fields.setLayout(new GridLayout(7, false));
		title = field(fields, "Title", 320);
		region = field(fields, "Region", 120);
		year = field(fields, "Year", 50);
		finish = new Button(fields, SWT.PUSH);
		finish.setText("Finish curation");
		finish.addListener(SWT.Selection, e -> finishNow());
		proposals = new Composite(parent, SWT.NONE);
		GridLayout rows = new GridLayout(2, false);
		rows.marginHeight = 0;
		proposals.setLayout(rows);
		GridData none = new GridData(SWT.FILL, SWT.TOP, true, false);
		none.exclude = true; // no row until a report with proposals is curated
		proposals.setLayoutData(none);
		proposals.setVisible(false);
		status = new Label(parent, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		title.addListener(SWT.DefaultSelection, e -> applyFields());
		region.addListener(SWT.DefaultSelection, e -> applyFields());
		year.addListener(SWT.DefaultSelection, e -> applyFields());
		for (Text field : List.of(title, region, year)) {
			field.addListener(SWT.FocusOut, e -> applyFields());
		}

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		text = new StyledText(sash, SWT.BORDER | SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY);
		text.setMargins(6, 4, 6, 4);
		versions = new StyledText(sash, SWT.BORDER | SWT.READ_ONLY | SWT.H_SCROLL);
		if (store != null) {
			saver = new EditSaver("the gold layer", store, parent.getDisplay(), this::unsavedDecisions, why -> problem = why);
		}
		versions.setMargins(6, 4, 6, 4);
		list = new TableViewer(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		list.getTable().setHeaderVisible(true);
		list.setContentProvider(ArrayContentProvider.getInstance());
		column("#", 40, d -> Integer.toString(d.index() + 1));
		column("Where", 90, d -> d.begin() + "–" + d.end());
		column("Text", 180, d -> texts == null ? "" : texts.excerpt(d));
		column("Versions", 360, d -> texts == null ? "" : texts.versionSummary(d));
		column("Decision", 200, d -> texts == null ? "" : texts.decisionSummary(d));
		list.addSelectionChangedListener(event -> {
			Object chosen = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (chosen instanceof Disagreement d && d != current) {
				select(d);
			}
		});
		sash.setWeights(4, 3, 3);
		part.getContext().set(CurationActions.class, this);
		part.getContext().get(EMenuService.class).registerContextMenu(text, POPUP_MENU);
		for (Control control : List.of(text, versions, list.getTable())) {
			BindingContexts.activeWhileFocused(control, part.getContext(), BindingContexts.CURATING);
		}
		showNothing("Corpus > Curate Report curates the report open in the editor.");
	}

	private Text field(Composite fields, String name, int width) {
		new Label(fields, SWT.NONE).setText(name);
		Text field = new Text(fields, SWT.BORDER);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, name.equals("Title"), false);
		data.widthHint = width;
		field.setLayoutData(data);
		return field;
	}

	private void column(String name, int width, java.util.function.Function<Disagreement, String> text) {
		TableViewerColumn column = new TableViewerColumn(list, SWT.LEFT);
		column.getColumn().setText(name);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Disagreement) element);
			}
		});
	}

	// --- opening -------------------------------------------------------------------------------

	/** Curates the report (saving the curation shown first); false if it cannot be loaded or saved. */
	public boolean open(String reportId) {
		if (store == null || text.isDisposed()) {
			return false;
		}
		if (session != null && session.report().getId().equals(reportId)) {
			return true;
		}
		if (!saveNow()) {
			status.setText(problem);
			return false;
		}
		try {
			show(store.loadReport(reportId));
			return true;
		} catch (StoreException e) {
			problem = e.getMessage();
			showNothing(e.getMessage());
			return false;
		}
	}

	/** Curates the report (also for tests holding a report of their own). */
	public void show(Report report) {
		if (session != null) {
			session.removeListener(listener);
		}
		session = new CurationSession(report, curator == null ? "curator" : curator,
				PersonalLabels.of(store));
		session.addListener(listener);
		texts = new CurationTexts(session);
		EditCommands.share(part, session.commandStack());
		part.setLabel("Curation: " + Labels.report(report));
		part.setDirty(session.isDirty());
		text.setText(report.getText() == null ? "" : report.getText());
		list.setInput(session.disagreements());
		current = null;
		Disagreement first = session.nextUnresolved(-1);
		select(first != null ? first : session.disagreements().isEmpty() ? null : session.disagreements().get(0));
		refresh();
		if (session.isDirty() && saver != null) {
			saver.editMade(); // the automatic merges
		}
	}

	private void showNothing(String message) {
		session = null;
		current = null;
		text.setText(message);
		versions.setText("");
		list.setInput(List.of());
		status.setText("");
		for (Text field : List.of(title, region, year)) {
			field.setText("");
			field.setEnabled(false);
		}
		finish.setEnabled(false);
		showProposals(List.of());
	}

	// --- what the curation keys do (see CurationStepHandler) -------------------------------------

	@Override
	public boolean isCurating() {
		return session != null && !text.isDisposed();
	}

	@Override
	public void take(int annotator) {
		if (current != null && annotator >= 0 && annotator < session.annotators().size()) {
			session.take(current, annotator);
			advance();
		}
	}

	@Override
	public void drop() {
		if (current != null) {
			session.drop(current);
			advance();
		}
	}

	/** Adds the selected text as a gold span no annotator had, then opens it in the edit dialog for its label. */
	@Override
	public void add() {
		org.eclipse.swt.graphics.Point selection = text.getSelection();
		if (session == null || selection.y <= selection.x) {
			return;
		}
		String label = session.labels() == null || session.labels().getLabels().isEmpty() ? "ORG"
				: session.labels().getLabels().get(0).getName();
		Span added = session.add(selection.x, selection.y, label);
		new CurationEditDialog(text.getShell(), session, added).open();
		refresh();
	}

	/** Opens the current disagreement's version (the one taken, else the first annotator's) in the edit dialog. */
	@Override
	public void edit() {
		if (current == null) {
			return;
		}
		List<String> taken = session.takenFrom(current);
		List<Span> spans = session.edit(current, taken.isEmpty() ? null : taken.get(0));
		if (spans.isEmpty()) {
			return;
		}
		new CurationEditDialog(text.getShell(), session, spans.get(0)).open();
		refresh();
	}

	/** After a decision: the next unresolved disagreement, or stay when none is left. */
	private void advance() {
		Disagreement next = session.nextUnresolved(current.index());
		if (next != null) {
			select(next);
		} else {
			refresh();
		}
	}

	/** n / p: the next or previous disagreement in the list, resolved or not (wrapping round). */
	@Override
	public void next(int step) {
		List<Disagreement> all = session.disagreements();
		if (all.isEmpty()) {
			return;
		}
		int from = current == null ? (step > 0 ? -1 : 0) : current.index();
		select(all.get(Math.floorMod(from + step, all.size())));
	}

	public void select(Disagreement disagreement) {
		current = disagreement;
		if (disagreement != null) {
			list.setSelection(new StructuredSelection(disagreement), true);
			// a third of the way down: wrapped lines make line indexes useless for scrolling
			int y = text.getLocationAtOffset(Math.min(disagreement.begin(), text.getCharCount())).y;
			text.setTopPixel(Math.max(0, text.getTopPixel() + y - text.getClientArea().height / 3));
		}
		refresh();
	}

	// --- showing -------------------------------------------------------------------------------

	private void refresh() {
		if (session == null || text.isDisposed()) {
			return;
		}
		Report report = session.report();
		setIfChanged(title, report.getTitle());
		setIfChanged(region, report.getRegion());
		setIfChanged(year, report.getYear() == null ? "" : report.getYear().toString());
		for (Text field : List.of(title, region, year)) {
			field.setEnabled(true);
		}
		title.setToolTipText(FieldSources.describe(report, "title")); // why the importer read what it read
		region.setToolTipText(FieldSources.describe(report, "region"));
		year.setToolTipText(FieldSources.describe(report, "year"));
		finish.setEnabled(!session.isFinished());
		showProposals(session.fieldProposals());
		status.setText(texts.status(problem));
		text.setStyleRanges(styleRuns.ranges(texts.reportRuns(current)));
		CurationTexts.Styled shown = texts.versions(current);
		versions.setText(shown.text());
		versions.setStyleRanges(styleRuns.ranges(shown.runs()));
		list.refresh();
	}

	/** The proposals' rows, made anew only when what they say changed (a decision elsewhere leaves them be). */
	private void showProposals(List<FieldProposal> now) {
		List<String> said = now.stream().map(p -> texts.proposal(p)).toList(); // a lambda: texts is null until a report is curated
		if (said.equals(shownProposals)) {
			return;
		}
		shownProposals = said;
		for (Control old : proposals.getChildren()) {
			old.dispose();
		}
		for (int i = 0; i < now.size(); i++) {
			FieldProposal proposal = now.get(i);
			new Label(proposals, SWT.NONE).setText(said.get(i));
			Button adopt = new Button(proposals, SWT.PUSH);
			adopt.setText("Adopt");
			adopt.setToolTipText("Make it the report's " + proposal.field() + " (Ctrl+Z takes it back)");
			adopt.addListener(SWT.Selection, e -> {
				if (session != null) {
					session.adopt(proposal);
				}
			});
		}
		((GridData) proposals.getLayoutData()).exclude = now.isEmpty();
		proposals.setVisible(!now.isEmpty());
		proposals.getParent().layout(true, true);
	}

	private static void setIfChanged(Text field, String value) {
		String shown = value == null ? "" : value;
		if (!field.getText().equals(shown) && !field.isFocusControl()) {
			field.setText(shown);
		}
	}

	// --- document fields, finishing, saving ----------------------------------------------------

	private void applyFields() {
		if (session == null) {
			return;
		}
		CurationTexts.Year typed = CurationTexts.year(year.getText());
		if (typed.problem() != null) {
			status.setText(typed.problem());
			year.setText(session.report().getYear() == null ? "" : session.report().getYear().toString());
			return;
		}
		session.setTitle(title.getText());
		session.setRegion(region.getText());
		session.setYear(typed.value());
	}

	/** Finish curation: the report is curated, and saved at once. */
	public void finishNow() {
		if (session == null) {
			return;
		}
		applyFields();
		session.finish();
		if (!saveNow()) {
			status.setText(problem);
		}
		refresh();
	}

	/** The write of the gold layer (and the report, when its fields or status changed) as it is now, or null when saved. */
	private CorpusWrites.Write unsavedDecisions() {
		CurationSession saving = session;
		if (saving == null || !saving.isDirty()) {
			return null;
		}
		CurationSession.Snapshot snapshot = saving.snapshot();
		return monitor -> {
			CurationFiles.write(store, snapshot);
			return () -> {
				saving.written(snapshot);
				events.post(CorpusEvents.LAYER_SAVED, snapshot.reportId());
			};
		};
	}

	/** Saves the curation now, in a job, the window painting meanwhile; true when nothing is left unsaved. */
	public boolean saveNow() {
		return saver == null || saver.saveNow();
	}

	/** File > Save (through EPartService.savePart): saves, and says so when it could not. */
	@Persist
	void persist() {
		if (!saveNow()) {
			status.setText(problem);
			MessageDialog.openError(text.getShell(), "Gold layer not saved", problem);
		}
	}

	/** Corpus > Curate Report asks for a report: curate it, or say why not. */
	@Inject
	@Optional
	void curate(@UIEventTopic(CorpusEvents.CURATE) String reportId) {
		if (reportId != null && !open(reportId)) {
			MessageDialog.openError(text.getShell(), "Curate Report", String.valueOf(problem));
		}
	}

	/**
	 * Team > Synchronize brought layers of the report being curated (the curation was saved before
	 * the sync): it is curated again from them, so a colleague's work counts at once.
	 */
	@Inject
	@Optional
	void synced(@UIEventTopic(CorpusEvents.SYNCED) SyncResult result) {
		if (session == null || text.isDisposed() || session.isDirty()) {
			return;
		}
		String reportId = session.report().getId();
		if (result.arrived().stream().anyMatch(arrival -> arrival.reportId().equals(reportId))) {
			try {
				show(store.loadReport(reportId));
				status.setText("Layers arrived from the team; the disagreements are counted again");
			} catch (StoreException e) {
				problem = e.getMessage();
				showNothing(e.getMessage());
			}
		}
	}

	@PreDestroy
	void close() {
		if (saver != null) {
			saver.saveWhileClosing();
		}
	}

	@Focus
	public void focus() {
		text.setFocus();
	}

	// --- for tests -----------------------------------------------------------------------------

	public CurationSession session() {
		return session;
	}

	public Disagreement current() {
		return current;
	}

	public StyledText text() {
		return text;
	}

	public StyledText versions() {
		return versions;
	}

	public TableViewer list() {
		return list;
	}

	public Text regionField() {
		return region;
	}

	public Button finishButton() {
		return finish;
	}

	/** The proposals' rows as they read, and their Adopt buttons in the same order. */
	public List<String> proposalTexts() {
		return shownProposals;
	}

	public List<Button> adoptButtons() {
		return java.util.Arrays.stream(proposals.getChildren()).filter(Button.class::isInstance).map(Button.class::cast).toList();
	}

	/** Why the last load or save failed, or null. */
	public String problem() {
		return problem;
	}
}
