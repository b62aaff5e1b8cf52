package org.reportbank.core.internal.structure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads title, region, reported year, publisher and publication date off a normalized report and
 * the header fields of its page. The reported year is the year of the work (2017 in a report
 * signed 2018年1月26日); the publication date comes from the page byline or the signature block.
 */
public final class FactsExtractor {

	public static final String SIGNATURE_ORGANIZATION = "落款单位";
	public static final String SIGNATURE_DATE = "落款日期";

	private static final Pattern TITLE_CUE = Pattern.compile("报告|情况|总结|解读|计划|要点|方案|规划|工作|建设|報告|情況|總結|解讀|計劃|要點|規劃|建設");
	private static final Pattern SENTENCE_START = Pattern.compile("^((19|20)\\d{2}|[〇零一二三四五六七八九]{4})年(度)?[，,以来]");
	private static final Pattern YEAR = Pattern.compile("(?<![0-9\\-—–至])((?:19|20)\\d{2})\\s*年(?!\\s*[0-9]{1,2}\\s*月)(?![\\-—–至])");
	private static final Pattern CHINESE_YEAR = Pattern.compile("([〇零一二三四五六七八九○]{4})年");
	private static final Pattern RANGE = Pattern.compile("(19|20)\\d{2}\\s*[\\-—–至~]\\s*(19|20)\\d{2}");
	private static final Pattern REGION_CUT = Pattern.compile(
			"(19|20)\\d{2}|[〇零一二三四五六七八九○]{4}年|人民政府|政府|关于|關於|委员会|委員會|法治|党委|黨委|司法局|办公室|辦公室|[\\s、]|(?<=[区县市旗])委|(?<=[区县市旗])[^\\s]{0,6}?局");
	private static final Pattern LEADING_YEAR = Pattern.compile("^((19|20)\\d{2}|[〇零一二三四五六七八九○]{4})年度?");
	private static final Pattern REGION_SUFFIX = Pattern.compile(".*(自治区|自治县|自治州|区|县|市|旗|州|盟|省|區|縣)$");
	private static final Pattern REGION_IN_SENTENCE = Pattern.compile("([\\u4e00-\\u9fff]{2,10}?(?:区|县|市|旗))(?:委|人民政府|政府|党委)");
	private static final Pattern ORGANIZATION_LINE = Pattern
			.compile("^[\\u4e00-\\u9fff（）() ]{3,40}(政府|委员会|局|办公室|区委|县委|市委|办|中心|院|厅|部|会|处|所)$");
	private static final Pattern TITLE_ORGANIZATION = Pattern.compile("^(?:中共)?([\\u4e00-\\u9fff]{2,20}?(?:人民政府|政府|委员会|司法局))");

	public ReportFacts extract(String text, Map<String, String> headerFields) {
		List<String> lines = text.lines().toList();
		Map<String, String> metadata = new LinkedHashMap<>(headerFields);

		int titleLines = titleLineCount(lines);
		String title = titleLines == 0 ? null : String.join(" ", lines.subList(0, titleLines));
		if (title == null && headerFields.containsKey("标题")) {
			title = headerFields.get("标题");
		}
		int titleEnd = 0;
		for (int i = 0; i < titleLines; i++) {
			titleEnd += lines.get(i).length() + 1;
		}
		titleEnd = Math.min(titleEnd, text.length());

		readSignature(lines, metadata);

		String firstParagraph = lines.size() > titleLines ? lines.get(titleLines) : "";
		Integer year = title == null ? null : yearIn(title);
		if (year == null) {
			year = yearAtStart(firstParagraph);
		}
		String published = firstNonNull(dateField(headerFields, "发布时间", "发布日期", "成文日期", "生成日期", "更新时间"),
				metadata.get(SIGNATURE_DATE));
		String publisher = firstNonNull(headerFields.get("发布机构"), headerFields.get("发文机关"), headerFields.get("发文单位"),
				metadata.get(SIGNATURE_ORGANIZATION), organizationInTitle(title), headerFields.get("来源"),
				headerFields.get("文章来源"), headerFields.get("信息来源"));
		String region = firstNonNull(regionOf(title), regionOf(publisher), regionInSentence(firstParagraph));
		return new ReportFacts(title, titleEnd, region, year, publisher, published, documentType(title), metadata);
	}

	/** 0, 1 or 2: a title is a short line with a title word; a joint title may take two lines (机关 / 关于……的报告). */
	private static int titleLineCount(List<String> lines) {
		if (lines.isEmpty() || !isTitleLike(lines.get(0))) {
			return 0;
		}
		if (lines.size() > 1 && lines.get(1).startsWith("关于") && isTitleLike(lines.get(1))
				&& !lines.get(0).contains("报告")) {
			return 2;
		}
		return 1;
	}

