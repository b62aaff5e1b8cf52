package org.reportbank.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.reportbank.core.labels.DefaultLabels;
import org.reportbank.core.store.LayerIds;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Metric;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Section;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;
import org.reportbank.testing.Fixtures;
import org.reportbank.ui.presenters.Labels;

/** The words the views name reports, sections, spans and layers with, the same in every view. */
class LabelsTest {

	private static final ReportbankFactory F = ReportbankFactory.eINSTANCE;
	private static final String ID = "00000000000000a1";
	private static final String TEXT = "区司法局受理行政复议申请68件。";

	@Test
	void aReportIsNamedByItsTitleOrElseItsId() {
		Report report = Fixtures.report(ID, TEXT);
		assertEquals("(untitled " + ID + ")", Labels.report(report));
		assertEquals("(untitled " + ID + ")", Labels.reportTab(report), "short enough for the tab as it is");
		report.setTitle("柳南区人民政府关于2021年度法治政府建设工作情况的年度报告");
		assertEquals("柳南区人民政府关于2021年度法治政府建设工作情况的年度报告", Labels.report(report));
		assertEquals("柳南区人民政府关于2021年度法治政府建设工作情况的年度…", Labels.reportTab(report), "28 characters on the tab");
		ReportEntry entry = F.createReportEntry();
		entry.setId(ID);
		assertEquals("(untitled " + ID + ")", Labels.report(entry), "the index's entry is named like the report");
		entry.setTitle("城中区2023年报告");
		assertEquals("城中区2023年报告", Labels.report(entry));
		assertEquals("(untitled " + ID + ")", Labels.report(null, ID), "a check's finding names its report alike");
	}

	@Test
	void theOpeningPartOfAReportIsItsPreface() {
		Section preface = F.createSection();
		preface.setNumbering("");
		preface.setHeading("");
		assertEquals("（前言）", Labels.section(preface));
		Section first = F.createSection();
		first.setNumbering("一、");
		first.setHeading("主要成效");
		assertEquals("一、主要成效", Labels.section(first));
	}

	@Test
	void theTextASpanCoversStaysInsideTheReport() {
		assertEquals("区司法局", Labels.covered(TEXT, 0, 4));
		assertEquals("件。", Labels.covered(TEXT, 14, 99), "a span past the end shows what is left of it");
		assertEquals("", Labels.covered(TEXT, 40, 44));
		assertEquals("", Labels.covered(null, 0, 4));
		assertEquals("区司…", Labels.cut("区司法局", 2));
		assertEquals("区司法局", Labels.cut("区司法局", 4));
		assertEquals("「区司法局」", Labels.quoted("区司法局"));
	}

	@Test
	void aSpanInTheHoverTheHeadingAndTheTables() {
		Report report = Fixtures.report(ID, TEXT);
		Layer pre = Fixtures.layer(report, LayerIds.PREANNOTATION, LayerKind.PREANNOTATION);
		Span org = Fixtures.span(pre, "s1", 0, 4, "ORG", SpanStatus.SUGGESTED);
		org.setConfidence(0.5);
		Span law = Fixtures.span(pre, "s2", 4, 6, "LAW", SpanStatus.SUGGESTED);
		AnnotationSession session = new AnnotationSession(report, "王芳", DefaultLabels.create());

		assertEquals("hanlp", Labels.origin(org));
		assertEquals("suggested", Labels.status(session, org));
		assertEquals("ORG · hanlp · suggested" + String.format(" · confidence %.2f", 0.5), Labels.hover(session, org),
				"a machine's suggestion: how sure it was, and no annotator");
		assertEquals("「区司法局」\nhanlp · suggested", Labels.heading(session, org));

		Span accepted = session.accept(org);
		accepted.setNote("机关名称");
		assertEquals("accepted", Labels.status(session, accepted));
		assertEquals("ORG · hanlp · accepted" + String.format(" · confidence %.2f", 0.5) + " · 王芳\n机关名称", Labels.hover(session, accepted),
				"the person's decision: hers, the note on a line of its own");
		assertEquals("「区司法局」\nhanlp · accepted · 王芳", Labels.heading(session, accepted));
		session.reject(law);
		assertEquals("rejected", Labels.status(session, session.decisionOn(law)));

		Span learned = Fixtures.span(pre, "r-string-6-8-LOC", 6, 8, "LOC", SpanStatus.SUGGESTED);
		learned.setOrigin(SpanOrigin.MODEL);
		learned.setConfidence(0.75);
		learned.setTool("string");
		assertEquals("LOC · model · suggested" + String.format(" · confidence %.2f", 0.75) + " · string",
				Labels.hover(new AnnotationSession(report, "王芳", DefaultLabels.create()), learned),
				"a model's suggestion names the recommender that made it");

		Report longer = Fixtures.report(ID, TEXT.repeat(5));
		Span claim = Fixtures.span(Fixtures.annotator(longer, "王芳"), 0, longer.getText().length(), "CLAIM");
		assertEquals("CLAIM · human · accepted · 王芳", Labels.hover(new AnnotationSession(longer, "王芳", DefaultLabels.create()), claim),
				"a person's own span: no confidence");
		assertEquals("「" + longer.getText().substring(0, 60) + "…」\nhuman · accepted · 王芳",
				Labels.heading(new AnnotationSession(longer, "王芳", DefaultLabels.create()), claim), "a long span is cut in the heading");
	}

	@Test
	void aSpanByLabelValueAndPlaceAsCurationListsVersions() {
		Metric metric = F.createMetric();
		metric.setLabel("METRIC");
		metric.setBegin(12);
		metric.setEnd(15);
		assertEquals("METRIC [12,15)", Labels.place(metric));
		metric.setUnit("件");
		assertEquals("METRIC ? 件 [12,15)", Labels.place(metric), "a unit without a value");
		metric.setValue(new BigDecimal("68"));
		assertEquals("METRIC 68 件 [12,15)", Labels.place(metric));
		Report report = Fixtures.report(ID, TEXT);
		assertEquals("ORG [0,4)", Labels.place(Fixtures.span(Fixtures.annotator(report, "李明"), 0, 4, "ORG")));
	}

	@Test
	void aLayerIsNamedByWhoseItIs() {
		assertEquals("gold", Labels.layer(LayerKind.GOLD, null));
		assertEquals("pre-annotation", Labels.layer(LayerKind.PREANNOTATION, null));
		assertEquals("王芳", Labels.layer(LayerKind.ANNOTATOR, "王芳"));
	}
}
