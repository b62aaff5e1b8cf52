package org.reportbank.ui.annotation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.ui.workbench.EditCommands;
import org.reportbank.model.Claim;
import org.reportbank.model.LabelCategory;
import org.reportbank.model.Metric;
import org.reportbank.model.ReportbankPackage.Literals;
import org.reportbank.model.Span;
import org.reportbank.ui.presenters.Labels;

/**
 * The current span's properties, editable: its label and note; for metrics the value, unit,
 * whether it is approximate, the normalized value and unit and the indicator; for claims the
 * type (a claim label) and the metrics it cites. A change is applied on Enter or on leaving the
 * field, as one undoable edit; a value that is not a number is refused with a message, not saved.
 * While no span is current, the report's document fields are shown instead, for the annotator to
 * accept or correct ({@link DocumentFieldsForm}).
 */
public class PropertiesPart {

	@Inject
	private MPart part;

	public static final String ID = "org.reportbank.ui.part.properties";

	private AnnotationSession session;
	private Span shown;
	private ScrolledComposite scroller;
	private Composite form;
	private Label heading;
	private Label problem;
	private Combo label;
	private Text note;
	private final List<Control> metricControls = new ArrayList<>();
	/** The label and note rows: shown only with a span. */
	private final List<Control> spanControls = new ArrayList<>();
	private DocumentFieldsForm documentFields;
	private Text value;
	private Text unit;
	private Button approximate;
	private Text normalizedValue;
	private Text normalizedUnit;
	private Text indicator;
	private Label claimMetrics;
	/** One check box per metric in the claim's sentence: ticked when the claim cites it. */
	private Composite citations;
	private boolean filling;
	/** Which fields the form shows now (kind of span, number of citation boxes). */
	private String shape;

	private final AnnotationSession.Listener listener = new AnnotationSession.Listener() {
		@Override
		public void spansChanged(int begin, int end) {
			fill(session == null ? null : session.current());
		}

		@Override
		public void currentChanged(Span current) {
			fill(current);
		}
	};

