package org.reportbank.help.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The user guide as Eclipse Help, read from the org.reportbank.help bundle as it runs (so only what the build
 * generated and packaged counts): the table of contents and the F1 contexts lead to pages and anchors that exist, the
 * pages' images and links too, every section of docs/user-guide.md has its topic and every view its context.
 */
class HelpContentsTest {

	private static final String HELP = "org.reportbank.help";
	/** The views whose F1 context the UI asks for, as org.reportbank.help.&lt;view&gt;. */
	private static final List<String> VIEWS = List.of("reports", "report", "labels", "spans", "properties", "statistics", "checks",
			"agreement", "curation", "recommenders", "export", "import");
	private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

	private static Bundle help;
	/** Every packaged page by its path in the bundle (html/reports.html). */
	private static final Map<String, org.jsoup.nodes.Document> pages = new TreeMap<>();

	@BeforeAll
	static void readThePackagedPages() throws IOException {
		help = Platform.getBundle(HELP);
		assertNotNull(help, "the help bundle is in the runtime");
		for (URL entry : Collections.list(help.findEntries("html", "*.html", true))) {
			try (InputStream in = entry.openStream()) {
				pages.put(entry.getPath().substring(1), Jsoup.parse(in, "UTF-8", ""));
			}
		}
		assertTrue(pages.size() > 10, "the pages were generated and packaged: " + pages.keySet());
	}

	@Test
	void theHelpBundleIsASingletonThatRequiresNothing() {
		assertTrue(help.getHeaders().get(Constants.BUNDLE_SYMBOLICNAME).contains("singleton:=true"), "a bundle with plugin.xml");
		// org.eclipse.help.ui would bring the 3.x workbench into the product; an IDE has org.eclipse.help anyway
		assertNull(help.getHeaders().get(Constants.REQUIRE_BUNDLE));
		assertNull(help.getHeaders().get(Constants.IMPORT_PACKAGE));
	}

	@Test
	void pluginXmlContributesThePrimaryTocAndTheContexts() throws Exception {
		Document plugin = xml("plugin.xml");
		NodeList extensions = plugin.getElementsByTagName("extension");
		Map<String, org.w3c.dom.Element> byPoint = new TreeMap<>();
		for (int i = 0; i < extensions.getLength(); i++) {
			org.w3c.dom.Element extension = (org.w3c.dom.Element) extensions.item(i);
			byPoint.put(extension.getAttribute("point"), firstChild(extension));
		}
		assertEquals(List.of("org.eclipse.help.contexts", "org.eclipse.help.toc"), List.copyOf(byPoint.keySet()));
		org.w3c.dom.Element toc = byPoint.get("org.eclipse.help.toc");
		assertEquals("toc.xml", toc.getAttribute("file"));
		assertEquals("true", toc.getAttribute("primary"), "a book of its own in Help Contents");
		assertEquals("contexts.xml", byPoint.get("org.eclipse.help.contexts").getAttribute("file"));
	}

	@Test
	void theTocAndTheContextsAreWellFormed() throws Exception {
		assertEquals("toc", xml("toc.xml").getDocumentElement().getTagName());
		assertEquals("contexts", xml("contexts.xml").getDocumentElement().getTagName());
	}

	@Test
	void theBookHasATopicForEveryTopLevelSectionOfTheGuide() throws Exception {
		org.w3c.dom.Element toc = xml("toc.xml").getDocumentElement();
		assertEquals("Reportbank", toc.getAttribute("label"));
		List<String> topics = new ArrayList<>();
		for (org.w3c.dom.Element topic : children(toc, "topic")) {
			topics.add(topic.getAttribute("label"));
		}
		assertEquals("Reference", topics.remove(topics.size() - 1), "the documents the guide links to, last");
		assertEquals(guideSections(), topics, "the ## sections of docs/user-guide.md, in order");
	}

	@Test
	void everyHrefOfTheTocAndTheContextsLeadsToAGeneratedPageAndAnchor() throws Exception {
		List<String> hrefs = new ArrayList<>();
		Document toc = xml("toc.xml");
		hrefs.add(toc.getDocumentElement().getAttribute("topic"));
		hrefs.addAll(attributes(toc, "topic", "href"));
		hrefs.addAll(attributes(xml("contexts.xml"), "topic", "href"));
		assertTrue(hrefs.size() > 20, "hrefs read: " + hrefs);
		List<String> broken = new ArrayList<>();
		for (String href : hrefs) {
			String problem = problemOf("", href);
			if (problem != null) {
				broken.add(href + ": " + problem);
			}
		}
		assertEquals(List.of(), broken);
	}

	@Test
	void everyImageAndStyleSheetOfAPageIsPackaged() {
		List<String> missing = new ArrayList<>();
		int images = 0;
		for (Map.Entry<String, org.jsoup.nodes.Document> page : pages.entrySet()) {
			for (Element image : page.getValue().select("img[src]")) {
				images++;
				checkFile(page.getKey(), image.attr("src"), missing);
			}
			for (Element link : page.getValue().select("link[href]")) {
				checkFile(page.getKey(), link.attr("href"), missing);
			}
		}
		assertTrue(images >= 9, "the guide's screenshots: " + images);
		assertEquals(List.of(), missing);
	}

	@Test
	void everyLinkBetweenThePagesLeadsToAPageAndAnchor() {
		List<String> broken = new ArrayList<>();
		int links = 0;
		for (Map.Entry<String, org.jsoup.nodes.Document> page : pages.entrySet()) {
			for (Element link : page.getValue().select("a[href]")) {
				String href = link.attr("href");
				if (SCHEME.matcher(href).find()) {
					continue; // a web address
				}
				links++;
				String problem = problemOf(page.getKey(), href);
				if (problem != null) {
					broken.add(page.getKey() + " → " + href + ": " + problem);
				}
			}
		}
		assertTrue(links > 20, "links between pages: " + links);
		assertEquals(List.of(), broken);
	}

