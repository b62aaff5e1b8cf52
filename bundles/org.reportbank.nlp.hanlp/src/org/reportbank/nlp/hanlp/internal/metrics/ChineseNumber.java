package org.reportbank.nlp.hanlp.internal.metrics;

import java.math.BigDecimal;

/**
 * Reads Chinese numerals as reports write counts: 五, 十二, 两千, 三千五百, 两万, 一百零八,
 * 九十点五. Returns null for anything that is not a well-formed number.
 */
final class ChineseNumber {

	static final String CHARS = "零〇一二两三四五六七八九十百千万亿点";

	private ChineseNumber() {
	}

	static BigDecimal parse(String s) {
		if (s.isEmpty()) {
			return null;
		}
		int point = s.indexOf('点');
		if (point >= 0) {
			BigDecimal whole = parse(s.substring(0, point));
			String fraction = digits(s.substring(point + 1));
			return whole == null || fraction == null || fraction.isEmpty() ? null : new BigDecimal(whole.toBigInteger() + "." + fraction);
		}
		Long value = integer(s);
		return value == null ? null : BigDecimal.valueOf(value);
	}

	private static Long integer(String s) {
		int yi = s.lastIndexOf('亿');
		if (yi >= 0) {
			return combine(s.substring(0, yi), s.substring(yi + 1), 100_000_000L);
		}
		int wan = s.lastIndexOf('万');
		if (wan >= 0) {
			return combine(s.substring(0, wan), s.substring(wan + 1), 10_000L);
		}
		return section(s);
	}

	private static Long combine(String high, String low, long unit) {
		Long h = high.isEmpty() ? Long.valueOf(1) : integer(high);
		Long l = low.isEmpty() ? Long.valueOf(0) : integer(low);
		return h == null || l == null ? null : h * unit + l;
	}

	/** A number below 10,000: 三千五百, 十二, 一百零八. */
	private static Long section(String s) {
		long total = 0;
		long pending = -1;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			long multiplier = switch (c) {
			case '十' -> 10;
			case '百' -> 100;
			case '千' -> 1000;
			default -> 0;
			};
			if (multiplier > 0) {
				total += (pending < 0 ? 1 : pending) * multiplier;
				pending = -1;
				continue;
			}
			int d = digit(c);
			if (d < 0) {
				return null;
			}
			if (d == 0) {
				continue; // 一百零八: the zero only marks a gap
			}
			if (pending >= 0) {
				return null; // two digits in a row (二三) is not a number here
			}
			pending = d;
		}
		return total + Math.max(pending, 0);
	}

	private static String digits(String s) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			int d = digit(s.charAt(i));
			if (d < 0) {
				return null;
			}
			out.append(d);
		}
		return out.toString();
	}

	static int digit(char c) {
		return switch (c) {
		case '零', '〇' -> 0;
		case '一' -> 1;
		case '二', '两' -> 2;
		case '三' -> 3;
		case '四' -> 4;
		case '五' -> 5;
		case '六' -> 6;
		case '七' -> 7;
		case '八' -> 8;
		case '九' -> 9;
		default -> -1;
		};
	}
}