	@PostConstruct
	public void create(Composite container) {
		container.setLayout(new FillLayout());
		scroller = new ScrolledComposite(container, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		Composite parent = new Composite(scroller, SWT.NONE);
		scroller.setContent(parent);
		scroller.addListener(SWT.Resize, e -> fitScroller());
		form = parent;
		parent.setLayout(new GridLayout(2, false));
		heading = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(heading);
		// at the top, where the eye is: a refused value is said before the fields, never below the fold
		problem = new Label(parent, SWT.WRAP);
		problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(problem);
		documentFields = new DocumentFieldsForm(parent, said -> {
			problem.setText(said);
			form.layout(true, true);
			fitScroller();
		});
		label = new Combo(parent, SWT.READ_ONLY);
		labelled("Label", label, spanControls);
		label.addListener(SWT.Selection, e -> {
			if (!filling && shown != null && label.getSelectionIndex() >= 0) {
				session.relabel(shown, label.getItem(label.getSelectionIndex()));
			}
		});
		note = field("Note", Literals.SPAN__NOTE, s -> s, spanControls);
		value = field("Value", Literals.METRIC__VALUE, PropertiesPart::number, metricControls);
		unit = field("Unit", Literals.METRIC__UNIT, s -> s, metricControls);
		approximate = new Button(parent, SWT.CHECK);
		approximate.setText("approximate (余, 近, 约, 以上)");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(approximate);
		metricControls.add(approximate);
		approximate.addListener(SWT.Selection, e -> {
			if (!filling && shown != null) {
				session.set(shown, Literals.METRIC__APPROXIMATE, approximate.getSelection());
			}
		});
		normalizedValue = field("Normalized value", Literals.METRIC__NORMALIZED_VALUE, PropertiesPart::number, metricControls);
		normalizedUnit = field("Normalized unit", Literals.METRIC__NORMALIZED_UNIT, s -> s, metricControls);
		indicator = field("Indicator", Literals.METRIC__INDICATOR, s -> s, metricControls);
		claimMetrics = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(claimMetrics);
		citations = new Composite(parent, SWT.NONE);
		citations.setLayout(new GridLayout(1, false));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(citations);
		fill(session == null ? null : session.current());
	}

	/** The control with its caption before it, both shown only with what {@code shownWith} is shown with. */
	private void labelled(String title, Control control, List<Control> shownWith) {
		Label caption = new Label(control.getParent(), SWT.NONE);
		caption.setText(title);
		caption.moveAbove(control);
		GridDataFactory.swtDefaults().applyTo(caption);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(control);
		shownWith.add(caption);
		shownWith.add(control);
	}

	/** A text field bound to an attribute: applied on Enter and on leaving the field. */
	private Text field(String title, EAttribute attribute, Function<String, Object> parse, List<Control> shownWith) {
		Text field = new Text(form, SWT.BORDER);
		labelled(title, field, shownWith);
		boolean metricOnly = shownWith == metricControls;
		Runnable apply = () -> {
			if (filling || shown == null || (metricOnly && !(shown instanceof Metric))) {
				return;
			}
			Object old = shown.eGet(attribute);
			String typed = field.getText().strip();
			try {
				Object parsed = typed.isEmpty() ? null : parse.apply(typed);
				if (!java.util.Objects.equals(old, parsed)) {
					session.set(shown, attribute, parsed);
				}
				problem.setText("");
			} catch (NumberFormatException e) {
				problem.setText(title + ": \"" + typed + "\" is not a number; not changed");
				field.setText(old instanceof BigDecimal number ? number.toPlainString() : old == null ? "" : old.toString());
				fitScroller();
			}
		};
		field.addListener(SWT.DefaultSelection, e -> apply.run());
		field.addListener(SWT.FocusOut, e -> apply.run());
		return field;
	}

	private static Object number(String typed) {
		return new BigDecimal(typed.replace(",", "").replace("，", ""));
	}

	@Inject
	@Optional
	public void sessionOpened(AnnotationSession opened) {
		if (session != null) {
			session.removeListener(listener);
		}
		session = opened;
		EditCommands.share(part, opened == null ? null : opened.commandStack()); // this view edits the editor's report
		if (opened != null) {
			opened.addListener(listener);
		}
		if (form != null && !form.isDisposed()) {
			fill(null);
		}
	}

	private void fill(Span span) {
		if (form == null || form.isDisposed()) {
			return;
		}
		filling = true;
		try {
			shown = span;
			boolean metric = span instanceof Metric;
			for (Control control : metricControls) {
				control.setVisible(metric);
				((org.eclipse.swt.layout.GridData) control.getLayoutData()).exclude = !metric;
			}
			for (Control control : spanControls) {
				control.setVisible(span != null);
				((org.eclipse.swt.layout.GridData) control.getLayoutData()).exclude = span == null;
			}
			documentFields.show(span == null ? session : null);
			label.setEnabled(span != null);
			note.setEnabled(span != null);
			label.removeAll();
			if (span == null) {
				heading.setText(session == null ? "No report is open."
						: "No span selected (click one, or press n). The report's fields as read at import: Accept each, or"
								+ " type a correction and press Enter.");
				note.setText("");
				fillCitations(null);
			} else {
				heading.setText(Labels.heading(session, span));
				LabelCategory category = session.label(span.getLabel()) == null ? null : session.label(span.getLabel()).getCategory();
				if (session.labels() != null) {
					for (org.reportbank.model.Label candidate : session.labels().getLabels()) {
						// a claim's type is one of the claim labels; an entity or metric may become any non-claim label
						if ((category == LabelCategory.CLAIM) == (candidate.getCategory() == LabelCategory.CLAIM)) {
							label.add(candidate.getName());
						}
					}
				}
				label.setText(span.getLabel());
				note.setText(span.getNote() == null ? "" : span.getNote());
				if (span instanceof Metric m) {
					value.setText(m.getValue() == null ? "" : m.getValue().toPlainString());
					unit.setText(m.getUnit() == null ? "" : m.getUnit());
					approximate.setSelection(m.isApproximate());
					normalizedValue.setText(m.getNormalizedValue() == null ? "" : m.getNormalizedValue().toPlainString());
					normalizedUnit.setText(m.getNormalizedUnit() == null ? "" : m.getNormalizedUnit());
					indicator.setText(m.getIndicator() == null ? "" : m.getIndicator());
				}
				fillCitations(span);
			}
			String nowShape = (span == null ? "none" : span.eClass().getName()) + "/" + citations.getChildren().length;
			if (!nowShape.equals(shape) || span == null) { // other fields shown, or the fields' lines changed: lay out anew
				shape = nowShape;
				form.layout(true, true);
				fitScroller();
			} else {
				heading.requestLayout(); // same fields, new texts: only the heading may wrap differently
			}
		} finally {
			filling = false;
		}
	}

	/** For a claim: the metrics of its sentence, each a check box saying whether the claim cites it. */
	private void fillCitations(Span span) {
		for (Control old : citations.getChildren()) {
			old.dispose();
		}
		if (!(span instanceof Claim claim)) {
			claimMetrics.setText("");
			return;
		}
		claimMetrics.setText("Metrics this claim cites:");
		List<Span> inSentence = session.shownSpans().stream().filter(m -> m instanceof Metric
				&& m.getBegin() >= claim.getBegin() && m.getEnd() <= claim.getEnd()).toList();
		if (inSentence.isEmpty()) {
			new Label(citations, SWT.NONE).setText("(no metric in this sentence)");
		}
		for (Span metric : inSentence) {
			Button box = new Button(citations, SWT.CHECK);
			box.setText(Labels.covered(session.report(), metric));
			Span mine = session.isSuggestion(metric) ? session.decisionOn(metric) : metric;
			box.setSelection(claim.getMetrics().contains(metric) || (mine != null && claim.getMetrics().contains(mine)));
			box.addListener(SWT.Selection, e -> {
				if (!filling) {
					boolean cited = box.getSelection();
					// after this listener: the edit refills this form, which disposes the box
					box.getDisplay().asyncExec(() -> session.cite(claim, metric, cited));
				}
			});
		}
	}

	/** The check boxes of the metrics the shown claim may cite. */
	public Control[] citationBoxes() {
		return citations.getChildren();
	}

	/** Lets the form scroll when the part is shorter than its fields. */
	private void fitScroller() {
		int width = scroller.getClientArea().width;
		scroller.setMinSize(form.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
	}

	/** The span shown, or null. */
	public Span shown() {
		return shown;
	}

	public Text valueField() {
		return value;
	}

	public Text noteField() {
		return note;
	}

	/** The box of a document field ({@code title}, {@code region}, ...), shown while no span is current. */
	public Text documentFieldBox(String field) {
		return documentFields.box(field);
	}

	public Button documentFieldAccept(String field) {
		return documentFields.accept(field);
	}

	/** The line under each document field's box, in field order. */
	public List<String> documentFieldStates() {
		return documentFields.states();
	}

	/** What the view says of a refused value, or "". */
	public String problem() {
		return problem.getText();
	}
}