	private static boolean isTitleLike(String line) {
		if (line.length() < 4 || line.length() > 80 || SENTENCE_START.matcher(line).find()) {
			return false;
		}
		char last = line.charAt(line.length() - 1);
		if ("。；，：！？,;:".indexOf(last) >= 0 || NumberingStyle.CHINESE_COMMA.pattern.matcher(line).find()
				|| NumberingStyle.CHINESE_PAREN.pattern.matcher(line).find()) {
			return false;
		}
		return TITLE_CUE.matcher(line).find() || ORGANIZATION_LINE.matcher(line).matches();
	}

	static Integer yearIn(String title) {
		String withoutRanges = RANGE.matcher(title).replaceAll(" ");
		Matcher m = YEAR.matcher(withoutRanges);
		if (m.find()) {
			return Integer.valueOf(m.group(1));
		}
		m = CHINESE_YEAR.matcher(withoutRanges);
		if (m.find()) {
			int y = ChineseNumerals.parse(m.group(1));
			return y >= 1949 && y <= 2100 ? y : null;
		}
		return null;
	}

	/** "2023年，城中区…" or "2023年以来" : the year a text without a title opens with. */
	private static Integer yearAtStart(String paragraph) {
		Matcher m = SENTENCE_START.matcher(paragraph);
		if (!m.find()) {
			return null;
		}
		return yearIn(m.group());
	}

	/** The signature block: an organization line (or two) then a date line, at the very end. */
	private static void readSignature(List<String> lines, Map<String, String> metadata) {
		int last = lines.size() - 1;
		for (int i = last; i >= Math.max(1, last - 2); i--) {
			if (!ChineseDates.isDateLine(lines.get(i))) {
				continue;
			}
			StringBuilder organizations = new StringBuilder();
			for (int j = i - 1; j >= Math.max(1, i - 3) && ORGANIZATION_LINE.matcher(lines.get(j)).matches(); j--) {
				organizations.insert(0, organizations.length() == 0 ? lines.get(j) : lines.get(j) + "、");
			}
			if (organizations.length() > 0) {
				metadata.put(SIGNATURE_ORGANIZATION, organizations.toString());
				metadata.put(SIGNATURE_DATE, ChineseDates.findIso(lines.get(i)));
			}
			return;
		}
	}

	private static String dateField(Map<String, String> fields, String... keys) {
		for (String key : keys) {
			String value = fields.get(key);
			if (value != null) {
				String iso = ChineseDates.findIso(value);
				if (iso != null) {
					return iso;
				}
			}
		}
		return null;
	}

	private static String organizationInTitle(String title) {
		if (title == null) {
			return null;
		}
		Matcher m = TITLE_ORGANIZATION.matcher(title);
		return m.find() && !m.group(1).equals("法治政府") && !m.group(1).endsWith("法治政府") ? m.group(1) : null;
	}

	/** The administrative name a title or organization starts with: 柳州市城中区 in 柳州市城中区2023年…. */
	static String regionOf(String s) {
		if (s == null) {
			return null;
		}
		String name = LEADING_YEAR.matcher(s.startsWith("中共") ? s.substring(2) : s).replaceFirst("");
		Matcher cut = REGION_CUT.matcher(name);
		String prefix = cut.find() ? name.substring(0, cut.start()) : name;
		if (prefix.length() < 2 || prefix.length() > 15 || !REGION_SUFFIX.matcher(prefix).matches()) {
			return null;
		}
		return prefix;
	}

	private static String regionInSentence(String paragraph) {
		Matcher m = REGION_IN_SENTENCE.matcher(paragraph);
		if (!m.find()) {
			return null;
		}
		String candidate = m.group(1);
		// "2023年，城中区委" : the match may start inside the opening words
		int comma = Math.max(candidate.lastIndexOf('，'), candidate.lastIndexOf('年'));
		return comma >= 0 ? candidate.substring(comma + 1) : candidate;
	}

	private static DocumentType documentType(String title) {
		if (title == null) {
			return DocumentType.REPORT;
		}
		if (title.contains("解读")) {
			return DocumentType.POLICY_INTERPRETATION;
		}
		if (title.contains("报告") || title.contains("情况") || title.contains("总结") || title.contains("報告")
				|| title.contains("情況")) {
			return DocumentType.REPORT;
		}
		if (title.matches(".*(计划|要点|方案|规划|安排|意见|通知).*")) {
			return DocumentType.PLAN;
		}
		return DocumentType.OTHER;
	}

	@SafeVarargs
	private static <T> T firstNonNull(T... values) {
		for (T v : values) {
			if (v != null) {
				return v;
			}
		}
		return null;
	}
}