	@Test
	void everyViewHasAContextWithADescriptionAndTopics() throws Exception {
		Map<String, org.w3c.dom.Element> contexts = new TreeMap<>();
		for (org.w3c.dom.Element context : children(xml("contexts.xml").getDocumentElement(), "context")) {
			contexts.put(context.getAttribute("id"), context);
		}
		List<String> missing = new ArrayList<>(VIEWS);
		missing.removeAll(contexts.keySet());
		assertEquals(List.of(), missing, "views without an F1 context (the UI asks for " + HELP + ".<view>)");
		for (String view : VIEWS) {
			org.w3c.dom.Element context = contexts.get(view);
			List<org.w3c.dom.Element> description = children(context, "description");
			assertEquals(1, description.size(), view);
			String text = description.get(0).getTextContent().strip();
			assertFalse(text.isEmpty() || text.contains("\n"), view + ": one line: " + text);
			assertFalse(children(context, "topic").isEmpty(), view + " links to its topic");
		}
	}

	/**
	 * What an IDE does with the bundle: Eclipse's own help system (its core, as in any IDE) lists the book with the
	 * guide's sections, and finds the context of every view under the id the UI passes (the bundle's name, a dot, the
	 * local id), with its description and topics on generated pages.
	 */
	@Test
	void eclipsesHelpSystemFindsTheBookAndTheContextOfEveryView() throws Exception {
		IToc book = Arrays.stream(HelpSystem.getTocs()).filter(toc -> "Reportbank".equals(toc.getLabel())).findFirst().orElse(null);
		assertNotNull(book, "the Reportbank book among " + Arrays.stream(HelpSystem.getTocs()).map(IToc::getLabel).toList());
		List<String> sections = new ArrayList<>(guideSections());
		sections.add("Reference");
		assertEquals(sections, Arrays.stream(book.getTopics()).map(ITopic::getLabel).toList());
		List<String> problems = new ArrayList<>();
		for (String view : VIEWS) {
			IContext context = HelpSystem.getContext(HELP + "." + view);
			if (context == null || context.getText() == null || context.getText().isBlank()) {
				problems.add(view + ": no context or no description");
				continue;
			}
			for (IHelpResource topic : context.getRelatedTopics()) {
				// hrefs come back as /<bundle>/<path in the bundle>
				String prefix = "/" + HELP + "/";
				String problem = topic.getHref().startsWith(prefix) ? problemOf("", topic.getHref().substring(prefix.length()))
						: "not in the help bundle";
				if (problem != null) {
					problems.add(view + " → " + topic.getHref() + ": " + problem);
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	/** The ## headings of the guide, outside code blocks, as their text reads. */
	private static List<String> guideSections() throws IOException {
		Path guide = Path.of(System.getProperty("reportbank.root")).resolve("docs/user-guide.md");
		List<String> sections = new ArrayList<>();
		boolean code = false;
		for (String line : Files.readAllLines(guide, StandardCharsets.UTF_8)) {
			if (line.startsWith("```") || line.startsWith("~~~")) {
				code = !code;
			} else if (!code && line.startsWith("## ")) {
				sections.add(line.substring(3).replaceAll("[`*]", "").strip());
			}
		}
		assertTrue(sections.size() > 5, "sections of the guide: " + sections);
		return sections;
	}

	/** Why an href of a page (or of the bundle root, for "") leads nowhere, or null when it leads to a page and anchor. */
	private static String problemOf(String from, String href) {
		int hash = href.indexOf('#');
		String path = hash < 0 ? href : href.substring(0, hash);
		String page = path.isEmpty() ? from : resolve(from, path);
		org.jsoup.nodes.Document target = pages.get(page);
		if (target == null) {
			return "no page " + page;
		}
		if (hash >= 0 && target.getElementById(href.substring(hash + 1)) == null) {
			return page + " has no anchor " + href.substring(hash + 1);
		}
		return null;
	}

	private static void checkFile(String page, String href, List<String> missing) {
		String file = resolve(page, href);
		if (help.getEntry(file) == null) {
			missing.add(page + " → " + file);
		}
	}

	/** A relative reference of a page as a path in the bundle. */
	private static String resolve(String page, String href) {
		return URI.create("/" + page).resolve(href).getPath().substring(1);
	}

	private static Document xml(String entry) throws Exception {
		URL url = help.getEntry(entry);
		assertNotNull(url, entry + " is packaged");
		try (InputStream in = url.openStream()) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(in); // throws when not well-formed
		}
	}

	private static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String name) {
		List<org.w3c.dom.Element> children = new ArrayList<>();
		for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof org.w3c.dom.Element element && element.getTagName().equals(name)) {
				children.add(element);
			}
		}
		return children;
	}

	private static org.w3c.dom.Element firstChild(org.w3c.dom.Element parent) {
		for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof org.w3c.dom.Element element) {
				return element;
			}
		}
		throw new AssertionError("an empty <" + parent.getTagName() + ">");
	}

	private static List<String> attributes(Document document, String element, String attribute) {
		List<String> values = new ArrayList<>();
		NodeList elements = document.getElementsByTagName(element);
		for (int i = 0; i < elements.getLength(); i++) {
			String value = ((org.w3c.dom.Element) elements.item(i)).getAttribute(attribute);
			if (!value.isEmpty()) {
				values.add(value);
			}
		}
		return values;
	}
}
