package org.reportbank.core.internal.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dates of bylines and signature blocks: 2018年1月26日, 2024-03-28 09:18, 2021/03/29, 二〇一八年一月二十六日. */
public final class ChineseDates {

	private static final Pattern ARABIC = Pattern.compile("((?:19|20)\\d{2})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})\\s*日?");
	private static final Pattern CHINESE = Pattern.compile("([〇零一二三四五六七八九○Ｏ]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日");

	private ChineseDates() {
	}

	/** The first date in the text as ISO yyyy-MM-dd, or null. */
	public static String findIso(String text) {
		Matcher m = ARABIC.matcher(text);
		if (m.find()) {
			return iso(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
		}
		m = CHINESE.matcher(text);
		if (m.find()) {
			return iso(ChineseNumerals.parse(m.group(1)), ChineseNumerals.parse(m.group(2)), ChineseNumerals.parse(m.group(3)));
		}
		return null;
	}

	/** True if the whole (short) line is a date, as in the last line of a signature block. */
	public static boolean isDateLine(String line) {
		String s = line.strip();
		return s.length() <= 20 && findIso(s) != null
				&& (ARABIC.matcher(s).matches() || CHINESE.matcher(s).matches());
	}

	private static String iso(int year, int month, int day) {
		try {
			return LocalDate.of(year, month, day).toString();
		} catch (DateTimeException e) {
			return null;
		}
	}
}
