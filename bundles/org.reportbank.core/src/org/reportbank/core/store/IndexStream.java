package org.reportbank.core.store;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
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

	/** The index without its entries, and how many entries it lists. */
	record Checked(Corpus withoutEntries, int entries) {
	}

	/**
	 * Reads the index file once: keeps everything but the entries (loaded as strictly as any file
	 * of the corpus) and checks the entries as loading the whole index checks them: each id a
	 * valid report id, none listed twice. Holds 8 bytes a report (a 64-bit hash of each id), not
	 * the entries; two ids with the same hash are told apart by the caller loading the index whole.
	 *
	 * @throws IOException         the file cannot be read or is not an index
	 * @throws DuplicateSuspicion two ids have the same hash (most likely the same id twice)
	 */
	static Checked check(Path index) throws IOException, DuplicateSuspicion {
		ByteArrayOutputStream kept = new ByteArrayOutputStream();
		long[] hashes = new long[1024];
		int count = 0;
		try {
			XMLEventWriter rest = XMLOutputFactory.newFactory().createXMLEventWriter(kept, "UTF-8");
			try (Cursor cursor = cursor(index, rest)) {
				for (ReportEntry entry = cursor.next(); entry != null; entry = cursor.next()) {
					String problem = ReportIds.problem(entry.getId());
					if (problem != null) {
						throw new IOException(index + ": " + problem);
					}
					if (count == hashes.length) {
						hashes = Arrays.copyOf(hashes, count * 2);
					}
					hashes[count++] = hash(entry.getId());
				}
			}
			rest.close();
		} catch (XMLStreamException e) {
			throw new IOException(index + ": " + lineAndMessage(e), e);
		}
		long[] sorted = Arrays.copyOf(hashes, count);
		Arrays.sort(sorted);
		for (int i = 1; i < sorted.length; i++) {
			if (sorted[i] == sorted[i - 1]) {
				throw new DuplicateSuspicion();
			}
		}
		Corpus withoutEntries = ModelFiles.read(new ByteArrayInputStream(kept.toByteArray()),
				URI.createFileURI(index.toAbsolutePath().toString()), index.toString(), Corpus.class);
		return new Checked(withoutEntries, count);
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

	/** Two ids of the index hash alike: load the index whole to say which report is listed twice. */
	static final class DuplicateSuspicion extends Exception {
		private static final long serialVersionUID = 1L;
	}

	/** 64-bit FNV-1a of the id's characters: at 1,000,000 reports two different ids collide with odds of about 1 in 37 million. */
	private static long hash(String id) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < id.length(); i++) {
			hash ^= id.charAt(i);
			hash *= 0x100000001b3L;
		}
		return hash;
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
