package org.reportbank.ui.annotation;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.reportbank.ui.PersonalLabels;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.editing.AnnotationFiles;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.recommenders.RecommenderException;
import org.reportbank.recommenders.Recommendations;
import org.reportbank.recommenders.RecommenderSettings;
import org.reportbank.ui.recommenders.LearningLoop;
import org.reportbank.nlp.hanlp.HanlpTokenizer;
import org.reportbank.nlp.hanlp.Tokenizations;
import org.reportbank.editing.TokenBoundaries;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Tokenization;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.Section;
import org.reportbank.model.Span;
import org.reportbank.ui.AnnotatorIdentity;
import org.reportbank.ui.CorpusEvents;
import org.reportbank.ui.CorpusWrites;
import org.reportbank.ui.EditSaver;
import org.reportbank.ui.UserPreferences;
import org.reportbank.ui.workbench.BindingContexts;
import org.reportbank.ui.workbench.EditCommands;
import org.reportbank.ui.presenters.Labels;

/**
 * The report editor: the section outline beside the annotated text. Opening a report starts an
 * annotation session for the current annotator and puts it (and the editor) into the application
 * context for the palette, span table and properties. Edits are saved by Ctrl+S and, a few
 * seconds after the last edit, by autosave, so a crash loses at most those seconds.
 */
public class ReportPart {

	public static final String ID = "org.reportbank.ui.part.report";

	/** The context menu of the report text. */
	public static final String POPUP_MENU = "org.reportbank.ui.popup.report";

	@Inject
	@Optional
	private CorpusStore store;

	@Inject
	@Optional
	@Named(AnnotatorIdentity.CONTEXT_KEY)
	private String annotator;

	@Inject
	private MPart part;

	@Inject
	private MApplication application;

	@Inject
	private IEventBroker events;

	private TreeViewer outline;
	private AnnotationEditor editor;
	private AnnotationSession session;
	private boolean syncing;
	private EditSaver saver;
	private String problem;
	private LearningLoop learning;

