package org.reportbank.core.internal.structure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The site's lines above a report's title: a portal name with today's date (城中区人民政府
 * 2024年3月5日星期二, or the two on lines of their own), a breadcrumb (首页 > 政务公开 > 工作报告),
 * a column name standing alone (工作报告, 法治政府建设年度报告) before the real title. Left in, they
 * would be taken for the title and lose title, year and region at once; they are page leftovers,
 * kept as metadata (栏目, 页面日期) and out of the text.
 */
public final class TitleChrome {

	/** What was found above the title: how many lines, and what they say that is worth keeping. */
	public record Found(int lines, Map<String, String> fields, List<String> dropped) {
	}

	/** A site shows a few lines above the title, never many: past this the lines are the report's. */
	private static final int MOST_LINES = 4;
	private static final Pattern WEEKDAY = Pattern.compile("\\s*(星期|周|礼拜)[一二三四五六日天]\\s*$");
	private static final Pattern BREADCRUMB = Pattern.compile("^[^。，；]{1,14}(\\s*[>＞»›→]\\s*[^。，；>＞»›→]{1,16}){1,6}$");
	/** A line that names a body (中共永宁县委 永宁县人民政府) is the first line of a joint title, not a column. */
	private static final Pattern BODY_NAME = Pattern.compile("(政府|委员会|委|局|办公室|办事处)$");
	private static final Pattern PORTAL_NAME = Pattern.compile("^[\\u4e00-\\u9fff]{2,24}(人民政府|政府|门户网站|网站|网|委员会|局)$");

	private TitleChrome() {
	}

	/** The site's lines that open the text above a title; none when the text opens with its title (or has none). */
	public static Found above(String text) {
		List<String> lines = text.lines().limit(MOST_LINES + 2).toList();
		Map<String, String> fields = new LinkedHashMap<>();
		int chrome = 0;
		while (chrome < Math.min(MOST_LINES, lines.size() - 1)) {
			String line = lines.get(chrome).strip();
			String next = lines.get(chrome + 1).strip();
			String afterNext = chrome + 2 < lines.size() ? lines.get(chrome + 2).strip() : "";
			boolean portalName = PORTAL_NAME.matcher(line).matches() && isDate(next);
			if (FactsExtractor.isTitleLike(line) && !isColumnName(line, next, afterNext) && !portalName
					&& !BREADCRUMB.matcher(line).matches()) {
				break; // a breadcrumb or a portal's name may hold title words (工作报告, 人民政府): they are looked at first
			}
			if (BREADCRUMB.matcher(line).matches()) {
				String[] crumbs = line.split("\\s*[>＞»›→]\\s*");
				fields.putIfAbsent("栏目", crumbs[crumbs.length - 1]);
			} else if (isDate(line)) {
				fields.putIfAbsent("页面日期", ChineseDates.findIso(line));
			} else if (isPortalLine(line) || portalName) {
				String date = ChineseDates.findIso(line);
				if (date != null) {
					fields.putIfAbsent("页面日期", date);
				}
			} else if (isColumnName(line, next, afterNext)) {
				fields.put("栏目", line);
			} else {
				break;
			}
			chrome++;
		}
		if (chrome == 0 || !FactsExtractor.isTitleLike(lines.get(chrome).strip())) {
			return new Found(0, Map.of(), List.of()); // no title below them: the lines are the report's own
		}
		return new Found(chrome, fields, lines.subList(0, chrome));
	}

	/** A date alone, with its weekday: 2023年12月8日 星期五. */
	private static boolean isDate(String line) {
		return ChineseDates.isDateLine(WEEKDAY.matcher(line).replaceFirst(""));
	}

	/** A portal name and today's date on one line: 城中区人民政府 2024年3月5日星期二. */
	private static boolean isPortalLine(String line) {
		String withoutWeekday = WEEKDAY.matcher(line).replaceFirst("");
		String date = ChineseDates.findIso(withoutWeekday);
		if (date == null) {
			return false;
		}
		String name = withoutWeekday.replaceAll("((19|20)\\d{2}\\s*[年\\-/.]\\s*\\d{1,2}\\s*[月\\-/.]\\s*\\d{1,2}\\s*日?)\\s*$", "").strip();
		return !name.equals(withoutWeekday.strip()) && PORTAL_NAME.matcher(name).matches();
	}

	/**
	 * A column's name alone on a line above the title it files: short, naming no year, and followed
	 * by a title that does (工作报告 above 秦州区2022年法治政府建设情况报告), also a joint title whose
	 * 关于 line names it.
	 */
	private static boolean isColumnName(String line, String next, String afterNext) {
		if (line.length() > 14 || FactsExtractor.yearIn(line) != null || !FactsExtractor.isTitleLike(next)
				|| BODY_NAME.matcher(line).find()) {
			return false;
		}
		// the title names a year, on its line or on its 关于 line (中共永宁县委 永宁县人民政府 / 关于2023年度……的报告)
		boolean jointTitle = afterNext.startsWith("关于") && FactsExtractor.yearIn(afterNext) != null;
		return (FactsExtractor.yearIn(next) != null || jointTitle) && next.length() > line.length();
	}
}
