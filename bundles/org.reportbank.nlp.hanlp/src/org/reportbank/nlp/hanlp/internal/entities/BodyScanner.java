package org.reportbank.nlp.hanlp.internal.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.reportbank.nlp.hanlp.Token;
import org.reportbank.nlp.hanlp.internal.text.CharTrie;

/**
 * Finds the bodies of organization names: listed body words (司法局, 人民政府) and name words ending
 * in a body suffix (民族宗教事务 + 委员会), each ending where a HanLP word ends. Prefixes and
 * sub-units are attached later by {@link OrgFinder}.
 */
final class BodyScanner {

	/** Longest run of name words before a suffix, in tokens and characters. */
	private static final int MAX_NAME_TOKENS = 6;
	private static final int MAX_NAME_CHARS = 12;

	private final OrgLexicon lex = OrgLexicon.INSTANCE;
	private final NameWords words = new NameWords();

	/** The bodies of the text sorted by begin, longest first; {@code bodyEnd} gets their end offsets. */
	List<Body> scan(String folded, TokenIndex tokens, boolean[] bodyEnd) {
		List<Body> bodies = listedBodies(folded, tokens, bodyEnd);
		bodies.addAll(suffixBodies(folded, tokens, bodyEnd));
		bodies.replaceAll(b -> withOwnName(b, folded, tokens, bodyEnd));
		bodies.sort(Comparator.comparingInt(Body::begin).thenComparingInt(b -> -b.end()));
		return bodies;
	}

	/** Listed body words, leftmost-longest, each ending where a word ends (so 区委 is not read in 治区委员会). */
	private List<Body> listedBodies(String folded, TokenIndex tokens, boolean[] bodyEnd) {
		List<Body> found = new ArrayList<>();
		int i = 0;
		int[] best = new int[1];
		BodyKind[] kind = new BodyKind[1];
		CharTrie.Hit<BodyKind> hit = (end, k) -> {
			if (tokens.isWordEnd(end)) {
				best[0] = end;
				kind[0] = k;
			}
		};
		while (i < folded.length()) {
			best[0] = -1;
			lex.bodies.matches(folded, i, hit);
			if (best[0] > 0) {
				found.add(new Body(i, best[0], kind[0], true, false, false, false));
				bodyEnd[best[0]] = true;
				i = best[0];
			} else {
				i++;
			}
		}
		return found;
	}

	/**
	 * Bodies named by words that are not in the list but end in a body suffix: the suffix must end a
	 * HanLP word (局 in 局面 does not), a one-character suffix must be a word of its own or an
	 * institution word (运输局/nis), and the name words before it are taken back to the first
	 * prefix, parent body or non-name word.
	 */
	private List<Body> suffixBodies(String folded, TokenIndex tokens, boolean[] bodyEnd) {
		List<Body> found = new ArrayList<>();
		for (int ti = 0; ti < tokens.size(); ti++) {
			Token t = tokens.get(ti);
			int end = t.end();
			if (bodyEnd[end] || lex.suffixEnds.indexOf(folded.charAt(end - 1)) < 0) {
				continue;
			}
			int[] suffixBegin = { -1 };
			BodyKind[] kind = new BodyKind[1];
			lex.suffixes.matches(folded, end, (begin, k) -> {
				if (begin >= t.begin() || tokens.isWordStart(begin)) { // 执法/vn 队/n: a suffix may span words
					suffixBegin[0] = begin;
					kind[0] = k;
				}
			});
			if (suffixBegin[0] < 0) {
				continue;
			}
			boolean wholeWord = suffixBegin[0] <= t.begin();
			if (end - suffixBegin[0] == 1 && !wholeWord && !t.pos().startsWith("nis")) {
				continue;
			}
			if (folded.startsWith("中心", suffixBegin[0]) && ti + 1 < tokens.size()
					&& lex.afterCentre.contains(NameWords.word(folded, tokens.get(ti + 1)))) {
				continue; // 中心工作, 中心城区: centre as an attribute
			}
			int first = ti;
			while (first > 0 && tokens.get(first).begin() > suffixBegin[0]) {
				first--; // the word the suffix starts in
			}
			Body body = nameBefore(folded, tokens, first, ti, suffixBegin[0], kind[0], bodyEnd);
			if (body != null) {
				found.add(body);
				bodyEnd[body.end()] = true;
			}
		}
		return found;
	}