	private final AnnotationSession.Listener dirtyTracker = new AnnotationSession.Listener() {
		@Override
		public void spansChanged(int begin, int end) {
			// the editor restyles itself; the person is told what the key did and how far they are
			showProgress();
			if (learning != null) {
				learning.edited(); // enough decisions: the models learn again in the background
			}
			String edit = session.lastEditSummary();
			if (edit != null) {
				events.post(CorpusEvents.STATUS, edit + " — " + session.reviewedSummary());
			}
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
		parent.setLayout(new FillLayout());
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		outline = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		outline.setContentProvider(new SectionTree());
		outline.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return Labels.section((Section) element);
			}
		});
		editor = new AnnotationEditor(sash);
		editor.tellWith(message -> events.post(CorpusEvents.STATUS, message));
		sash.setWeights(1, 3);
		outline.addSelectionChangedListener(event -> {
			Section section = (Section) ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (section != null && !syncing) {
				syncing = true;
				text().setSelection(section.getBegin(), section.getHeadingEnd());
				text().setTopIndex(text().getLineAtOffset(section.getBegin()));
				syncing = false;
			}
		});
		text().addCaretListener(event -> {
			if (!syncing && session != null) {
				Section section = innermostAt(session.report().getSections(), event.caretOffset);
				if (section != null) {
					syncing = true;
					outline.setSelection(new StructuredSelection(section), true);
					syncing = false;
				}
			}
		});
		application.getContext().set(AnnotationEditor.class, editor);
		BindingContexts.activeWhileFocused(text(), part.getContext(), BindingContexts.ANNOTATING);
		// the editor's commands with their keys, on the right mouse button too (items from the ui fragment)
		part.getContext().get(EMenuService.class).registerContextMenu(text(), POPUP_MENU);
		if (store != null) {
			saver = new EditSaver("the annotations", store, parent.getDisplay(), this::unsavedEdits, this::saved);
			learning = new LearningLoop(store, parent.getDisplay(), events, recommenderSettings(), this::unsavedEdits);
			application.getContext().set(AllOccurrencesInCorpus.class,
					new AllOccurrencesInCorpus(store, parent.getDisplay(), events));
		}
	}

	@Inject
	@Optional
	void show(@Named(IServiceConstants.ACTIVE_SELECTION) ReportEntry entry) {
		if (entry != null) {
			open(entry.getId());
		}
	}

	/** Opens the report (saving the one shown first when it has unsaved edits); false if it cannot be loaded. */
	public boolean open(String reportId) {
		if (store == null || editor == null || text().isDisposed()
				|| (session != null && session.report().getId().equals(reportId))) {
			return session != null;
		}
		if (!saveNow()) {
			tellNotSaved();
			return false; // keep the unsaved work on screen rather than drop it
		}
		try {
			show(store.loadReport(reportId));
			return true;
		} catch (StoreException e) {
			problem = e.getMessage();
			text().setText(e.getMessage());
			outline.setInput(null);
			return false;
		}
	}

	/** Shows the report (also for tests that hold a report of their own). */
	public void show(Report shown) {
		if (session != null) {
			session.removeListener(dirtyTracker);
		}
		session = new AnnotationSession(shown, annotator == null ? "annotator" : annotator,
				PersonalLabels.of(store));
		session.addListener(dirtyTracker);
		if (learning != null) {
			learning.follow(session);
		}
		part.setDirty(false);
		showProgress();
		editor.show(session);
		if (!session.hasTokenization()) {
			segmentInBackground(session);
		}
		outline.setInput(shown);
		outline.expandToLevel(2);
		application.getContext().set(AnnotationSession.class, session);
		EditCommands.share(part, session.commandStack());
		events.post(CorpusEvents.REPORT_OPENED, shown.getId());
		if (store != null) {
			UserPreferences.put(UserPreferences.lastReportKey(store.directory()), shown.getId());
		}
	}

	/** The tab says which report and how far the person got with it: "柳南区2021年… · 12 / 157 reviewed". */
	private void showProgress() {
		Report shown = session.report();
		part.setLabel(Labels.reportTab(shown) + " · " + session.reviewedSummary());
		part.setTooltip(Labels.report(shown));
	}

	/**
	 * A report not pre-annotated yet has no word boundaries to snap selections to: HanLP cuts it
	 * in the background (a 100,000-character report takes a fraction of a second), and snapping
	 * works from then on.
	 */
	private void segmentInBackground(AnnotationSession target) {
		String text = target.report().getText();
		Display display = text().getDisplay();
		Job job = Job.create("Segmenting " + Labels.report(target.report()), (IProgressMonitor monitor) -> {
			Tokenization words = ReportbankFactory.eINSTANCE.createTokenization();
			words.setLengths(Tokenizations.encode(new HanlpTokenizer().tokenize(text), text.length()));
			TokenBoundaries boundaries = TokenBoundaries.of(words, text.length());
			display.asyncExec(() -> target.useTokens(boundaries));
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Opens the report and selects the range (a check, a search hit). */
	@Inject
	@Optional
	void reveal(@UIEventTopic(CorpusEvents.REVEAL) CorpusEvents.Reveal where) {
		if (where == null || !open(where.reportId())) {
			return;
		}
		int length = text().getCharCount();
		int begin = Math.max(0, Math.min(where.begin(), length));
		int end = Math.max(begin, Math.min(where.end(), length));
		text().setSelection(begin, end);
		text().showSelection();
	}

	/**
	 * The corpus changed. Only a new pre-annotation changes what the open report shows: then its
	 * edits are saved and it is reloaded (undo history starts anew), since the rules may have
	 * moved every suggestion. Suggestions of the recommenders (Suggest in their view) are taken in
	 * place instead, as retraining while annotating does, so the person's place and undo history
	 * stay. New labels restyle it in place; imports and status changes leave it, and its undo
	 * history, alone.
	 */
	@Inject
	@Optional
	void labelsChanged(@UIEventTopic(CorpusEvents.LABELS_CHANGED) Object folder) {
		if (session != null && store != null && !text().isDisposed()) {
			session.useLabels(PersonalLabels.of(store));
			editor.show(session);
		}
	}

	@Inject
	@Optional
	void preAnnotated(@UIEventTopic(CorpusEvents.PRE_ANNOTATED) Object summary) {
		if (session == null || store == null || text().isDisposed()) {
			return;
		}
		if (summary instanceof Recommendations.Summary && learning != null) {
			try {
				Report stored = store.loadReport(session.report().getId());
				stored.getLayers().stream().filter(l -> l.getKind() == LayerKind.PREANNOTATION).findFirst()
						.ifPresent(fresh -> learning.takeSuggestions(session, fresh));
			} catch (StoreException e) {
				events.post(CorpusEvents.STATUS, "The new suggestions are not shown: " + e.getMessage());
			}
			return;
		}
		if (!saveNow()) {
			tellNotSaved();
			return; // reloading would drop the unsaved edits
		}
		try {
			int top = text().getTopIndex();
			show(store.loadReport(session.report().getId()));
			text().setTopIndex(top);
		} catch (StoreException e) {
			text().setText(e.getMessage());
		}
	}

	/** The recommender settings changed in their view: retraining while annotating follows them. */
	@Inject
	@Optional
	void recommenderSettingsChanged(@UIEventTopic(CorpusEvents.RECOMMENDER_SETTINGS) RecommenderSettings changed) {
		if (learning != null && changed != null) {
			learning.use(changed);
		}
	}

	private RecommenderSettings recommenderSettings() {
		try {
			return RecommenderSettings.load(store);
		} catch (StoreException | RecommenderException e) {
			events.post(CorpusEvents.STATUS, "Retraining while annotating is off: " + e.getMessage());
			return RecommenderSettings.defaults().withRetrainEvery(0);
		}
	}

	/** Retraining while annotating, or null without a corpus. */
	public LearningLoop learning() {
		return learning;
	}

	/** The write of the annotator's layer as it is now (taken on the UI thread), or null when it is saved. */
	private CorpusWrites.Write unsavedEdits() {
		AnnotationSession saving = session;
		if (saving == null || !saving.isDirty()) {
			return null;
		}
		AnnotationSession.Snapshot snapshot = saving.snapshot();
		return monitor -> {
			AnnotationFiles.Written written = AnnotationFiles.write(store, snapshot);
			return () -> {
				saving.written(snapshot, written);
				events.post(CorpusEvents.LAYER_SAVED, snapshot.reportId());
			};
		};
	}

	private void saved(String why) {
		problem = why;
		if (why != null) {
			part.setTooltip(why);
		}
	}

	/**
	 * Saves the annotator's layer now (switching reports, pre-annotating) in a job, the window
	 * painting meanwhile; true when nothing is left unsaved.
	 */
	public boolean saveNow() {
		return saver == null || saver.saveNow();
	}

	/** File > Save, Mark Done, Curate (through EPartService.savePart): saves, and says so when it could not. */
	@Persist
	void persist() {
		if (!saveNow()) {
			tellNotSaved();
		}
	}

	private void tellNotSaved() {
		MessageDialog.openError(text().getShell(), "Annotations not saved", problem
				+ "\n\nThe report stays open with your edits; they are saved as soon as the corpus can be written (autosave tries again).");
		saver.editMade();
	}

	@PreDestroy
	void close() {
		if (saver != null) {
			saver.saveWhileClosing();
		}
	}

	private static Section innermostAt(List<Section> sections, int offset) {
		for (Section s : sections) {
			if (s.getBegin() <= offset && offset <= s.getEnd()) {
				Section inner = innermostAt(s.getChildren(), offset);
				return inner != null ? inner : s;
			}
		}
		return null;
	}

	@Focus
	public void focus() {
		text().setFocus();
	}

	/** The shown report, or null. */
	public Report report() {
		return session == null ? null : session.report();
	}

	public AnnotationSession session() {
		return session;
	}

	public AnnotationEditor editor() {
		return editor;
	}

	public StyledText text() {
		return editor.text();
	}

	public TreeViewer outline() {
		return outline;
	}

	/** Why the last load or save failed, or null. */
	public String problem() {
		return problem;
	}

	/** The current span of the session, or null. */
	public Span current() {
		return session == null ? null : session.current();
	}

	private static final class SectionTree implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof Report r ? r.getSections().toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((Section) parent).getChildren().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return ((Section) element).eContainer() instanceof Section s ? s : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((Section) element).getChildren().isEmpty();
		}
	}
}
