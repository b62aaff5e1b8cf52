package org.reportbank.core.internal.text;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognizes the lines a scraped government page leaves around a report (share and print
 * buttons, font size switches, breadcrumbs, the date banner) so they can be dropped.
 */
final class PageLeftovers {

	/** Words that only ever appear in page chrome; a line made of nothing else is chrome. */
	private static final Set<String> CHROME_WORDS = Set.of("分享按钮", "分享", "分享到", "打印", "打印本页", "打印本文", "关闭",
			"关闭窗口", "关闭本页", "返回顶部", "返回", "顶部", "收藏", "加入收藏", "设为首页", "无障碍", "无障碍浏览", "简体", "繁体", "简体版", "繁体版",
			"大", "中", "小", "字体", "字号", "字体大小", "默认", "扫一扫", "微信", "微博", "QQ空间", "手机版", "在手机上打开", "保存", "纠错", "我要纠错",
			"相关链接", "附件", "下载", "打印正文", "【打印】", "【关闭】", "关闭此页", "朗读", "语音播报", "播报", "长者模式", "适老化");

	private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s|｜/【】\\[\\]〔〕<>《》·•：:，,。>＞\\-—]+");

	private static final Pattern[] CHROME_LINES = {
			Pattern.compile("^今天是.{0,40}(星期|农历|周).*"),
			Pattern.compile("^(您|你)?(所在的?|现在的?|当前)位置.*"),
			Pattern.compile("^(字体|字号)(大小)?[：:].*"),
			Pattern.compile(".*(浏览次数|阅读次数|访问次数|点击数|浏览量)[：:]?\\s*\\d*\\s*$"),
			Pattern.compile("^(上一篇|下一篇)[：:].{0,60}$"),
			Pattern.compile("^分享到?[：:].{0,40}$"),
			Pattern.compile("^(扫一扫|微信扫一扫|手机扫码).{0,20}$"),
	};

	private PageLeftovers() {
	}

	static boolean isChrome(String line) {
		if (line.length() > 80) {
			return false;
		}
		for (Pattern p : CHROME_LINES) {
			if (p.matcher(line).matches()) {
				return true;
			}
		}
		String[] tokens = TOKEN_SEPARATORS.split(line);
		int words = 0;
		for (String token : tokens) {
			if (token.isEmpty()) {
				continue;
			}
			if (!CHROME_WORDS.contains(token)) {
				return false;
			}
			words++;
		}
		// a line of only "大 中 小" tokens needs at least one real chrome word beside the sizes
		return words > 0 && !line.matches("^[大中小\\s]+$") || line.matches("^【?大】?\\s*【?中】?\\s*【?小】?$");
	}
}
