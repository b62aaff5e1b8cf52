package org.reportbank.nlp.hanlp.internal.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reportbank.nlp.hanlp.Token;
import org.reportbank.nlp.hanlp.internal.text.CharTrie;

/**
 * People: names next to a title (主任宋军, 副厅长张/q 军/n, ，任志强书记, 王小明同志), after a contact cue
 * (信息员：庞翰雯), and the person names of HanLP's dictionary. The tokenizer runs without HanLP's
 * person-name recognizer: on these texts most of what it called names were none (安全和, 依规,
 * 管服, 柳南 of 柳南区). A name must start with a common surname, stay clear of organizations,
 * places and titles, not be the stem of a place the text names (柳南 when the text has 柳南区), and
 * not be the verb 任 "serve as" between two posts (区长任双组长).
 */
final class PersonFinder {

	static final String LABEL = "PER";

	/** Common surnames, without those that are everyday words here (区, 和, 全, 安, 党, 应, 向, 于, 时…). */
	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
			+ "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤温康施牛"
			+ "樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿焦俞左柳甘祝包尚符舒阮柯梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝游辛靳柴"
			+ "鲍喻祁蒲滕屈饶牟艾尤穆卓缪简车项芦麦褚娄窦戚岑景费卜冷晏席米柏宗瞿桂佟臧闵苟邬卞姬仇栾隋刁沙荣巫寇桑郎甄仲"
			+ "虞敖巩佘池麻苑迟邝谈匡鞠荆冀郁胥栗燕楚鄢谌奚粟冼蔺楼闻厉伏仝郜朴习";
	private static final boolean[] IS_SURNAME = new boolean[1 << 16];

	static {
		for (int i = 0; i < SURNAMES.length(); i++) {
			IS_SURNAME[SURNAMES.charAt(i)] = true;
		}
	}

