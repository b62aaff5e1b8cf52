package org.reportbank.core.store;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;

import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.reportbank.model.Corpus;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.ReportbankPackage;

/**
 * Reads the index file without holding its entries: the index without them (label set,
 * annotators, settings: a few KB), and the entries one at a time, for a command that walks every
 * report (stats, export, agreement). The whole index loaded takes about 0.5 KB a report; a walk
 * through this stream holds one entry. The entries are read from their attributes by the model's
 * own features, so a field added to the model is read here too; as strict as {@link ModelFiles}:
 * no DOCTYPE, a bounded depth, an unknown attribute or a value that does not parse is a problem
 * of the file, named with its line.
 */
final class IndexStream {

	private static final String ENTRIES = ReportbankPackage.Literals.CORPUS__ENTRIES.getName();

	private IndexStream() {
	}

	/** The index without its entries, and the ids of its entries in index order. */
	record Checked(Corpus withoutEntries, ReportIdList ids) {
	}

	/**
	 * Reads the index file once: keeps everything but the entries (loaded as strictly as any file
	 * of the corpus) and checks the entries as loading the whole index checks them: each id a
	 * valid report id, none listed twice. Holds 8 bytes a report (an id's 16 hex digits are one
	 * 64-bit number), not the entries.
	 *
	 * @throws IOException the file cannot be read or is not an index
	 */
	static Checked check(Path index) throws IOException {
		ByteArrayOutputStream kept = new ByteArrayOutputStream();
		ReportIdList ids = new ReportIdList();
		try {
			XMLEventWriter rest = XMLOutputFactory.newFactory().createXMLEventWriter(kept, "UTF-8");
			try (Cursor cursor = cursor(index, rest)) {
				for (ReportEntry entry = cursor.next(); entry != null; entry = cursor.next()) {
					String problem = ReportIds.problem(entry.getId());
					if (problem != null) {
						throw new IOException(index + ": " + problem);
					}
					ids.add(entry.getId());
				}
			}
			rest.close();
		} catch (XMLStreamException e) {
			throw new IOException(index + ": " + lineAndMessage(e), e);
		}
		String twice = ids.firstRepeated();
		if (twice != null) {
			throw new IOException(index + ": report " + twice + " is listed twice");
		}
		Corpus withoutEntries = ModelFiles.read(new ByteArrayInputStream(kept.toByteArray()),
				URI.createFileURI(index.toAbsolutePath().toString()), index.toString(), Corpus.class);
		return new Checked(withoutEntries, ids);
	}

	/** The entries of an index file, read as they are asked for; close it when done. */
	static Cursor entries(Path index) throws IOException {
		return cursor(index, null);
	}

	private static Cursor cursor(Path index, XMLEventWriter rest) throws IOException {
		InputStream in = open(index);
		try {
			return new Cursor(index, in, inputs().createXMLEventReader(in), rest);
		} catch (XMLStreamException | RuntimeException e) {
			in.close();
			throw new IOException(index + ": " + lineAndMessage(e), e);
		}
	}

	/**
	 * The entries of one read of the index file, in file order; everything else in the file goes
	 * to {@code rest} when there is one (the index without its entries).
	 */
	static final class Cursor implements AutoCloseable {
		private final Path index;
		private final InputStream in;
		private final XMLEventReader xml;
		private final XMLEventWriter rest;
		private int depth;

		private Cursor(Path index, InputStream in, XMLEventReader xml, XMLEventWriter rest) {
			this.index = index;
			this.in = in;
			this.xml = xml;
			this.rest = rest;
		}

		/** The next entry, or null after the last. */
		ReportEntry next() throws IOException {
			try {
				while (xml.hasNext()) {
					XMLEvent event = xml.nextEvent();
					int line = event.getLocation().getLineNumber();
					refuseDoctype(index, event.getEventType(), line);
					if (event.isStartElement()) {
						depth++;
						if (depth > ModelFiles.MAX_ELEMENT_DEPTH) {
							throw new IOException(index + ": line " + line + ": elements nest deeper than " + ModelFiles.MAX_ELEMENT_DEPTH);
						}
						StartElement start = event.asStartElement();
						if (depth == 2 && ENTRIES.equals(start.getName().getLocalPart())) {
							ReportEntry entry = entry(start, line);
							skipToEndOfEntry();
							return entry;
						}
					} else if (event.isEndElement()) {
						depth--;
					}
					if (rest != null) {
						rest.add(event);
					}
				}
				return null;
			} catch (XMLStreamException | RuntimeException e) {
				throw new IOException(index + ": " + lineAndMessage(e), e);
			}
		}

		/** An entry holds nothing but attributes; whatever else is inside it is passed over with it. */
		private void skipToEndOfEntry() throws XMLStreamException {
			int inner = 0;
			while (true) {
				XMLEvent event = xml.nextEvent();
				if (event.isStartElement()) {
					inner++;
				} else if (event.isEndElement() && inner-- == 0) {
					depth--;
					return;
				}
			}
		}

		private ReportEntry entry(StartElement start, int line) throws IOException {
			ReportEntry entry = ReportbankFactory.eINSTANCE.createReportEntry();
			for (Iterator<Attribute> attributes = start.getAttributes(); attributes.hasNext();) {
				Attribute xmlAttribute = attributes.next();
				String namespace = xmlAttribute.getName().getNamespaceURI();
				if (namespace != null && !namespace.isEmpty()) {
					continue; // xmi:id and the like: nothing of the entry's own
				}
				String name = xmlAttribute.getName().getLocalPart();
				EStructuralFeature feature = ReportbankPackage.Literals.REPORT_ENTRY.getEStructuralFeature(name);
				if (!(feature instanceof EAttribute attribute)) {
					throw new IOException(index + ": line " + line + ": an entry has an attribute '" + name
							+ "' the model does not know");
				}
				try {
					entry.eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), xmlAttribute.getValue()));
				} catch (RuntimeException e) {
					throw new IOException(index + ": line " + line + ": the entry's " + name + " '"
							+ xmlAttribute.getValue() + "' is not a " + attribute.getEAttributeType().getName(), e);
				}
			}
			return entry;
		}

		@Override
		public void close() throws IOException {
			try {
				xml.close();
			} catch (XMLStreamException e) {
				// the stream below is closed all the same
			} finally {
				in.close();
			}
		}
	}

	private static InputStream open(Path index) throws IOException {
		return new BufferedInputStream(ModelFiles.open(index), 64 * 1024);
	}

	/** A parser that neither reads a DTD nor resolves an entity: what another person's file holds stays text. */
	private static XMLInputFactory inputs() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
		return factory;
	}

	private static void refuseDoctype(Path index, int event, int line) throws IOException {
		if (event == javax.xml.stream.XMLStreamConstants.DTD) {
			throw new IOException(index + ": line " + line + ": a DOCTYPE is not allowed in a corpus file");
		}
	}

	private static String lineAndMessage(Exception e) {
		if (e instanceof XMLStreamException xml && xml.getLocation() != null) {
			return "line " + xml.getLocation().getLineNumber() + ": " + xml.getMessage();
		}
		return String.valueOf(e.getMessage());
	}
}
