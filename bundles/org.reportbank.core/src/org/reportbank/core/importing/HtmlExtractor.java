package org.reportbank.core.importing;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.reportbank.core.internal.text.CancelCheck;
import org.reportbank.core.internal.text.Chars;

/**
 * Takes the report out of a government web page: the title, the header table (索引号, 发布机构 …)
 * and the article body, one paragraph per line, leaving menus, footers and scripts behind. The
 * header lines are kept in the output so the normalizer moves them into metadata as for text files.
 */
final class HtmlExtractor {

	/** Containers government CMSs put the article in; tried before the text-density guess. */
	private static final String[] CONTENT_SELECTORS = { "#zoom", ".TRS_Editor", "#UCAP-CONTENT", ".article-content",
			".content-text", "#content", ".content", "article", ".article", "#article", ".detail", ".main-text" };

	private static final String BOILERPLATE = "script, style, noscript, iframe, nav, header, footer, form, aside, select, button, "
			+ "input, object, svg, .nav, .menu, .footer, .header, .breadcrumb, .share, #share";

	private HtmlExtractor() {
	}

	/**
	 * The most nodes a title, header row or byline may hold to be read as one. Real ones hold a
	 * few dozen; reading the text of every nested element of a deeply nested page took time
	 * quadratic in its depth.
	 */
	static final int MAX_HEADER_NODES = 200;

	/** The report lines of the page, asking {@code cancel} between the steps and at every node of the page walks. */
	static String extract(String html, CancelCheck cancel) {
		Document document = Jsoup.parse(html);
		cancel.check();
		String title = title(document);
		List<String> headerLines = headerLines(document);
		cancel.check();
		document.select(BOILERPLATE).remove();
		Element content = content(document, cancel);
		List<String> lines = new ArrayList<>();
		if (title != null && !title.isBlank()) {
			lines.add(title);
		}
		lines.addAll(headerLines);
		for (String paragraph : paragraphs(content, cancel)) {
			if (!paragraph.equals(title)) {
				lines.add(paragraph);
			}
		}
		return String.join("\n", lines);
	}

	private static String title(Document document) {
		Element meta = document.selectFirst("meta[name=ArticleTitle]");
		if (meta != null && !meta.attr("content").isBlank()) {
			return meta.attr("content").strip();
		}
		// the first heading that reads like a report title; pages put it in h1, h2 or a styled div
		for (Element heading : document.select("h1, h2, h3")) {
			if (!holdsAtMost(heading, MAX_HEADER_NODES)) {
				continue;
			}
			String text = heading.text().strip();
			if (!text.isEmpty() && text.matches(".*(报告|情况|总结|计划|要点|方案|報告|情況).*")) {
				return text;
			}
		}
		Element h1 = document.selectFirst("h1");
		if (h1 != null && !h1.text().isBlank()) {
			return h1.text().strip();
		}
		String title = document.title();
		// "报告标题_某区人民政府网站": drop the site name after the separator
		int separator = Math.max(title.lastIndexOf('_'), title.lastIndexOf(" - "));
		return separator > 0 ? title.substring(0, separator).strip() : title.strip();
	}

	/** Rows of a metadata table (索引号 | … | 发布机构 | …) and bylines (来源：… 发布时间：…). */
	private static List<String> headerLines(Document document) {
		List<String> lines = new ArrayList<>();
		for (Element row : document.select("tr")) {
			if (!holdsAtMost(row, MAX_HEADER_NODES)) {
				continue; // a layout row holding the page, not a row of the header table
			}
			String text = String.join(" | ", row.select("td, th").eachText());
			if (text.contains("索引号") || text.contains("发布机构") || text.contains("生成日期") || text.contains("发文机关")) {
				lines.add(text);
			}
		}
		for (Element element : document.select("div, span, p")) {
			String own = element.ownText();
			if (own.length() < 120 && (own.startsWith("来源") || own.startsWith("发布时间") || own.startsWith("文章来源")
					|| own.startsWith("发布日期")) && holdsAtMost(element, MAX_HEADER_NODES)) {
				lines.add(element.text());
			}
		}
		return lines;
	}

