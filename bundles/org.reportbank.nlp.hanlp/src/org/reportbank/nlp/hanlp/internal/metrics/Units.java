package org.reportbank.nlp.hanlp.internal.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.reportbank.nlp.hanlp.internal.metrics.MetricMention.Kind;

/**
 * The units a number may carry in these reports, looked up longest first, with their kind and
 * how they normalize (亿元 → ×10⁸ 元, 个工作日 → 工作日).
 */
final class Units {

	/** A unit as written, what kind of quantity it makes, and its base unit and factor. */
	record Unit(String written, Kind kind, String base, BigDecimal factor, boolean ambiguous) {
	}

	private static final Map<Character, List<Unit>> BY_FIRST_CHAR = new HashMap<>();

	static {
		for (String u : new String[] { "人次", "件次", "场次", "户次", "家次", "个次", "批次", "名", "人", "件", "次", "项", "户", "家", "份", "宗",
				"起", "条", "期", "批", "枚", "场", "所", "处", "部", "套", "台", "辆", "本", "册", "篇", "支", "座", "轮", "堂", "节", "课时", "学时",
				"张", "幅", "块", "封", "面", "门", "只", "头", "棵", "株", "辆次", "架次", "间", "栋", "米", "公里", "平方米", "亩", "吨", "单", "例", "卷", "盒", "箱" }) {
			add(u, Kind.COUNT, u, false);
		}
		// 个 is the unit of 9个镇: the noun after it is what is counted, not part of the unit
		for (String u : new String[] { "个", "级", "类", "种", "镇", "乡", "村" }) {
			add(u, Kind.COUNT, u, true);
		}
		for (String u : new String[] { "元" }) {
			add(u, Kind.MONEY, "元", false);
		}
		add("%", Kind.RATE, "%", false);
		add("％", Kind.RATE, "%", false);
		add("‰", Kind.RATE, "‰", false);
		add("岁", Kind.OTHER, "岁", false);
		add("个百分点", Kind.RATE, "个百分点", false);
		add("个工作日", Kind.DURATION, "工作日", false);
		add("工作日", Kind.DURATION, "工作日", false);
		add("个小时", Kind.DURATION, "小时", false);
		add("小时", Kind.DURATION, "小时", false);
		add("分钟", Kind.DURATION, "分钟", false);
		add("个月", Kind.DURATION, "月", false);
		add("天", Kind.DURATION, "天", false);
		add("周", Kind.DURATION, "周", true);
		add("年", Kind.DURATION, "年", true);
		add("日", Kind.DURATION, "日", true);
		for (List<Unit> units : BY_FIRST_CHAR.values()) {
			units.sort((a, b) -> b.written().length() - a.written().length());
		}
	}

	private static void add(String written, Kind kind, String base, boolean ambiguous) {
		BY_FIRST_CHAR.computeIfAbsent(written.charAt(0), c -> new ArrayList<>())
				.add(new Unit(written, kind, base, BigDecimal.ONE, ambiguous));
	}

	private Units() {
	}

	/** The longest unit written at {@code at}, or null. */
	static Unit at(String text, int at) {
		if (at >= text.length()) {
			return null;
		}
		List<Unit> candidates = BY_FIRST_CHAR.get(text.charAt(at));
		if (candidates == null) {
			return null;
		}
		for (Unit unit : candidates) {
			if (text.startsWith(unit.written(), at)) {
				return unit;
			}
		}
		return null;
	}

	/** 万 / 亿 / 千 / 万亿 written between Arabic digits and the unit (1.2万件, 23.07亿元). */
	static BigDecimal multiplier(String word) {
		return switch (word) {
		case "千" -> BigDecimal.valueOf(1_000);
		case "万" -> BigDecimal.valueOf(10_000);
		case "亿" -> BigDecimal.valueOf(100_000_000);
		case "万亿" -> new BigDecimal("1000000000000");
		default -> null;
		};
	}
}
