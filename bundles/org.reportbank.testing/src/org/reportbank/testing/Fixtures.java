package org.reportbank.testing;

import java.nio.file.Path;

import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;

/** Reports, layers and spans in a line each, as the store and the workbench make them. */
public final class Fixtures {

	private static final ReportbankFactory F = ReportbankFactory.eINSTANCE;

	private Fixtures() {
	}

	/** The repository the tests run in ({@code reportbank.root}). */
	public static Path repository() {
		return Path.of(System.getProperty("reportbank.root", "../.."));
	}

	/** The repository's sample reports. */
	public static Path seeds() {
		return repository().resolve("seeds");
	}

	/**
	 * A full report we wrote in the genre's forms (three heading levels, 一是 / 二是 inside a line,
	 * counts, money, ranges, rates that agree with their counts, township offices), relative to
	 * {@link #repository()}: the sample reports alone are not ours.
	 */
	public static final String WRITTEN_REPORT = "bundles/org.reportbank.testing/resources/reports/linhe-district-2024.txt";

	/** A report with an id (16 hex digits if it is to be stored) and a text, nothing else. */
	public static Report report(String id, String text) {
		Report report = F.createReport();
		report.setId(id);
		report.setText(text);
		return report;
	}

	/** A layer added to the report; an annotator's layer is called after its annotator. */
	public static Layer layer(Report report, String id, LayerKind kind) {
		Layer layer = F.createLayer();
		layer.setId(id);
		layer.setKind(kind);
		layer.setAnnotator(kind == LayerKind.ANNOTATOR ? id : null);
		report.getLayers().add(layer);
		return layer;
	}

	public static Layer annotator(Report report, String id) {
		return layer(report, id, LayerKind.ANNOTATOR);
	}

	/** A span added to the layer; its origin follows the layer (a suggestion's is HanLP, a person's human). */
	public static Span span(Layer layer, String id, int begin, int end, String label, SpanStatus status) {
		Span span = F.createSpan();
		span.setId(id);
		span.setBegin(begin);
		span.setEnd(end);
		span.setLabel(label);
		span.setStatus(status);
		span.setOrigin(layer.getKind() == LayerKind.PREANNOTATION ? SpanOrigin.HANLP : SpanOrigin.HUMAN);
		span.setAnnotator(layer.getAnnotator());
		layer.getSpans().add(span);
		return span;
	}

	/** An accepted span whose id is the layer's and its place in it ("王芳-0"). */
	public static Span span(Layer layer, int begin, int end, String label) {
		return span(layer, begin, end, label, SpanStatus.ACCEPTED);
	}

	/** A span whose id is the layer's and its place in it ("王芳-0"). */
	public static Span span(Layer layer, int begin, int end, String label, SpanStatus status) {
		return span(layer, layer.getId() + "-" + layer.getSpans().size(), begin, end, label, status);
	}

	/** A person's decision on a suggestion: a span of theirs based on it, at its place and with its label. */
	public static Span decision(Layer human, Span suggestion, SpanStatus status) {
		Span span = span(human, human.getId() + "-" + suggestion.getId(), suggestion.getBegin(), suggestion.getEnd(),
				suggestion.getLabel(), status);
		span.setBasedOn(suggestion.getId());
		return span;
	}

	/**
	 * A report's text as a PDF extractor may give it: one line, no line breaks, blanks between digits
	 * and the characters after them (2021 年, 18 次) and once inside a number (1 5件).
	 */
	public static String flattenedAsFromPdf(String text) {
		StringBuilder flat = new StringBuilder();
		for (String line : text.lines().toList()) {
			flat.append(line.strip());
		}
		return flat.toString().replaceAll("(\\d)(年|次|件|人)", "$1 $2").replaceFirst("(\\d)(\\d)( 件)", "$1 $2$3");
	}
}