	/** The name words before a suffix, or null if there are none or too many to be a name. */
	private Body nameBefore(String folded, TokenIndex tokens, int ti, int last, int suffixBegin, BodyKind kind, boolean[] bodyEnd) {
		Token t = tokens.get(ti);
		int end = tokens.get(last).end();
		int begin = t.begin();
		boolean named = false;
		int count = begin < suffixBegin ? 1 : 0;
		// where the run of nouns right before the suffix begins: without a prefix only these make the name
		int nominalBegin = begin;
		boolean nominalRun = true;
		boolean anchored = false;
		boolean parent = false;
		for (int j = ti - 1; j >= 0; j--) {
			Token u = tokens.get(j);
			if (u.end() != begin) {
				break; // a gap (space, skipped character) ends a name
			}
			if (bodyEnd[begin]) {
				anchored = parent = true;
				break;
			}
			if (words.isPrefixWord(folded, tokens, j)) {
				if (begin == suffixBegin && u.pos().startsWith("ns") && "州盟".indexOf(folded.charAt(u.end() - 1)) >= 0) {
					begin = u.begin(); // 柳州市 + 梧州 + 商会: a place right before the suffix is the body's own name
					nominalBegin = begin;
					named = true;
					count++;
					continue;
				}
				anchored = true;
				break;
			}
			if (!words.isNameWord(folded, u)) {
				break;
			}
			if (++count > MAX_NAME_TOKENS || end - u.begin() > MAX_NAME_CHARS + 3) {
				return null; // a long phrase before a suffix is a description, not a name
			}
			begin = u.begin();
			named |= NameWords.isProperName(u);
			if (nominalRun && NameWords.isNominal(u)) {
				nominalBegin = begin;
			} else {
				nominalRun = false;
			}
		}
		if (!anchored || (parent && nominalBegin != begin)) {
			// without a prefix, only nouns before the suffix count; a sub-unit's name is nouns only
			begin = nominalBegin;
			anchored = false;
		}
		if (!anchored && suffixBegin - begin < 2) {
			return null; // one character is no name of a body of its own
		}
		if (begin >= suffixBegin) {
			// a bare suffix (中心, 大队) is no name, except a sub-unit right after a level (城关街道 + 办事处)
			return anchored && !parent && kind == BodyKind.UNIT ? new Body(suffixBegin, end, kind, false, false, true, true) : null;
		}
		String name = folded.substring(begin, suffixBegin);
		if ((!anchored && lex.genericNameWords.contains(name)) || lex.bareLevels.contains(name) || lex.isFunctionChar(name.charAt(0))) {
			return null; // 执法 + 队, 街道 + 办事处: a kind of body (区 + 人民调解委员会 is one body)
		}
		return new Body(begin, end, kind, false, named, anchored, false);
	}

	/**
	 * A listed department with name words of its own before it, when a prefix or a parent body comes
	 * right before those: 县 + 交通运输 + 综合行政执法大队, 市场监管局 + 笔架山 + 市场监管所.
	 */
	private Body withOwnName(Body b, String folded, TokenIndex tokens, boolean[] bodyEnd) {
		if (!b.fromList() || b.kind() != BodyKind.DEPT || bodyEnd[b.begin()] || !tokens.isWordStart(b.begin())) {
			return b;
		}
		int begin = b.begin();
		for (int k = 0; k < 2; k++) {
			int j = tokens.endingAt(begin);
			if (j < 0) {
				return b;
			}
			Token u = tokens.get(j);
			if (!words.isNameWord(folded, u) || !NameWords.isNominal(u) || words.isPrefixWord(folded, tokens, j)
					|| b.begin() - u.begin() > 6) {
				return b;
			}
			begin = u.begin();
			int left = tokens.endingAt(begin);
			if (bodyEnd[begin] || (left >= 0 && words.isPrefixWord(folded, tokens, left))) {
				return new Body(begin, b.end(), b.kind(), true, true, true, false);
			}
		}
		return b;
	}
}
