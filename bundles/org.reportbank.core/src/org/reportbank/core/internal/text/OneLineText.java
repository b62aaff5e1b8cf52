package org.reportbank.core.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report whose text came out of a PDF as one long line (……情况报告2025 年，全县……一、以思想引领为
 * 先导……（一）强化理论武装……): its headings are put back on lines of their own, after the title and
 * after every sentence end that a heading follows, so sections, claims and metrics come out as for
 * the same report with its line breaks; and blanks the PDF left inside numbers (1 5起) go where the
 * two pieces cannot be two numbers.
 */
final class OneLineText {

	/** Shorter lines are paragraphs; a flattened report is thousands of characters. */
	private static final int LONG_LINE = 300;
	/** Top-level headings right after a sentence end (pages mix in half-width marks): two of them make a line a flattened report. */
	private static final Pattern TOP_HEADING = Pattern.compile("(?<=[。！？；：!?;:])\\s*[一二三四五六七八九十]{1,3}\\s*、");
	/**
	 * Where a heading or a paragraph opens: after a sentence end (一、 1. 1、 第一部分, a paragraph's
	 * 2023年，, the contact line), or anywhere for （一） and for 1. before a word.
	 */
	private static final Pattern HEADING_START = Pattern.compile("(?<=[。！？；：!?;:])\\s*(?=[一二三四五六七八九十]{1,3}\\s*、|\\d{1,2}\\s*[.．、](?!\\d)"
			+ "|第[一二三四五六七八九十]{1,3}部分)"
			// a heading line that had no full stop runs straight into the next heading: ……主要举措和成效（一）聚焦……格局1.制度保障
			+ "|\\s*(?=[（(][一二三四五六七八九十]{1,3}[）)])|(?<=[\\u4e00-\\u9fff])(?=\\d{1,2}[.．]\\s?[\\u4e00-\\u9fff])"
			// paragraphs that open the way report paragraphs do: 2023年，…, and the contact line at the end
			+ "|(?<=[。！？）)])(?=(?:19|20)\\d{2}\\s*年\\s*[，,])|(?<=[。！？])(?=[（(](?:信息员|审核|联系人|联系方式|撰稿|供稿|责任编辑))");
	/** A title that runs straight into the report's first sentence: ……情况报告2025 年，全县……. */
	private static final Pattern TITLE_THEN_YEAR = Pattern.compile("^(.{6,80}?(?:报告|总结|情况))\\s*(?=(?:19|20)\\d{2}\\s*年\\s*[，,以度])");
	/** Two pieces of one number a PDF set apart: 受理1 5起; between a word and a unit they cannot be two numbers. */
	private static final Pattern SPLIT_NUMBER = Pattern.compile("(?<=[\\u4e00-\\u9fff])(\\d{1,3}) (\\d{1,3})(?=\\s?[\\u4e00-\\u9fff%％])");

	private OneLineText() {
	}

	/** The lines the line stands for: itself, or the paragraphs of a flattened report. */
	static List<String> lines(String line, ChangeLog log) {
		if (line.length() < LONG_LINE || count(TOP_HEADING.matcher(line)) < 2) {
			return List.of(line);
		}
		List<String> lines = new ArrayList<>();
		String rest = line;
		Matcher title = TITLE_THEN_YEAR.matcher(rest);
		if (title.find()) {
			lines.add(title.group(1).strip());
			rest = rest.substring(title.end());
		}
		int from = 0;
		Matcher heading = HEADING_START.matcher(rest);
		while (heading.find()) {
			if (heading.end() > from) {
				add(lines, rest.substring(from, heading.start()));
				from = heading.end();
			}
		}
		add(lines, rest.substring(from));
		lines = headingsApart(lines);
		log.record("one-line-text-split", lines.size() + " lines from one of " + line.length() + " characters");
		List<String> joined = new ArrayList<>(lines.size());
		for (String piece : lines) {
			String whole = SPLIT_NUMBER.matcher(piece).replaceAll("$1$2");
			if (!whole.equals(piece)) {
				log.record("split-number-joined", piece.length() > 40 ? piece.substring(0, 40) + "…" : piece);
			}
			joined.add(whole);
		}
		return joined;
	}

	/** A heading the PDF ran into its first sentence: ……存在的问题2021年，……, ……下一步计划下一步，……, ……决策机制一是……. */
	private static final Pattern HEADING_THEN_SENTENCE = Pattern.compile("^((?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
			+ "[^。！？；;!?]{2,40}?(?:情况|存在的问题|存在问题|不足|打算|计划|安排|举措和成效|成效|思路))(?![的和与及报说])(?=.)"
			+ "|^((?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^。！？；，,;!?]{2,40}?)(?=(?:19|20)\\d{2}\\s*年\\s*[，,以]|一是)");

	/** Puts a heading that runs into its paragraph's first sentence on a line of its own. */
	private static List<String> headingsApart(List<String> pieces) {
		List<String> lines = new ArrayList<>(pieces.size());
		for (String piece : pieces) {
			Matcher m = HEADING_THEN_SENTENCE.matcher(piece);
			if (m.find()) {
				lines.add(piece.substring(0, m.end()));
				add(lines, piece.substring(m.end()));
			} else {
				lines.add(piece);
			}
		}
		return lines;
	}

	private static void add(List<String> lines, String piece) {
		String stripped = piece.strip();
		if (!stripped.isEmpty()) {
			lines.add(stripped);
		}
	}

	private static int count(Matcher m) {
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}
}