	/** Two-character surnames, which HanLP keeps as one word (欧阳/nz 明/ag). */
	private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐",
			"夏侯", "长孙", "宇文", "司徒", "端木");
	/** Words for staff that a name follows as it follows a title: 执法人员熊志明, 区领导张建国. */
	private static final Set<String> PERSON_NOUNS = Set.of("人员", "领导", "干警", "民警", "代表", "干部", "律师", "法官", "检察官", "调解员");
	/** Single characters that follow a name rather than end it: 张军说, 张军也出席. */
	private static final String NOT_AFTER_NAMES = "说讲称也都还又就再才亦均率带来去到赴作做";
	private static final String NOT_IN_NAMES = "对在和与及的了是将由向从把被为等各全该本我其中区局办所队委厅部院处站市县镇乡村省";
	/** Characters after a word that make it the start of a body or place name: 柳东派出所, 柳南区. */
	private static final String BODY_OR_PLACE_NEXT = "局区办市县镇乡村所队委厅部院处站街路省州社片屯";
	private static final Set<String> TITLES = Set.of("主任", "副主任", "书记", "副书记", "局长", "副局长", "区长", "副区长", "市长", "副市长",
			"县长", "副县长", "镇长", "副镇长", "厅长", "副厅长", "部长", "副部长", "所长", "副所长", "主席", "副主席", "检察长", "院长",
			"副院长", "队长", "大队长", "处长", "科长", "组长", "副组长", "总书记", "委员", "常委", "同志");
	private static final boolean[] TITLE_OR_STAFF_START = new boolean[1 << 16];

	static {
		TITLES.forEach(w -> TITLE_OR_STAFF_START[w.charAt(0)] = true);
		PERSON_NOUNS.forEach(w -> TITLE_OR_STAFF_START[w.charAt(0)] = true);
	}

	/** Verbs of taking a post: a word after them and before a post qualifies the post (兼任双组长). */
	private static final Set<String> SERVE_VERBS = Set.of("担任", "兼任", "出任");
	/** Words before a colon that introduce a person on the contact line: （信息员：庞翰雯，审核领导：李德永）. */
	private static final CharTrie<Boolean> CUES = CharTrie.backward();

	static {
		for (String cue : "信息员 审核领导 审核人 审核 审稿 撰稿人 撰稿 联系人 责任编辑 编辑 校对 作者 供稿 签发 拟稿 记者 通讯员".split(" ")) {
			CUES.put(cue, Boolean.TRUE);
		}
	}

	List<EntityMention> find(String folded, TokenIndex tokens, boolean[] taken) {
		List<EntityMention> found = new ArrayList<>();
		for (int colon = 0; colon < folded.length(); colon++) {
			char c = folded.charAt(colon);
			if (c != '：' && c != ':') {
				continue;
			}
			boolean[] cued = { false };
			CUES.matches(folded, colon, (b, v) -> cued[0] = true);
			int begin = colon + 1;
			while (begin < folded.length() && folded.charAt(begin) == ' ') {
				begin++;
			}
			int end = begin;
			while (end < folded.length() && end - begin < 5 && NameWords.allHan(folded, end, end + 1)) {
				end++;
			}
			boolean closed = end == folded.length() || "，,、；;）) \n\t".indexOf(folded.charAt(end)) >= 0;
			if (cued[0] && closed && end - begin >= 2 && end - begin <= 4 && noBodyChars(folded, begin, end)) {
				add(found, taken, begin, end, 0.8);
			}
		}
		Map<String, Boolean> placeStem = new HashMap<>();
		for (int i = 0; i < tokens.size(); i++) {
			Token t = tokens.get(i);
			if (t.pos().equals("nr")) {
				int end = t.end();
				// 庞翰/nr 雯/nz ，: HanLP cut the given name short
				if (end - t.begin() == 2 && i + 1 < tokens.size() && tokens.get(i + 1).begin() == end
						&& tokens.get(i + 1).end() - end == 1 && NameWords.allHan(folded, end, end + 1)
						&& NOT_IN_NAMES.indexOf(folded.charAt(end)) < 0 && !followsWord(folded, tokens, i + 2)) {
					end++;
				}
				if (plausible(folded, tokens, t.begin(), end, placeStem)) {
					add(found, taken, t.begin(), end, titleBefore(folded, tokens, i) ? 0.8 : 0.7);
				}
				continue;
			}
			String w = mayBeTitleWord(folded, t) ? word(folded, t) : null; // cut out only where it could be a title or staff word
			boolean post = w != null && TITLES.contains(w);
			boolean title = post || t.pos().equals("nnt");
			if (title || (w != null && PERSON_NOUNS.contains(w))) {
				// 副厅长张/q 军/n, 执法人员熊志明、钟丽华: names HanLP did not see, a list of them included;
				// only right after a post of the list may a name start as a common noun (主任宋军/n, not 领导干部/nnt 任期/n 内)
				for (int from = t.end(), end; (end = nameAfter(folded, tokens, from, post && from == t.end())) > 0; from = end + 1) {
					if (!plausible(folded, tokens, from, end, placeStem)) {
						break;
					}
					add(found, taken, from, end, 0.65);
					if (end >= folded.length() || folded.charAt(end) != '、') {
						break;
					}
				}
				int begin = title ? nameBefore(folded, tokens, i) : -1;
				if (begin >= 0 && plausible(folded, tokens, begin, t.begin(), placeStem)) {
					add(found, taken, begin, t.begin(), 0.65); // ，任/v 志/n 强/a 书记; 副区长潘/nz 明亮/a 同志
				}
			}
		}
		return found;
	}

	/** A title or HanLP's job title (nnt), 同志 included. */
	private static boolean isTitle(String folded, Token t) {
		return t.pos().equals("nnt") || (mayBeTitleWord(folded, t) && TITLES.contains(word(folded, t)));
	}

	/** Two to four characters starting as a title or a staff word does: asked of every word, before a word is cut out to look up. */
	private static boolean mayBeTitleWord(String folded, Token t) {
		int length = t.end() - t.begin();
		return length >= 2 && length <= 4 && TITLE_OR_STAFF_START[folded.charAt(t.begin())];
	}

	/**
	 * End of the name that starts at {@code begin}, right after a title, a word for staff or a
	 * name and 、 (主任宋军, 副厅长张/q 军/n 揭牌, 区领导张建国、刘美华), or -1: the words from a
	 * surname on, up to three characters (four after a two-character surname), stopping before a
	 * title or a character that is no part of names (为, 说). The first word is the surname or a
	 * name-like word (not 高度/d), a common noun only right after a post of the list.
	 */
	private static int nameAfter(String folded, TokenIndex tokens, int begin, boolean afterPost) {
		int first = tokens.startingAt(begin);
		int surname = surnameLength(folded, begin);
		if (first < 0 || surname == 0) {
			return -1;
		}
		int longest = surname + 2;
		int end = begin;
		for (int k = first; k < tokens.size() && tokens.get(k).begin() == end; k++) {
			Token u = tokens.get(k);
			boolean commonNoun = k == first && u.end() - u.begin() > 1 && (u.pos().equals("n") || u.pos().equals("ng"));
			if (end - begin + u.end() - u.begin() > longest || !fitsName(folded, u, k == first) || isTitle(folded, u)
					|| (commonNoun && !afterPost)) {
				break;
			}
			end = u.end();
		}
		return end - begin >= 2 ? end : -1;
	}

	/**
	 * Begin of the name right before the title at {@code title}, when a clause or another title
	 * comes before it (，任志强书记指出, 。王/n 小明/nz 同志, 副区长潘/nz 明亮/a 同志), or -1: the
	 * longest that starts with a surname at a word's start.
	 */
	private static int nameBefore(String folded, TokenIndex tokens, int title) {
		int end = tokens.get(title).begin();
		for (int length = 4; length >= 2; length--) {
			int begin = end - length;
			if (begin < 0 || !tokens.isWordStart(begin)) {
				continue;
			}
			int surname = surnameLength(folded, begin);
			if (surname == 0 || length > surname + 2) {
				continue;
			}
			int before = tokens.endingAt(begin);
			if (begin > 0 && NameWords.allHan(folded, begin - 1, begin) && (before < 0 || !isTitle(folded, tokens.get(before)))) {
				continue;
			}
			boolean fits = true;
			for (int k = tokens.startingAt(begin); fits && k >= 0 && k < title; k++) {
				fits = fitsName(folded, tokens.get(k), k == tokens.startingAt(begin));
			}
			if (fits) {
				return begin;
			}
		}
		return -1;
	}

	/**
	 * A word that may be part of a name: the surname, or a name-like word first (宋军/n, 李德/nsf,
	 * not 高度/d); after it any word of a given name (建国/vi, 明亮/a) but a single character that
	 * is no part of names.
	 */
	private static boolean fitsName(String folded, Token u, boolean first) {
		if (!NameWords.allHan(folded, u.begin(), u.end())) {
			return false;
		}
		if (u.end() - u.begin() == 1) {
			char c = folded.charAt(u.begin());
			return first || (NOT_IN_NAMES.indexOf(c) < 0 && NOT_AFTER_NAMES.indexOf(c) < 0);
		}
		String pos = u.pos();
		return !first || pos.startsWith("nr") || pos.equals("nz") || pos.equals("n") || pos.equals("ng") || pos.equals("nsf");
	}

	/** 1 or 2 when a surname starts here (张, 欧阳), else 0. */
	private static int surnameLength(String folded, int at) {
		if (at + 2 <= folded.length() && COMPOUND_SURNAMES.contains(folded.substring(at, at + 2))) {
			return 2;
		}
		return at < folded.length() && IS_SURNAME[folded.charAt(at)] ? 1 : 0;
	}

	/** 审核：办公室 names a body, not a person. */
	private static boolean noBodyChars(String folded, int begin, int end) {
		for (int k = begin; k < end; k++) {
			if (NOT_IN_NAMES.indexOf(folded.charAt(k)) >= 0) {
				return false;
			}
		}
		return true;
	}

	/** A word that looks like a person's name where it stands. */
	private boolean plausible(String folded, TokenIndex tokens, int begin, int end, Map<String, Boolean> placeStem) {
		int len = end - begin;
		if (begin > 0 && (Character.isDigit(folded.charAt(begin - 1)) || "零〇一二两三四五六七八九十百千万".indexOf(folded.charAt(begin - 1)) >= 0)) {
			return false; // 3200余条/nr: a count, not a name
		}
		if (len < 2 || len > 4 || !NameWords.allHan(folded, begin, end) || surnameLength(folded, begin) == 0) {
			return false;
		}
		if (!noBodyChars(folded, begin + 1, end)) {
			return false;
		}
		if (end < folded.length() && BODY_OR_PLACE_NEXT.indexOf(folded.charAt(end)) >= 0) {
			return false;
		}
		if (followsWord(folded, tokens, tokens.startingAt(end))) {
			return false; // 朴宿/nr 繁花/n: a name is followed by a verb, a title or punctuation, not by a noun
		}
		if (takesPost(folded, tokens, begin, end)) {
			return false;
		}
		String name = folded.substring(begin, end);
		return !placeStem.computeIfAbsent(name, k -> namesPlace(folded, k));
	}

	/** True if the token at index {@code i} is a noun that would continue a compound (but not a title). */
	private static boolean followsWord(String folded, TokenIndex tokens, int i) {
		if (i < 0 || i >= tokens.size()) {
			return false;
		}
		Token next = tokens.get(i);
		String pos = next.pos();
		return pos.startsWith("n") && !pos.startsWith("nnt") && !TITLES.contains(folded.substring(next.begin(), next.end()));
	}

	/**
	 * 区长任双组长, 由区长任主任, 副区长任副/nr 总指挥: with a post before and a post after (or inside
	 * the word), 任 is the verb "serve as" and the rest qualifies the post taken, where HanLP sees
	 * the surname 任. After 担任 or 兼任 a word before a post is likewise part of the post. A person
	 * named 任 stands by one post at most: 主任任志强, 副区长任志强同志 (同志 is no post one takes).
	 */
	private static boolean takesPost(String folded, TokenIndex tokens, int begin, int end) {
		int after = tokens.startingAt(end);
		boolean postAfter = (after >= 0 && isPost(folded, tokens.get(after))) || isPostWord(folded.substring(begin + 1, end));
		int before = tokens.endingAt(begin);
		if (!postAfter || before < 0) {
			return false;
		}
		Token prev = tokens.get(before);
		return SERVE_VERBS.contains(word(folded, prev)) || (folded.charAt(begin) == '任' && isPost(folded, prev));
	}

	/** A post one holds: a title word or HanLP's job title (nnt), but not the address 同志. */
	private static boolean isPost(String folded, Token t) {
		return isPostWord(word(folded, t)) || (t.pos().equals("nnt") && !word(folded, t).equals("同志"));
	}

	private static boolean isPostWord(String w) {
		return TITLES.contains(w) && !w.equals("同志");
	}

	/** True if the text names a place or body with this word as its stem: 柳南 of 柳南区. */
	private static boolean namesPlace(String folded, String stem) {
		for (int at = folded.indexOf(stem); at >= 0; at = folded.indexOf(stem, at + 1)) {
			int after = at + stem.length();
			if (after < folded.length() && "区县市镇乡村街".indexOf(folded.charAt(after)) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean titleBefore(String folded, TokenIndex tokens, int i) {
		return i > 0 && TITLES.contains(word(folded, tokens.get(i - 1)));
	}

	private static String word(String folded, Token t) {
		return folded.substring(t.begin(), t.end());
	}

	private static void add(List<EntityMention> found, boolean[] taken, int begin, int end, double confidence) {
		if (!Taken.overlaps(taken, begin, end)) {
			found.add(new EntityMention(begin, end, LABEL, confidence, null));
			Taken.mark(taken, begin, end);
		}
	}
}
