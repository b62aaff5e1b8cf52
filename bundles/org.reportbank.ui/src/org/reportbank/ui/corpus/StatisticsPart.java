package org.reportbank.ui.corpus;

import org.reportbank.ui.PersonalLabels;
import org.reportbank.ui.widgets.Colors;
import org.reportbank.ui.widgets.BarChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.reportbank.core.stats.CorpusStatistics;
import org.reportbank.core.stats.ReportWalk;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.LabelSet;
import org.reportbank.ui.CorpusEvents;

/**
 * Corpus statistics as pictures: spans per label in the label colours, and reports per year.
 * Counting reads every report, so it runs as a job and redraws when done.
 */
public class StatisticsPart {

	public static final String ID = "org.reportbank.ui.part.statistics";

	private static final RGB NEUTRAL = new RGB(0x88, 0x99, 0xaa);

	@Inject
	@Optional
	private CorpusStore store;

	@Inject
	private UISynchronize ui;

	private ScrolledComposite scroller;
	private Composite content;
	private Label summary;
	private BarChart labels;
	private BarChart acceptance;
	private BarChart years;
	private CorpusStatistics.Counts counts;

	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(new FillLayout());
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		content = new Composite(scroller, SWT.NONE);
		scroller.setContent(content);
		content.setLayout(new GridLayout(1, false));
		content.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		summary = new Label(content, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		labels = chart(content);
		acceptance = chart(content);
		years = chart(content);
		recount();
	}

	private static BarChart chart(Composite parent) {
		BarChart chart = new BarChart(parent);
		chart.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return chart;
	}

	/** Each chart as tall as its bars need; the part scrolls when they do not fit. */
	private void fitCharts() {
		for (BarChart chart : new BarChart[] { labels, acceptance, years }) {
			((GridData) chart.control().getLayoutData()).heightHint = chart.preferredHeight();
		}
		content.layout(true, true);
		scroller.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	@Inject
	@Optional
	void corpusChanged(@UIEventTopic(CorpusEvents.ANY_CHANGE) Object what) {
		if (summary != null && !summary.isDisposed()) {
			recount();
		}
	}

	private void recount() {
		if (store == null) {
			summary.setText("No corpus is open.");
			return;
		}
		summary.setText("Counting…");
		Job job = new Job("Counting the corpus") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					CorpusStatistics.Counts result = new CorpusStatistics().count(store, monitor);
					ui.asyncExec(() -> show(result));
					return Status.OK_STATUS;
				} catch (StoreException e) {
					ui.asyncExec(() -> summary.setText(e.getMessage()));
					return Status.error(e.getMessage(), e);
				}
			}
		};
		job.schedule();
	}

	private void show(CorpusStatistics.Counts result) {
		if (summary.isDisposed()) {
			return;
		}
		counts = result;
		summary.setText(result.reports() + " reports, " + result.characters() + " characters, " + result.sections()
				+ " sections, " + result.spans() + " spans (per report: " + String.format("%.1f", result.spansPerReport().mean())
				+ " on average, " + result.spansPerReport().min() + " to " + result.spansPerReport().max() + ")"
				+ (result.unreadable().isEmpty() ? "" : ". Left out: " + ReportWalk.describe(result.unreadable())));
		labels.show("Spans by label", bars(result.spansByLabel(), PersonalLabels.of(store)));
		acceptance.show("Suggestions accepted, of those a person decided on (%)", acceptanceBars(result));
		years.show("Reports by year", bars(result.reportsByYear(), null));
		fitCharts();
	}

	private static List<BarChart.Bar> bars(Map<String, Integer> values, LabelSet colors) {
		List<BarChart.Bar> bars = new ArrayList<>();
		values.forEach((name, value) -> bars.add(new BarChart.Bar(name, value, color(name, colors), null)));
		return bars;
	}

	private List<BarChart.Bar> acceptanceBars(CorpusStatistics.Counts result) {
		List<BarChart.Bar> bars = new ArrayList<>();
		LabelSet colors = PersonalLabels.of(store); // a copy each call: once, not once per label
		result.acceptanceByLabel().forEach((label, a) -> bars.add(new BarChart.Bar(label,
				a.decided() == 0 ? 0 : 100 * a.rate(), color(label, colors),
				a.decided() == 0 ? "(none decided of " + a.suggestions() + ")" : "(" + a.accepted() + " of " + a.decided() + ")")));
		return bars;
	}

	private static RGB color(String label, LabelSet labels) {
		if (labels == null) {
			return NEUTRAL;
		}
		return labels.getLabels().stream().filter(l -> l.getName().equals(label)).findFirst()
				.map(l -> Colors.rgb(l.getColor(), 0)).orElse(NEUTRAL);
	}

	@Focus
	public void focus() {
		summary.setFocus();
	}

	/** The figures shown, for tests; null until counted. */
	public CorpusStatistics.Counts counts() {
		return counts;
	}
}
