package org.reportbank.core.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.reportbank.model.MetricKind;

/**
 * The units a number may carry in these reports, looked up longest first, with their kind and
 * how they normalize (亿元 → ×10⁸ 元, 个工作日 → 工作日). One table for the pre-annotator that finds
 * metrics and for the annotator who corrects one, so a corrected value normalizes as a found one.
 */
public final class MetricUnits {

	/** A unit as written, what kind of quantity it makes, and its base unit and factor. */
	public record Unit(String written, MetricKind kind, String base, BigDecimal factor, boolean ambiguous) {
	}

	private static final Map<Character, List<Unit>> BY_FIRST_CHAR = new HashMap<>();

	static {
		for (String u : new String[] { "人次", "件次", "场次", "户次", "家次", "个次", "批次", "名", "人", "件", "次", "项", "户", "家", "份", "宗",
				"起", "条", "期", "批", "枚", "场", "所", "处", "部", "套", "台", "辆", "本", "册", "篇", "支", "座", "轮", "堂", "节", "课时", "学时",
				"张", "幅", "块", "封", "面", "门", "只", "头", "棵", "株", "辆次", "架次", "间", "栋", "米", "公里", "平方米", "亩", "吨", "单", "例", "卷", "盒",
				"箱" }) {
			add(u, MetricKind.COUNT, u, false);
		}
		// 个 is the unit of 9个镇: the noun after it is what is counted, not part of the unit
		for (String u : new String[] { "个", "级", "类", "种", "镇", "乡", "村" }) {
			add(u, MetricKind.COUNT, u, true);
		}
		for (String u : new String[] { "元" }) {
			add(u, MetricKind.MONEY, "元", false);
		}
		add("%", MetricKind.RATE, "%", false);
		add("％", MetricKind.RATE, "%", false);
		add("‰", MetricKind.RATE, "‰", false);
		add("岁", MetricKind.OTHER, "岁", false);
		add("个百分点", MetricKind.RATE, "个百分点", false);
		add("个工作日", MetricKind.DURATION, "工作日", false);
		add("工作日", MetricKind.DURATION, "工作日", false);
		add("个小时", MetricKind.DURATION, "小时", false);
		add("小时", MetricKind.DURATION, "小时", false);
		add("分钟", MetricKind.DURATION, "分钟", false);
		add("个月", MetricKind.DURATION, "月", false);
		add("天", MetricKind.DURATION, "天", false);
		add("周", MetricKind.DURATION, "周", true);
		add("年", MetricKind.DURATION, "年", true);
		add("日", MetricKind.DURATION, "日", true);
		for (List<Unit> units : BY_FIRST_CHAR.values()) {
			units.sort((a, b) -> b.written().length() - a.written().length());
		}
	}

	private static void add(String written, MetricKind kind, String base, boolean ambiguous) {
		BY_FIRST_CHAR.computeIfAbsent(written.charAt(0), c -> new ArrayList<>())
				.add(new Unit(written, kind, base, BigDecimal.ONE, ambiguous));
	}

	private MetricUnits() {
	}

	/** The longest unit written at {@code at}, or null. */
	public static Unit at(String text, int at) {
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
	public static BigDecimal multiplier(String word) {
		return switch (word) {
		case "千" -> BigDecimal.valueOf(1_000);
		case "万" -> BigDecimal.valueOf(10_000);
		case "亿" -> BigDecimal.valueOf(100_000_000);
		case "万亿" -> new BigDecimal("1000000000000");
		default -> null;
		};
	}

	/** A value in base units: 6.35 万件 is 63500 件. */
	public record Normalized(BigDecimal value, String unit, MetricKind kind) {
	}

	private static final String[] MULTIPLIERS = { "万亿", "亿", "万", "千" };

	/**
	 * The value in base units, for a unit as the metric records it (an optional 万 / 亿 / 千 / 万亿
	 * before a unit of the table: 万件, 亿元, %); empty when the unit is not one the table knows.
	 */
	public static Optional<Normalized> normalize(BigDecimal value, String unit) {
		if (value == null || unit == null || unit.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal factor = BigDecimal.ONE;
		String rest = unit;
		for (String word : MULTIPLIERS) {
			if (unit.startsWith(word) && unit.length() > word.length()) {
				factor = multiplier(word);
				rest = unit.substring(word.length());
				break;
			}
		}
		Unit found = at(rest, 0);
		if (found == null || found.written().length() != rest.length()
				|| factor.compareTo(BigDecimal.ONE) != 0 && found.kind() == MetricKind.RATE) {
			return Optional.empty();
		}
		BigDecimal normalized = value.multiply(factor);
		if (normalized.scale() < 0) {
			normalized = normalized.setScale(0);
		}
		return Optional.of(new Normalized(normalized, found.base(), found.kind()));
	}
}
