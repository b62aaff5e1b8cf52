package org.reportbank.core.internal.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering styles of report headings. Which level a style stands for is not fixed (a report
 * may go 一、 → 1. directly), so levels are assigned by the order styles open in the text.
 */
public enum NumberingStyle {
	/** 第一部分, 第一章 */
	PART("^第([一二三四五六七八九十]{1,3})(部分|章|篇)[、，。：\\s]?"),
	/** 一、 */
	CHINESE_COMMA("^([一二三四五六七八九十]{1,3})[、，．.]"),
	/** （一） */
	CHINESE_PAREN("^（([一二三四五六七八九十]{1,3})）[、，．.]?"),
	/** 1. 1、 1． */
	ARABIC_DOT("^([0-9]{1,2})(?:[、．]|\\.(?![0-9]))"),
	/** （1） */
	ARABIC_PAREN("^（([0-9]{1,2})）[、，．.]?"),
	/** ① */
	CIRCLED("^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])"),
	/** 一是 二是 …, which open clauses inside a paragraph rather than lines. */
	ENUMERATION("([一二三四五六七八九十]{1,2})是");

	final Pattern pattern;

	NumberingStyle(String regex) {
		this.pattern = Pattern.compile(regex);
	}

	/**
	 * The number of the heading the line opens with in this style, or -1. Matched at the start
	 * only, so a long line costs no search for a numbering that could not count anyway.
	 */
	int numberAt(String line, Matcher[] match) {
		Matcher m = pattern.matcher(line);
		if (!m.lookingAt()) {
			return -1;
		}
		match[0] = m;
		String n = m.group(1);
		if (this == CIRCLED) {
			return n.charAt(0) - '①' + 1;
		}
		if (Character.isDigit(n.charAt(0))) {
			return Integer.parseInt(n);
		}
		return ChineseNumerals.parse(n);
	}
}
