package org.reportbank.core.internal.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.reportbank.core.internal.text.CancelCheck;

/**
 * Builds the section tree of a normalized report text (one paragraph per line). Headings are the
 * lines that open with a numbering (一、 （一） 1. （1） ① 第一部分); 一是 / 二是 open sub-items
 * inside a paragraph. A heading may stand alone or open a paragraph, in which case it ends at the
 * first 。. Levels follow the order in which numbering styles open, so 3. directly under （二）
 * (numbering run on from （一）) still lands under （二）.
 */
public final class SectionParser {

	/** Longest heading that may open a paragraph; past that the sentence is body text. */
	static final int MAX_HEADING = 80;

	private static final NumberingStyle[] LINE_STYLES = { NumberingStyle.PART, NumberingStyle.CHINESE_COMMA,
			NumberingStyle.CHINESE_PAREN, NumberingStyle.ARABIC_PAREN, NumberingStyle.ARABIC_DOT, NumberingStyle.CIRCLED };

	/**
	 * The deepest tree the parser can build, whatever the text: a section only nests in one of a
	 * style that usually sits above it, so each line style appears at most once on a path, with
	 * enumerations as leaves below them. Nothing that walks the tree has to fear deep recursion, and
	 * the tree is always within {@link org.reportbank.core.store.StoreLimits#MAX_SECTION_DEPTH}.
	 */
	public static final int MAX_DEPTH = LINE_STYLES.length + 1;

	/**
	 * The top-level sections of the text, a preamble first if there is text between the title and
	 * the first heading. {@code bodyBegin} is where the body starts (after the title line).
	 */
	public List<SectionNode> parse(String text, int bodyBegin) {
		return parse(text, bodyBegin, CancelCheck.NEVER);
	}

	/** As {@link #parse(String, int)}, asking {@code cancel} before each line. */
	public List<SectionNode> parse(String text, int bodyBegin, CancelCheck cancel) {
		List<SectionNode> roots = new ArrayList<>();
		List<SectionNode> stack = new ArrayList<>();
		List<SectionNode> all = new ArrayList<>();
		LineItems lineItems = new LineItems();
		int lineStart = bodyBegin;
		while (lineStart < text.length()) {
			cancel.check();
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			String line = text.substring(lineStart, lineEnd);
			SectionNode heading = headingOf(line, lineStart);
			if (heading != null) {
				place(heading, stack, roots);
				all.add(heading);
			}
			addEnumerations(line, lineStart, lineEnd, stack, all, lineItems);
			lineStart = lineEnd + 1;
		}
		closeAll(all, text.length());
		SectionNode preamble = preamble(text, bodyBegin, roots);
		if (preamble != null) {
			roots.add(0, preamble);
		}
		assignIdsAndKinds(roots);
		return roots;
	}

	private static SectionNode headingOf(String line, int lineStart) {
		Matcher[] match = new Matcher[1];
		for (NumberingStyle style : LINE_STYLES) {
			int number = style.numberAt(line, match);
			if (number <= 0) {
				continue;
			}
			int numberingEnd = match[0].end();
			String rest = line.substring(numberingEnd);
			if (rest.isEmpty() || !startsLikeHeading(rest)) {
				continue;
			}
			int stop = headingStop(rest);
			String heading = rest.substring(0, stop);
			return new SectionNode(line.substring(0, numberingEnd), style, number, heading, lineStart,
					lineStart + numberingEnd + stop);
		}
		return null;
	}

	/** "1.5万元" or "1、2月" are numbers, not headings; "一、2017年推进……" is a heading. */
	private static boolean startsLikeHeading(String rest) {
		char c = rest.charAt(0);
		if (Character.isDigit(c)) {
			return rest.matches("^(19|20)\\d{2}年.*");
		}
		return c != '%' && c != '％' && c != '年' && c != '月' && c != '日';
	}

	/** A heading opening a paragraph ends at its first 。 (or ： / ！); a short line is a heading as a whole. */
	private static int headingStop(String rest) {
		for (int i = 0; i < rest.length() && i <= MAX_HEADING; i++) {
			char c = rest.charAt(i);
			if (c == '。' || c == '！' || c == '？' || (c == '：' && i > 0)) {
				return i;
			}
		}
		if (rest.length() <= MAX_HEADING) {
			return rest.length();
		}
		int comma = rest.indexOf('，');
		return comma > 0 && comma <= MAX_HEADING ? comma : MAX_HEADING;
	}

	private static void place(SectionNode heading, List<SectionNode> stack, List<SectionNode> roots) {
		int same = indexOfStyle(stack, heading.style);
		if (same >= 0) {
			truncate(stack, same);
		} else {
			// A style never nests inside one that usually sits below it: "二、" after a missed "一、"
			// is still top level. Skipped levels (一、 then 1.) are fine.
			while (!stack.isEmpty() && stack.get(stack.size() - 1).style.ordinal() >= heading.style.ordinal()) {
				stack.remove(stack.size() - 1);
			}
		}
		if (stack.isEmpty()) {
			roots.add(heading);
		} else {
			SectionNode parent = stack.get(stack.size() - 1);
			parent.children.add(heading);
			heading.parent = parent;
		}
		stack.add(heading);
	}

	private static int indexOfStyle(List<SectionNode> stack, NumberingStyle style) {
		for (int i = 0; i < stack.size(); i++) {
			if (stack.get(i).style == style) {
				return i;
			}
		}
		return -1;
	}

	private static void truncate(List<SectionNode> stack, int size) {
		while (stack.size() > size) {
			stack.remove(stack.size() - 1);
		}
	}

	/**
	 * A list whose items stand on lines of their own: the section it is in, and a lone 一是 line
	 * waiting for its 二是 line.
	 */
	private static final class LineItems {
		SectionNode parent;
		SectionNode waitingFirst;
	}

