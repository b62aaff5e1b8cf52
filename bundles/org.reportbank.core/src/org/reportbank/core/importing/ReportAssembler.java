package org.reportbank.core.importing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.reportbank.core.internal.structure.ReportFacts;
import org.reportbank.core.internal.structure.SectionNode;
import org.reportbank.core.internal.text.ChangeLog;
import org.reportbank.core.internal.text.NormalizedText;
import org.reportbank.model.DocumentKind;
import org.reportbank.model.FieldSource;
import org.reportbank.model.MetadataEntry;
import org.reportbank.model.Normalization;
import org.reportbank.model.Report;
import org.reportbank.model.ReportStatus;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Section;
import org.reportbank.model.SectionKind;
import org.reportbank.model.Source;

/** Turns what the importer found into the model's Report. */
final class ReportAssembler {

	record SourceInfo(String file, String format, String encoding, String sha256, String imported) {
	}

	private static final ReportbankFactory FACTORY = ReportbankFactory.eINSTANCE;

	private ReportAssembler() {
	}

	static Report assemble(String id, NormalizedText normalized, ReportFacts facts, List<SectionNode> sections,
			SourceInfo sourceInfo) {
		Report report = FACTORY.createReport();
		report.setId(id);
		report.setTitle(facts.title());
		report.setRegion(facts.region());
		report.setYear(facts.year());
		report.setPublisher(facts.publisher());
		report.setPublished(facts.published());
		report.setDocumentKind(DocumentKind.valueOf(facts.documentType().name()));
		report.setStatus(ReportStatus.NEW);
		report.setText(normalized.text());

		Source source = FACTORY.createSource();
		source.setFile(sourceInfo.file());
		source.setFormat(sourceInfo.format());
		source.setEncoding(sourceInfo.encoding());
		source.setSha256(sourceInfo.sha256());
		source.setImported(sourceInfo.imported());
		report.setSource(source);

		for (Map.Entry<String, String> field : facts.metadata().entrySet()) {
			MetadataEntry entry = FACTORY.createMetadataEntry();
			entry.setKey(field.getKey());
			entry.setValue(field.getValue());
			report.getMetadata().add(entry);
		}
		for (ReportFacts.Source from : facts.sources()) {
			FieldSource read = FACTORY.createFieldSource();
			read.setField(from.field());
			read.setRule(from.rule());
			read.setLine(from.line());
			read.setText(from.text());
			report.getFieldSources().add(read);
		}
		for (ChangeLog.Entry change : normalized.changes()) {
			Normalization normalization = FACTORY.createNormalization();
			normalization.setKind(change.kind());
			normalization.setCount(change.count());
			normalization.getExamples().addAll(change.examples());
			report.getNormalizations().add(normalization);
		}
		for (SectionNode node : sections) {
			report.getSections().add(section(node));
		}
		return report;
	}

	/**
	 * The model's copy of a section tree, built with a stack of pending nodes instead of
	 * recursion, so the Java stack never depends on the tree.
	 */
	private static Section section(SectionNode root) {
		record Pending(SectionNode node, Section parent) {
		}
		Section top = null;
		Deque<Pending> pending = new ArrayDeque<>();
		pending.push(new Pending(root, null));
		while (!pending.isEmpty()) {
			Pending next = pending.pop();
			Section section = copyOf(next.node());
			if (next.parent() == null) {
				top = section;
			} else {
				next.parent().getChildren().add(section);
			}
			// pushed last child first, so children are popped, and added, in their order
			for (int i = next.node().children.size() - 1; i >= 0; i--) {
				pending.push(new Pending(next.node().children.get(i), section));
			}
		}
		return top;
	}

	private static Section copyOf(SectionNode node) {
		Section section = FACTORY.createSection();
		section.setId(node.id);
		section.setNumbering(node.numbering);
		section.setLevel(node.level);
		section.setHeading(node.heading);
		section.setBegin(node.begin);
		section.setEnd(node.end);
		section.setHeadingEnd(node.headingEnd);
		section.setKind(SectionKind.valueOf(node.kind.name()));
		return section;
	}
}
