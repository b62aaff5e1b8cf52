package org.reportbank.core.internal.structure;

import java.util.ArrayList;
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
	private static final Pattern LEADING_YEAR = Pattern.compile("^((19|20)\\d{2}|[〇零一二三四五六七八九○]{4})年度?");
	/** Level words a region's name ends in, county down to township. */
	private static final List<String> REGION_LEVELS = List.of("自治区", "自治县", "自治州", "自治旗", "街道", "区", "县", "市", "旗", "州", "盟",
			"省", "镇", "乡", "區", "縣", "鎮", "鄉");
	/** Words that end in a level character but name no region: 城乡, 社区, 市场 (the character after). */
	private static final List<String> NOT_REGION_ENDS = List.of("城乡", "乡镇", "城镇", "社区", "园区", "景区", "片区", "辖区", "街区", "城区",
			"市区", "地区");
	private static final String NOT_AFTER_LEVEL = "场民级域容貌村镇";
	/** What follows a region's name in a title or a body's name: a year, the body, 关于. */
	private static final Pattern AFTER_REGION = Pattern.compile("^((19|20)\\d{2}|[〇零一二三四五六七八九○]{4}年|人民政府|政府|关于|關於|委员会|委員會|委|党委|黨委|党工委|"
			+ "法治|人大|办事处|辦事處|办公室|辦公室|[\\s、]|[\\u4e00-\\u9fff]{1,12}?(局|厅|办|中心|委员会|管委会))");
	/** A region named with its body at the start of a clause: 金川区政府坚持…, 2023年，城中区委…. */
	private static final Pattern REGION_IN_SENTENCE = Pattern
			.compile("(?:^|[，,。；;\\s])(?:(?:19|20)\\d{2}年[，,]?)?([\\u4e00-\\u9fff]{2,10}?(?:区|县|市|旗|镇|乡|街道))(?:委|人民政府|政府|党委|党工委)");
	/** Characters a place's name does not hold; a match holding one is a piece of a sentence (南坪街道在区委…). */
	private static final String NOT_IN_REGION = "在的和与对以为我全各并及将把被由从向于是了等经";
	private static final Pattern ORGANIZATION_LINE = Pattern
			.compile("^[\\u4e00-\\u9fff（）() ]{3,40}(政府|委员会|局|办公室|区委|县委|市委|办|中心|院|厅|部|会|处|所)$");
	private static final Pattern TITLE_ORGANIZATION = Pattern.compile("^(?:中共)?([\\u4e00-\\u9fff]{2,20}?(?:人民政府|政府|委员会|办事处|局))");
	/** The cover line of a report to a people's congress: （2024年2月26日在青山市第十七届人民代表大会常务委员会第十九次会议上）. */
	private static final Pattern MEETING_LINE = Pattern.compile("^[（(—－\\-\\s]*(.{6,16}日)在.{2,60}(会议|大会)上[）)]?$");

	public ReportFacts extract(String text, Map<String, String> headerFields) {
		List<String> lines = text.lines().toList();
		Map<String, String> metadata = new LinkedHashMap<>(headerFields);
		List<ReportFacts.Source> sources = new ArrayList<>();

		int titleLines = titleLineCount(lines);
		String titleText = titleLines == 0 ? null : String.join(" ", lines.subList(0, titleLines));
		String title = choose("title", sources,
				option(titleText, titleLines == 2 ? "a joint title on the first two lines" : "the first line, a title", 1, titleText),
				header(headerFields, "标题"));
		int titleEnd = 0;
		for (int i = 0; i < titleLines; i++) {
			titleEnd += lines.get(i).length() + 1;
		}
		titleEnd = Math.min(titleEnd, text.length());

		int signatureLine = readSignature(lines, metadata);
		String signature = signatureLine < 0 ? null : lines.get(signatureLine);
		String firstParagraph = lines.size() > titleLines ? lines.get(titleLines) : "";
		Integer year = choose("year", sources, option(title == null ? null : yearIn(title), "the year in the title", 1, title),
				option(yearAtStart(firstParagraph), "the year the first sentence opens with", titleLines + 1, firstParagraph));
		int meetingLine = meetingLine(lines, titleLines);
		List<Option<String>> published = new ArrayList<>();
		for (String key : List.of("发布时间", "发布日期", "成文日期", "生成日期", "更新时间", "发文日期", "发稿时间", "时间", "日期")) {
			published.add(option(dateField(headerFields, key), "the page's header field " + key, 0, headerLine(headerFields, key)));
		}
		published.add(option(meetingLine < 0 ? null : ChineseDates.findIso(lines.get(meetingLine)),
				"the date of the meeting the report was given at", meetingLine + 1, meetingLine < 0 ? null : lines.get(meetingLine)));
		published.add(option(metadata.get(SIGNATURE_DATE), "the date below the signature", signatureLine + 1, signature));
		String publishedDate = choose("published", sources, published);
		String publisher = choose("publisher", sources, header(headerFields, "发布机构"), header(headerFields, "发文机关"),
				header(headerFields, "发文单位"),
				option(metadata.get(SIGNATURE_ORGANIZATION), "the signature", signatureLine,
						signatureLine < 1 ? null : lines.get(signatureLine - 1)),
				option(organizationInTitle(title), "the body the title names", 1, title), header(headerFields, "来源"),
				header(headerFields, "文章来源"), header(headerFields, "信息来源"));
		String region = choose("region", sources, option(regionOf(title), "the region the title starts with", 1, title),
				option(regionOf(publisher), "the region of the publisher, " + publisher, 0, publisher),
				option(regionInSentence(firstParagraph), "the region the first sentence names with its body", titleLines + 1,
						firstParagraph));
		return new ReportFacts(title, titleEnd, region, year, publisher, publishedDate, documentType(title), metadata, sources);
	}

	/** One way a field may be read: its value (null when the text does not give it that way) and where from. */
	private record Option<T>(T value, String rule, int line, String text) {
	}

	private static <T> Option<T> option(T value, String rule, int line, String text) {
		return new Option<>(value, rule, line, text);
	}

	private static Option<String> header(Map<String, String> fields, String key) {
		return option(fields.get(key), "the page's header field " + key, 0, headerLine(fields, key));
	}

	private static String headerLine(Map<String, String> fields, String key) {
		return fields.containsKey(key) ? key + "：" + fields.get(key) : null;
	}

	/** The first option that has a value, its source recorded. */
	@SafeVarargs
	private static <T> T choose(String field, List<ReportFacts.Source> sources, Option<T>... options) {
		return choose(field, sources, List.of(options));
	}

	private static <T> T choose(String field, List<ReportFacts.Source> sources, List<Option<T>> options) {
		for (Option<T> option : options) {
			if (option.value() != null) {
				sources.add(new ReportFacts.Source(field, option.rule(), option.line(), option.text()));
				return option.value();
			}
		}
		return null;
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

	static boolean isTitleLike(String line) {
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
	private static int readSignature(List<String> lines, Map<String, String> metadata) {
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
				return i;
			}
			return -1;
		}
		return -1;
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

	/**
	 * The administrative name a title or a body's name starts with: 柳州市城中区 in 柳州市城中区2023年…,
	 * 南岸区南坪街道 in 南岸区南坪街道办事处…, 兴文县 in 兴文县住房和城乡建设局…: the longest start that
	 * ends in a level word and is followed by a year, a body or 关于.
	 */
	static String regionOf(String s) {
		if (s == null) {
			return null;
		}
		String name = LEADING_YEAR.matcher(s.startsWith("中共") ? s.substring(2) : s).replaceFirst("");
		String best = null;
		for (int end = 2; end <= Math.min(15, name.length()); end++) {
			if (!Character.isIdeographic(name.charAt(end - 1)) || "委党政局办".indexOf(name.charAt(end - 1)) >= 0) {
				break; // a region's name holds no blank, digit or body word: 中共惠农区委惠农区人民政府 names 惠农区 first
			}
			String prefix = name.substring(0, end);
			boolean followed = end == name.length() || AFTER_REGION.matcher(name.substring(end)).lookingAt();
			if (followed && endsInLevel(prefix) && (end == name.length() || NOT_AFTER_LEVEL.indexOf(name.charAt(end)) < 0)) {
				best = prefix;
			}
		}
		return best;
	}

	private static boolean endsInLevel(String prefix) {
		for (String word : NOT_REGION_ENDS) {
			if (prefix.endsWith(word)) {
				return false;
			}
		}
		for (String level : REGION_LEVELS) {
			if (prefix.endsWith(level) && prefix.length() > level.length()) {
				return true;
			}
		}
		return false;
	}

	/** A region the first paragraph names with its body (金川区政府坚持…), never a piece of a sentence. */
	private static String regionInSentence(String paragraph) {
		Matcher m = REGION_IN_SENTENCE.matcher(paragraph);
		while (m.find()) {
			String candidate = m.group(1);
			boolean clean = true;
			for (int i = 0; i < candidate.length(); i++) {
				clean &= NOT_IN_REGION.indexOf(candidate.charAt(i)) < 0;
			}
			if (clean) {
				return candidate;
			}
		}
		return null;
	}

	/** The cover line of a report to the people's congress right below the title (its index), or -1. */
	private static int meetingLine(List<String> lines, int titleLines) {
		for (int i = titleLines; i < Math.min(lines.size(), titleLines + 2); i++) {
			Matcher m = MEETING_LINE.matcher(lines.get(i).strip());
			if (m.matches() && ChineseDates.findIso(m.group(1)) != null) {
				return i;
			}
		}
		return -1;
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

}
