package org.reportbank.help.generator;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Generates the Eclipse Help contents of org.reportbank.help from the user guide, so its prose exists once, in markdown:
 * an index page, one page per top-level (##) section of the guide, one page for every other document of the guide's
 * folder that the guide links to (directly or through those documents), the images they show, a style sheet and
 * toc.xml. Arguments: the guide (docs/user-guide.md) and the output folder (the help bundle's target/help).
 * <p>
 * Headings get the ids GitHub gives them, so the guide's own links (#reports, formats.md#the-corpus-folder) work on
 * GitHub and in the help alike; here they are rewritten to the page the heading ended up on. A link to an anchor no
 * heading has, or an image that does not exist, fails the generation: a broken link breaks the build, not the help.
 */
public final class GenerateHelp {

	/** The label of the book in Help > Help Contents. */
	static final String BOOK = "Reportbank";
	private static final String HTML = "html/";
	private static final String INDEX = HTML + "index.html";
	private static final String REFERENCE_ANCHOR = "reference";
	private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
	private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

	/** A markdown document and the page each of its headings ended up on. */
	private static final class Source {
		final Path file;
		final Node document;
		final Map<String, String> pageOfAnchor = new HashMap<>();
		/** Where a link to the whole document leads. */
		String page;

		Source(Path file, Node document) {
			this.file = file;
			this.document = document;
		}
	}

	/** One generated page. */
	private static final class Page {
		/** Relative to the bundle root, as toc.xml and contexts.xml name it. */
		final String path;
		final String title;
		final Source source;
		final Document content = new Document();
		/** The headings listed below the page in toc.xml. */
		final List<Heading> topics = new ArrayList<>();
		/** The id of the heading that opens the page: a link to it is a link to the page. */
		String anchor;

		Page(String path, String title, Source source) {
			this.path = path;
			this.title = title;
			this.source = source;
		}
	}

	private final Path guide;
	private final Path docs;
	private final Path out;
	private final List<Extension> extensions = List.of(TablesExtension.create());
	private final Parser parser = Parser.builder().extensions(extensions).build();
	private final Map<Heading, String> ids = new IdentityHashMap<>();
	private final Map<Path, Source> sources = new LinkedHashMap<>();
	private final Map<String, Page> pages = new LinkedHashMap<>();
	private final List<Page> sections = new ArrayList<>();
	private final List<Page> references = new ArrayList<>();
	/** Relative to the guide's folder. */
	private final Set<Path> images = new TreeSet<>();
	private final List<String> errors = new ArrayList<>();

	GenerateHelp(Path guide, Path out) {
		this.guide = guide;
		this.docs = guide.getParent();
		this.out = out;
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			throw new IllegalArgumentException("usage: GenerateHelp GUIDE.md OUTPUT-FOLDER");
		}
		new GenerateHelp(Path.of(args[0]).toAbsolutePath().normalize(), Path.of(args[1]).toAbsolutePath().normalize()).run();
	}

	void run() throws IOException {
		readSources();
		splitGuide(sources.get(guide));
		for (Source source : sources.values()) {
			if (!source.file.equals(guide)) {
				addReferencePage(source);
			}
		}
		for (Page page : pages.values()) {
			rewriteLinks(page);
		}
		if (!errors.isEmpty()) {
			throw new IllegalStateException("the help cannot be generated from " + guide + ":\n  " + String.join("\n  ", errors));
		}
		// Only what this generator writes is removed, so a renamed section leaves no stale page behind.
		deleteTree(out.resolve(HTML));
		Files.deleteIfExists(out.resolve("toc.xml"));
		writePages();
		for (Path image : images) {
			Path copy = out.resolve(HTML).resolve(image.toString());
			Files.createDirectories(copy.getParent());
			Files.copy(docs.resolve(image), copy, StandardCopyOption.REPLACE_EXISTING);
		}
		Files.writeString(out.resolve(HTML + "style.css"), resource("style.css"));
		Files.writeString(out.resolve("toc.xml"), toc());
		System.out.printf("Help generated from %s: %d pages, %d images in %s%n", guide.getFileName(), pages.size(), images.size(), out);
	}

	/** The guide and every document of its folder reachable from it by links. */
	private void readSources() throws IOException {
		Deque<Path> queue = new ArrayDeque<>(List.of(guide));
		while (!queue.isEmpty()) {
			Path file = queue.removeFirst();
			if (sources.containsKey(file)) {
				continue;
			}
			Source source = new Source(file, parser.parse(Files.readString(file, StandardCharsets.UTF_8)));
			sources.put(file, source);
			assignIds(source.document);
			for (Link link : nodes(source.document, Link.class)) {
				Path linked = documentOf(source, link.getDestination());
				if (linked != null) {
					queue.addLast(linked);
				}
			}
		}
	}

	/** The markdown document in the guide's folder a link leads to, or null (an anchor, a web address, another file). */
	private Path documentOf(Source from, String destination) {
		String path = pathPart(destination);
		if (path.isEmpty() || SCHEME.matcher(destination).find() || !path.endsWith(".md")) {
			return null;
		}
		Path file = from.file.resolveSibling(path).normalize();
		return file.startsWith(docs) && Files.isRegularFile(file) ? file : null;
	}

	/** Ids unique within the document, numbered like GitHub's when two headings read the same. */
	private void assignIds(Node document) {
		Set<String> taken = new HashSet<>();
		for (Heading heading : nodes(document, Heading.class)) {
			String slug = slug(text(heading));
			String id = slug;
			for (int n = 1; !taken.add(id); n++) {
				id = slug + "-" + n;
			}
			ids.put(heading, id);
		}
	}

	/** The index page (the title and anything before the first section), then a page per ## section. */
	private void splitGuide(Source source) {
		Heading title = nodes(source.document, Heading.class).stream().filter(h -> h.getLevel() == 1).findFirst().orElse(null);
		Page current = new Page(INDEX, title != null ? text(title) : "User guide", source);
		addPage(current);
		source.page = INDEX;
		Node node = source.document.getFirstChild();
		while (node != null) {
			Node next = node.getNext();
			if (node instanceof Heading heading && heading.getLevel() == 2) {
				String id = ids.get(heading);
				String name = FILE_NAME.matcher(id).matches() && !pages.containsKey(HTML + id + ".html") ? id
						: "section-" + (sections.size() + 1);
				current = new Page(HTML + name + ".html", text(heading), source);
				current.anchor = id;
				addPage(current);
				sections.add(current);
			}
			current.content.appendChild(node);
			node = next;
		}
		for (Page page : pages.values()) {
			for (Heading heading : nodes(page.content, Heading.class)) {
				source.pageOfAnchor.put(ids.get(heading), page.path);
				if (heading.getLevel() == 3) {
					page.topics.add(heading);
				}
			}
		}
	}

	/** A linked document is one page of its own, its ## sections listed below it in the table of contents. */
	private void addReferencePage(Source source) {
		String name = source.file.getFileName().toString().replaceFirst("\\.md$", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]",
				"-");
		Heading title = nodes(source.document, Heading.class).stream().filter(h -> h.getLevel() == 1).findFirst().orElse(null);
		Page page = new Page(HTML + "reference/" + name + ".html", title != null ? text(title) : name, source);
		page.anchor = title != null ? ids.get(title) : null;
		for (Node node = source.document.getFirstChild(); node != null;) {
			Node next = node.getNext();
			page.content.appendChild(node);
			node = next;
		}
		for (Heading heading : nodes(page.content, Heading.class)) {
			source.pageOfAnchor.put(ids.get(heading), page.path);
			if (heading.getLevel() == 2) {
				page.topics.add(heading);
			}
		}
		source.page = page.path;
		addPage(page);
		references.add(page);
	}

	private void addPage(Page page) {
		pages.put(page.path, page);
	}

	private void rewriteLinks(Page page) {
		for (Link link : nodes(page.content, Link.class)) {
			String destination = link.getDestination();
			if (SCHEME.matcher(destination).find()) {
				continue; // a web address stays one
			}
			String href = hrefOf(page, destination);
			if (href != null) {
				link.setDestination(href);
			} else {
				// a file the help does not hold (source code, the README): the words stay, the link goes
				System.out.printf("note: %s links to %s, which is not in the help; kept as text%n", page.path, destination);
				unwrap(link);
			}
		}
		for (Image image : nodes(page.content, Image.class)) {
			String destination = image.getDestination();
			if (SCHEME.matcher(destination).find()) {
				continue;
			}
			Path file = page.source.file.resolveSibling(pathPart(destination)).normalize();
			if (!file.startsWith(docs) || !Files.isRegularFile(file)) {
				errors.add(String.format("%s shows the image %s, which does not exist", name(page.source), destination));
				continue;
			}
			Path inDocs = docs.relativize(file);
			images.add(inDocs);
			image.setDestination(relative(page.path, HTML + slashes(inDocs)));
		}
	}

	/** Where a link of the page leads in the help, or null when the help does not hold its target. */
	private String hrefOf(Page page, String destination) {
		Source target;
		if (pathPart(destination).isEmpty()) {
			target = page.source;
		} else {
			Path document = documentOf(page.source, destination);
			if (document == null) {
				return null;
			}
			target = sources.get(document);
		}
		String fragment = fragmentPart(destination);
		String targetPage = target.page;
		String anchor = null;
		if (!fragment.isEmpty()) {
			targetPage = target.pageOfAnchor.get(fragment);
			if (targetPage == null) {
				errors.add(String.format("%s links to %s, but %s has no heading with the id %s", name(page.source), destination,
						name(target), fragment));
				return destination;
			}
			anchor = fragment.equals(pages.get(targetPage).anchor) ? null : fragment;
		}
		if (targetPage.equals(page.path) && anchor != null) {
			return "#" + anchor;
		}
		return relative(page.path, targetPage) + (anchor != null ? "#" + anchor : "");
	}

	private void writePages() throws IOException {
		HtmlRenderer renderer = HtmlRenderer.builder()
				.extensions(extensions)
				.attributeProviderFactory(context -> (node, tag, attributes) -> {
					if (node instanceof Heading heading && ids.containsKey(heading)) {
						attributes.put("id", ids.get(heading));
					}
				})
				.build();
		String template = resource("page.html");
		for (Page page : pages.values()) {
			if (sections.contains(page)) {
				// a section is a page of its own: its ## heading is the page's title, its ### headings the page's sections
				for (Heading heading : nodes(page.content, Heading.class)) {
					heading.setLevel(heading.getLevel() - 1);
				}
			}
			String body = renderer.render(page.content);
			if (page.path.equals(INDEX)) {
				body += contents();
			}
			String html = template.replace("{{title}}", escape(page.title + " – " + BOOK))
					.replace("{{source}}", escape(name(page.source)))
					.replace("{{stylesheet}}", relative(page.path, HTML + "style.css"))
					.replace("{{index}}", relative(page.path, INDEX))
					.replace("{{body}}", body); // last: the body is not searched for placeholders
			Path file = out.resolve(page.path);
			Files.createDirectories(file.getParent());
			Files.writeString(file, html, StandardCharsets.UTF_8);
		}
	}

	/** The index page's list of the sections and the reference documents. */
	private String contents() {
		StringBuilder html = new StringBuilder("<ul class=\"contents\">\n");
		for (Page section : sections) {
			html.append(String.format("<li><a href=\"%s\">%s</a></li>%n", relative(INDEX, section.path), escape(section.title)));
		}
		html.append("</ul>\n");
		if (!references.isEmpty()) {
			html.append("<h2 id=\"" + REFERENCE_ANCHOR + "\">Reference</h2>\n<ul class=\"contents\">\n");
			for (Page reference : references) {
				html.append(String.format("<li><a href=\"%s\">%s</a></li>%n", relative(INDEX, reference.path), escape(reference.title)));
			}
			html.append("</ul>\n");
		}
		return html.toString();
	}

	private String toc() {
		StringBuilder xml = new StringBuilder();
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		xml.append("<?NLS TYPE=\"org.eclipse.help.toc\"?>\n");
		xml.append("<!-- Generated from ").append(name(sources.get(guide)))
				.append(" by releng/org.reportbank.help.generator: edit the guide, not this file. -->\n");
		xml.append(String.format("<toc label=\"%s\" topic=\"%s\">%n", escape(BOOK), INDEX));
		for (Page section : sections) {
			topic(xml, section, "   ");
		}
		if (!references.isEmpty()) {
			xml.append(String.format("   <topic label=\"Reference\" href=\"%s#%s\">%n", INDEX, REFERENCE_ANCHOR));
			for (Page reference : references) {
				topic(xml, reference, "      ");
			}
			xml.append("   </topic>\n");
		}
		xml.append("</toc>\n");
		return xml.toString();
	}

	private void topic(StringBuilder xml, Page page, String indent) {
		String open = String.format("%s<topic label=\"%s\" href=\"%s\"", indent, escape(page.title), page.path);
		if (page.topics.isEmpty()) {
			xml.append(open).append("/>\n");
			return;
		}
		xml.append(open).append(">\n");
		for (Heading heading : page.topics) {
			xml.append(String.format("%s   <topic label=\"%s\" href=\"%s#%s\"/>%n", indent, escape(text(heading)), page.path,
					ids.get(heading)));
		}
		xml.append(indent).append("</topic>\n");
	}

	/** A heading's text as it reads, without its markup. */
	static String text(Node node) {
		StringBuilder text = new StringBuilder();
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Text literal) {
				text.append(literal.getLiteral());
			}

			@Override
			public void visit(Code code) {
				text.append(code.getLiteral());
			}

			@Override
			public void visit(SoftLineBreak lineBreak) {
				text.append(' ');
			}

			@Override
			public void visit(HardLineBreak lineBreak) {
				text.append(' ');
			}
		});
		return text.toString().strip();
	}

	/**
	 * GitHub's heading id: lower case, letters, digits, marks, '-' and '_' kept, a space made '-', the rest dropped
	 * ("My reports and assignment" is my-reports-and-assignment, "JSON (--format json)" json---format-json).
	 */
	static String slug(String text) {
		StringBuilder slug = new StringBuilder();
		text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
			int type = Character.getType(c);
			if (c == ' ') {
				slug.append('-');
			} else if (Character.isLetterOrDigit(c) || c == '-' || type == Character.CONNECTOR_PUNCTUATION
					|| type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
				slug.appendCodePoint(c);
			}
		});
		return slug.toString();
	}

	private static <T extends Node> List<T> nodes(Node root, Class<T> type) {
		List<T> found = new ArrayList<>();
		collect(root, type, found);
		return found;
	}

	private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
		if (type.isInstance(node)) {
			found.add(type.cast(node));
		}
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			collect(child, type, found);
		}
	}

	/** Replaces the link by its text. */
	private static void unwrap(Link link) {
		for (Node child = link.getFirstChild(); child != null;) {
			Node next = child.getNext();
			link.insertBefore(child);
			child = next;
		}
		link.unlink();
	}

	private static String pathPart(String destination) {
		int hash = destination.indexOf('#');
		return hash < 0 ? destination : destination.substring(0, hash);
	}

	private static String fragmentPart(String destination) {
		int hash = destination.indexOf('#');
		return hash < 0 ? "" : URLDecoder.decode(destination.substring(hash + 1), StandardCharsets.UTF_8);
	}

	/** The path from one page to another file of the help, with '/' whatever the platform. */
	static String relative(String fromPage, String to) {
		return slashes(Path.of(fromPage).getParent().relativize(Path.of(to)));
	}

	private static String slashes(Path path) {
		return StreamSupport.stream(path.spliterator(), false).map(Path::toString).collect(Collectors.joining("/"));
	}

	private String name(Source source) {
		return docs.getFileName() + "/" + slashes(docs.relativize(source.file));
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = GenerateHelp.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IOException("missing resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}
}
