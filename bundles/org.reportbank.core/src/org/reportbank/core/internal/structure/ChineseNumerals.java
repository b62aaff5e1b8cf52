package org.reportbank.core.internal.structure;

/** Values of the Chinese numerals used in section numbering and dates (一 … 九十九, 〇/零, 两). */
public final class ChineseNumerals {

	private ChineseNumerals() {
	}

	/** The value of a numeral like 十二, 二十, 三十一, 二〇一八 (digit by digit), or -1. */
	public static int parse(String s) {
		if (s.isEmpty()) {
			return -1;
		}
		if (s.length() >= 3 && s.indexOf('十') < 0 && s.indexOf('百') < 0) {
			// 二〇一八: read digit by digit (years)
			int value = 0;
			for (int i = 0; i < s.length(); i++) {
				int d = digit(s.charAt(i));
				if (d < 0) {
					return -1;
				}
				value = value * 10 + d;
			}
			return value;
		}
		int value = 0;
		int pending = -1;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '十') {
				value += (pending < 0 ? 1 : pending) * 10;
				pending = -1;
			} else if (c == '百') {
				value += (pending < 0 ? 1 : pending) * 100;
				pending = -1;
			} else {
				int d = digit(c);
				if (d < 0) {
					return -1;
				}
				pending = pending < 0 ? d : pending * 10 + d;
			}
		}
		return value + Math.max(pending, 0);
	}

	static int digit(char c) {
		return switch (c) {
		case '〇', '零', 'Ｏ', 'O', '○' -> 0;
		case '一', '壹' -> 1;
		case '二', '两', '贰' -> 2;
		case '三', '叁' -> 3;
		case '四', '肆' -> 4;
		case '五', '伍' -> 5;
		case '六', '陆' -> 6;
		case '七', '柒' -> 7;
		case '八', '捌' -> 8;
		case '九', '玖' -> 9;
		default -> -1;
		};
	}
}