	/** Whether the element and everything in it are at most {@code limit} nodes; stops counting past the limit. */
	private static boolean holdsAtMost(Element element, int limit) {
		int[] nodes = new int[1];
		NodeTraversor.filter(new NodeFilter() {
			@Override
			public FilterResult head(Node node, int depth) {
				return ++nodes[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
			}
		}, element);
		return nodes[0] <= limit;
	}

	private static Element content(Document document, CancelCheck cancel) {
		HanCounts han = new HanCounts(document, cancel);
		for (String selector : CONTENT_SELECTORS) {
			Elements found = document.select(selector);
			for (Element element : found) {
				if (han.inside(element) >= 50) {
					return element;
				}
			}
		}
		// The element whose own paragraphs hold the most Chinese text, not counting link text.
		Element best = document.body();
		int bestScore = -1;
		List<Element> candidates = new ArrayList<>(document.body().select("div, td, section, article"));
		candidates.add(document.body()); // pages whose paragraphs sit right under <body>
		for (Element element : candidates) {
			cancel.check();
			int score = 0;
			for (Element child : element.children()) {
				if (child.tagName().equals("p") || child.tagName().equals("div") && child.children().isEmpty()) {
					score += han.inside(child) - han.inLinks(child);
				}
			}
			if (score > bestScore) {
				bestScore = score;
				best = element;
			}
		}
		return best == null ? document.body() : best;
	}

	/**
	 * The paragraphs of the element: text runs split at block elements and line breaks. A walk
	 * without recursion, as a hostile page may nest elements a million deep.
	 */
	private static List<String> paragraphs(Element root, CancelCheck cancel) {
		List<String> paragraphs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		NodeTraversor.traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				cancel.check();
				if (node instanceof TextNode text) {
					current.append(text.text());
				} else if (breaksParagraph(node)) {
					flush(current, paragraphs);
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (breaksParagraph(node)) {
					flush(current, paragraphs);
				}
			}
		}, root);
		flush(current, paragraphs);
		return paragraphs;
	}

	private static boolean breaksParagraph(Node node) {
		return node instanceof Element element && (element.isBlock() || element.tagName().equals("br"));
	}

	private static void flush(StringBuilder current, List<String> paragraphs) {
		String text = current.toString().strip();
		if (!text.isEmpty()) {
			paragraphs.add(text);
		}
		current.setLength(0);
	}

	/**
	 * The Han characters in each element's text and in the text of the links inside it, counted
	 * in one walk of the page: the Han count of {@code element.text()} and of
	 * {@code element.select("a").text()}, without reading the text of nested elements again and
	 * again.
	 */
	private static final class HanCounts {

		/** Per element: [0] Han characters inside, [1] Han characters inside links (nested links counted again, as select does). */
		private final Map<Element, int[]> counts = new IdentityHashMap<>();

		HanCounts(Element root, CancelCheck cancel) {
			NodeTraversor.traverse(new NodeVisitor() {
				@Override
				public void head(Node node, int depth) {
					cancel.check();
					if (node instanceof TextNode text && text.parent() instanceof Element parent) {
						countsOf(parent)[0] += Chars.hanCount(text.getWholeText());
					}
				}

				@Override
				public void tail(Node node, int depth) {
					if (!(node instanceof Element element)) {
						return;
					}
					int[] own = countsOf(element);
					if (element.normalName().equals("a")) {
						own[1] += own[0];
					}
					if (element != root && element.parent() != null) {
						int[] parent = countsOf(element.parent());
						parent[0] += own[0];
						parent[1] += own[1];
					}
				}
			}, root);
		}

		int inside(Element element) {
			return countsOf(element)[0];
		}

		int inLinks(Element element) {
			return countsOf(element)[1];
		}

		private int[] countsOf(Element element) {
			return counts.computeIfAbsent(element, e -> new int[2]);
		}
	}
}
