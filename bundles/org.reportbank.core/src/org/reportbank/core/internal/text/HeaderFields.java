package org.reportbank.core.internal.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the key-value lines government pages put around a report: 索引号 / 发布机构 / 生成日期
 * tables (pipe- or tab-separated, or 键：值 pairs), 来源 / 发布时间 bylines and the contact line
 * （信息员：…，审核领导：…，联系方式：…）. A line is a header line only if it is made of such
 * fields and nothing else.
 */
final class HeaderFields {

	/** Keys seen on such pages. Values of {@link #NOISE_KEYS} (view counters) are not kept. */
	static final Set<String> KEYS = Set.of("索引号", "发布机构", "发文机关", "发文单位", "生成日期", "成文日期", "发布日期", "发布时间", "更新时间",
			"文号", "发文字号", "主题分类", "主题词", "关键词", "公开方式", "公开范围", "公开时限", "来源", "文章来源", "信息来源", "作者", "名称", "标题",
			"有效性", "体裁分类", "组配分类", "服务对象分类", "所属机构", "信息分类", "分类", "时效", "信息员", "审核领导", "审核", "审核人", "联系方式",
			"联系电话", "责任编辑", "编辑", "校对", "撰稿", "供稿", "发布人", "浏览次数", "阅读次数", "访问次数", "点击数", "字体大小", "字号", "时间", "日期", "发文日期", "发稿时间");

	static final Set<String> NOISE_KEYS = Set.of("浏览次数", "阅读次数", "访问次数", "点击数", "字体大小", "字号");

	private static final Pattern KEY_COLON;
	static {
		List<String> keys = new ArrayList<>(KEYS);
		keys.sort((a, b) -> b.length() - a.length()); // longest first so 审核领导 wins over 审核
		KEY_COLON = Pattern.compile("(" + String.join("|", keys) + ")\\s*[：:]");
	}

	/** What may end a value besides its text: separators and the blanks of regex \s. */
	private static final String TRAILING_SEPARATORS = "，,；;|｜ \t\n\u000B\f\r";

	private static final Pattern BULLET = Pattern.compile("^[•·●▪◆■◇○\\-*]\\s*");

	private static final Pattern CELL_SEPARATORS = Pattern.compile("\\s*(?:[|｜\\t]|\\s{2,})\\s*");

	private HeaderFields() {
	}

	/** The fields of the line if it consists of header fields only, else null. */
	static Map<String, String> parse(String line) {
		String body = BULLET.matcher(Chars.strip(line)).replaceFirst(""); // • 来源：… is a field as 来源：… is
		if (body.length() >= 2 && (body.charAt(0) == '（' || body.charAt(0) == '(')
				&& (body.endsWith("）") || body.endsWith(")"))) {
			body = body.substring(1, body.length() - 1);
		}
		Map<String, String> table = parseTable(body);
		if (table != null) {
			return table;
		}
		return parseKeyColonPairs(body);
	}

	/** "索引号 | 1145… | 发布机构 | 城中区政府": cells alternate key and value. */
	private static Map<String, String> parseTable(String body) {
		String[] cells = CELL_SEPARATORS.split(body.replaceAll("^[|｜]|[|｜]$", ""));
		if (cells.length < 2) {
			return null;
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < cells.length; i += 2) {
			String key = cells[i].replaceAll("[：:]$", "");
			if (!KEYS.contains(key)) {
				return null;
			}
			String value = i + 1 < cells.length ? Chars.strip(cells[i + 1]) : "";
			put(fields, key, value);
		}
		return fields;
	}

	private static Map<String, String> parseKeyColonPairs(String body) {
		Matcher m = KEY_COLON.matcher(body);
		if (!m.lookingAt()) {
			return null; // not a header line: spare the search of a long body line for keys
		}
		List<int[]> keys = new ArrayList<>();
		m.reset();
		while (m.find()) {
			keys.add(new int[] { m.start(1), m.end(1), m.end() });
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (int k = 0; k < keys.size(); k++) {
			int[] key = keys.get(k);
			int valueEnd = k + 1 < keys.size() ? keys.get(k + 1)[0] : body.length();
			String value = withoutTrailingSeparators(body.substring(key[2], valueEnd));
			put(fields, body.substring(key[0], key[1]), Chars.strip(value));
		}
		// a real header value is short; a long "来源：" sentence is body text that happens to start so
		for (String value : fields.values()) {
			if (value.length() > 60 || value.endsWith("。")) {
				return null;
			}
		}
		return fields;
	}

	/**
	 * The value without the separators and blanks that end it. A loop, not the regex
	 * {@code [，,；;|｜\s]+$}, which retries every run of such characters up to the end and so
	 * took quadratic time on a line of a million commas.
	 */
	private static String withoutTrailingSeparators(String value) {
		int end = value.length();
		while (end > 0 && TRAILING_SEPARATORS.indexOf(value.charAt(end - 1)) >= 0) {
			end--;
		}
		return value.substring(0, end);
	}

	private static void put(Map<String, String> fields, String key, String value) {
		if (!NOISE_KEYS.contains(key)) {
			fields.putIfAbsent(key, value);
		}
	}
}
