package org.reportbank.ui.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The help of each view: the Eclipse Help contexts of org.reportbank.help (the user guide made
 * into help pages), found by the view's id. An Eclipse IDE shows them with its own help system;
 * the product, which has none, opens the topic's page (unpacked from the help bundle) in the
 * desktop's browser.
 */
public final class ContextHelp {

	/** The help bundle; it is optional, so a workbench without it still starts. */
	public static final String HELP_BUNDLE = "org.reportbank.help";

	/** The help context of each view (the ids contexts.xml defines, prefixed by the help bundle's name). */
	private static final Map<String, String> CONTEXTS = Map.of( //
			"org.reportbank.ui.part.navigator", "reports", //
			"org.reportbank.ui.part.report", "report", //
			"org.reportbank.ui.part.palette", "labels", //
			"org.reportbank.ui.part.spans", "spans", //
			"org.reportbank.ui.part.properties", "properties", //
			"org.reportbank.ui.part.statistics", "statistics", //
			"org.reportbank.ui.part.checks", "checks", //
			"org.reportbank.ui.part.agreement", "agreement", //
			"org.reportbank.ui.part.curation", "curation", //
			"org.reportbank.ui.part.recommenders", "recommenders");

	/** A view's help: what the context says and its first topic, as a file on disk with its anchor. */
	public record Topic(String contextId, String title, String description, URL page) {
	}

	/** The full context id of a view ("org.reportbank.help.report"), or null for a view without help. */
	public static String contextOf(String partId) {
		String local = CONTEXTS.get(partId);
		return local == null ? null : HELP_BUNDLE + "." + local;
	}

	/** The help topic of the view, or null when the view has none or the help bundle is not installed. */
	public static Topic topicOf(String partId) throws IOException {
		String local = CONTEXTS.get(partId);
		Bundle help = Platform.getBundle(HELP_BUNDLE);
		if (local == null || help == null) {
			return null;
		}
		try (InputStream in = help.getEntry("contexts.xml").openStream()) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			NodeList contexts = factory.newDocumentBuilder().parse(in).getElementsByTagName("context");
			for (int i = 0; i < contexts.getLength(); i++) {
				Element context = (Element) contexts.item(i);
				if (!local.equals(context.getAttribute("id"))) {
					continue;
				}
				Element topic = (Element) context.getElementsByTagName("topic").item(0);
				String href = topic.getAttribute("href");
				int hash = href.indexOf('#');
				String file = hash < 0 ? href : href.substring(0, hash);
				// the pages link to each other, to images and the style sheet: unpack the whole folder
				FileLocator.toFileURL(help.getEntry(file.substring(0, file.indexOf('/') + 1)));
				URL page = FileLocator.toFileURL(help.getEntry(file));
				URL withAnchor = hash < 0 ? page : new URL(page, page.getFile() + href.substring(hash));
				String description = context.getElementsByTagName("description").item(0).getTextContent().strip();
				return new Topic(HELP_BUNDLE + "." + local, context.getAttribute("title"), description, withAnchor);
			}
			return null;
		} catch (IOException e) {
			throw e;
		} catch (Exception e) {
			throw new IOException(HELP_BUNDLE + "/contexts.xml: " + e.getMessage(), e);
		}
	}

	private ContextHelp() {
	}
}
