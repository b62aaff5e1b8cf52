package org.reportbank.core.importing;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.reportbank.core.internal.text.Chars;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

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

	static String extract(String html) {
		Document document = Jsoup.parse(html);
		String title = title(document);
		List<String> headerLines = headerLines(document);
		document.select(BOILERPLATE).remove();
		Element content = content(document);
		List<String> lines = new ArrayList<>();
		if (title != null && !title.isBlank()) {
			lines.add(title);
		}
		lines.addAll(headerLines);
		for (String paragraph : paragraphs(content)) {
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
			String text = String.join(" | ", row.select("td, th").eachText());
			if (text.contains("索引号") || text.contains("发布机构") || text.contains("生成日期") || text.contains("发文机关")) {
				lines.add(text);
			}
		}
		for (Element element : document.select("div, span, p")) {
			String own = element.ownText();
			if (own.length() < 120 && (own.startsWith("来源") || own.startsWith("发布时间") || own.startsWith("文章来源")
					|| own.startsWith("发布日期"))) {
				lines.add(element.text());
			}
		}
		return lines;
	}

	private static Element content(Document document) {
		for (String selector : CONTENT_SELECTORS) {
			Elements found = document.select(selector);
			for (Element element : found) {
				if (Chars.hanCount(element.text()) >= 50) {
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
			int score = 0;
			for (Element child : element.children()) {
				if (child.tagName().equals("p") || child.tagName().equals("div") && child.children().isEmpty()) {
					score += Chars.hanCount(child.text()) - Chars.hanCount(child.select("a").text());
				}
			}
			if (score > bestScore) {
				bestScore = score;
				best = element;
			}
		}
		return best == null ? document.body() : best;
	}

	private static List<String> paragraphs(Element root) {
		List<String> paragraphs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		collect(root, current, paragraphs);
		flush(current, paragraphs);
		return paragraphs;
	}

	private static void collect(Node node, StringBuilder current, List<String> paragraphs) {
		if (node instanceof TextNode text) {
			current.append(text.text());
			return;
		}
		if (!(node instanceof Element element)) {
			return;
		}
		boolean block = element.isBlock() || element.tagName().equals("br");
		if (block) {
			flush(current, paragraphs);
		}
		for (Node child : element.childNodes()) {
			collect(child, current, paragraphs);
		}
		if (block) {
			flush(current, paragraphs);
		}
	}

	private static void flush(StringBuilder current, List<String> paragraphs) {
		String text = current.toString().strip();
		if (!text.isEmpty()) {
			paragraphs.add(text);
		}
		current.setLength(0);
	}

}