	/**
	 * 一是…；二是…： sub-items of the paragraph, under the innermost open section. Two in a line make
	 * a list; so does a line that opens with 二是 or a later one (二是示范引领提升能力。), the items of
	 * a list standing on lines of their own (a lone 一是 line counts once its 二是 line follows).
	 */
	private static void addEnumerations(String line, int lineStart, int lineEnd, List<SectionNode> stack, List<SectionNode> all,
			LineItems lineItems) {
		while (!stack.isEmpty() && stack.get(stack.size() - 1).style == NumberingStyle.ENUMERATION) {
			stack.remove(stack.size() - 1);
		}
		if (stack.isEmpty()) {
			return; // enumerations in the preamble stay body text
		}
		SectionNode parent = stack.get(stack.size() - 1);
		if (lineItems.parent != parent) {
			lineItems.parent = parent;
			lineItems.waitingFirst = null;
		}
		Matcher m = NumberingStyle.ENUMERATION.pattern.matcher(line);
		int expected = 1;
		List<SectionNode> items = new ArrayList<>();
		while (m.find()) {
			int at = m.start();
			boolean opensClause = at == 0 || "。；：，;:".indexOf(line.charAt(at - 1)) >= 0;
			int number = ChineseNumerals.parse(m.group(1));
			if (at == 0 && number > 1) {
				expected = number; // a line that opens with 二是 goes on a list
			}
			if (!opensClause || number != expected) {
				continue;
			}
			int stop = clauseStop(line, m.end());
			items.add(new SectionNode(m.group(), NumberingStyle.ENUMERATION, expected, line.substring(m.end(), stop),
					lineStart + at, lineStart + stop));
			expected++;
		}
		boolean opensLine = !items.isEmpty() && items.get(0).begin == lineStart;
		if (opensLine && items.get(0).number == 1 && items.size() == 1) {
			items.get(0).end = lineEnd;
			lineItems.waitingFirst = items.get(0); // a list if its 二是 line follows
			return;
		}
		boolean goesOn = opensLine && items.get(0).number > 1;
		if (items.size() < 2 && !goesOn) {
			return; // a lone 一是 is a phrase, not a list
		}
		if (goesOn && items.get(0).number == 2 && lineItems.waitingFirst != null) {
			attach(lineItems.waitingFirst, parent, all);
		}
		lineItems.waitingFirst = null;
		for (int i = 0; i < items.size(); i++) {
			SectionNode item = items.get(i);
			item.end = i + 1 < items.size() ? items.get(i + 1).begin : lineEnd;
			attach(item, parent, all);
		}
	}

	private static void attach(SectionNode item, SectionNode parent, List<SectionNode> all) {
		item.parent = parent;
		parent.children.add(item);
		all.add(item);
	}

	/** Where the clause opening at {@code from} ends: its first comma, full stop, semicolon or colon. */
	private static int clauseStop(String line, int from) {
		for (int i = from; i < line.length(); i++) {
			if ("，。；：,;".indexOf(line.charAt(i)) >= 0) {
				return i;
			}
		}
		return line.length();
	}

	/** A section ends where the next section of its level or above begins. */
	private static void closeAll(List<SectionNode> all, int textEnd) {
		for (int i = 0; i < all.size(); i++) {
			SectionNode node = all.get(i);
			if (node.style == NumberingStyle.ENUMERATION) {
				continue; // closed at its paragraph
			}
			node.end = textEnd;
			for (int j = i + 1; j < all.size(); j++) {
				SectionNode next = all.get(j);
				if (next.style != NumberingStyle.ENUMERATION && !isDescendant(next, node)) {
					node.end = trimTrailingNewline(next.begin);
					break;
				}
			}
		}
	}

	private static boolean isDescendant(SectionNode node, SectionNode ancestor) {
		for (SectionNode p = node.parent; p != null; p = p.parent) {
			if (p == ancestor) {
				return true;
			}
		}
		return false;
	}

	private static int trimTrailingNewline(int begin) {
		return Math.max(0, begin - 1);
	}

	private static SectionNode preamble(String text, int bodyBegin, List<SectionNode> roots) {
		int end = roots.isEmpty() ? text.length() : trimTrailingNewline(roots.get(0).begin);
		if (end <= bodyBegin || text.substring(bodyBegin, end).isBlank()) {
			return null;
		}
		SectionNode preamble = new SectionNode("", null, 0, "", bodyBegin, bodyBegin);
		preamble.end = end;
		return preamble;
	}

	/**
	 * Levels, ids (s1, s1.2 …) and kinds, a kind inherited from the parent unless that is OTHER.
	 * A walk with its own stack of pending sibling lists rather than recursion, so its depth is
	 * data, not Java stack.
	 */
	private static void assignIdsAndKinds(List<SectionNode> roots) {
		record Siblings(List<SectionNode> nodes, String prefix, SectionType inherited) {
		}
		ArrayDeque<Siblings> pending = new ArrayDeque<>();
		pending.push(new Siblings(roots, "s", SectionType.OTHER));
		while (!pending.isEmpty()) {
			Siblings siblings = pending.pop();
			int index = 0;
			for (SectionNode node : siblings.nodes()) {
				node.level = node.parent == null ? 1 : node.parent.level + 1;
				if (node.style == null) {
					node.id = siblings.prefix() + "0";
					node.kind = SectionType.PREAMBLE;
					continue;
				}
				index++;
				node.id = siblings.prefix() + index;
				node.kind = node.parent == null || siblings.inherited() == SectionType.OTHER ? SectionType.ofHeading(node.heading)
						: siblings.inherited();
				pending.push(new Siblings(node.children, node.id + ".", node.kind));
			}
		}
	}
}
