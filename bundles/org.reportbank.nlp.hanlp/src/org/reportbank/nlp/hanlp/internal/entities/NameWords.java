package org.reportbank.nlp.hanlp.internal.entities;

import org.reportbank.nlp.hanlp.Token;

/**
 * What a HanLP word can be inside an organization or place name: a name word, a noun, a proper
 * name, a level or a place with its level, and the pieces HanLP cuts off a name (中/f 梁山街道,
 * 北城/nz 街/n 街道). Shared by the body scanner, the prefix chain and the place finder so all read
 * words the same way.
 */
final class NameWords {

	/** One-character street words HanLP cuts off a street name: 北城/nz 街/n, 工人/nnt 路/n. */
	private static final String STREET_WORDS = "街路";
	/** Function characters HanLP may tag as nouns or localizers, which never open a place name. */
	private static final String NOT_FRONT = "于以至到往经同跟或并又也之";
	/** Level characters beyond the lexicon's: before a name they are a level of their own (区 + 梁山街道), not its first character. */
	private static final String MORE_LEVEL_CHARS = "村街社片屯";

	private final OrgLexicon lex = OrgLexicon.INSTANCE;

	static String word(String folded, Token t) {
		return folded.substring(t.begin(), t.end());
	}

	/** Words that may be part of a body's own name: nouns, verbal nouns, verbs, abbreviations, names. */
	boolean isNameWord(String folded, Token u) {
		String pos = u.pos();
		if (!allHan(folded, u.begin(), u.end()) || lex.qualifiers.contains(folded.substring(u.begin(), u.end()))) {
			return false;
		}
		if (lex.isFunctionChar(folded.charAt(u.begin())) || lex.isFunctionChar(folded.charAt(u.end() - 1))) {
			return false;
		}
		return pos.startsWith("n") || pos.startsWith("v") || pos.startsWith("j") || pos.startsWith("g") || pos.equals("an")
				|| pos.equals("b") || pos.equals("vn");
	}

	static boolean isNominal(Token u) {
		String pos = u.pos();
		return pos.startsWith("n") || pos.equals("vn") || pos.startsWith("j") || pos.equals("an") || pos.equals("gi")
				|| (u.end() - u.begin() == 1 && pos.endsWith("g")); // 孚/vg 玉/n: a rare name cut into characters
	}

	static boolean isProperName(Token u) {
		String pos = u.pos();
		return pos.startsWith("ns") || pos.startsWith("nr") || pos.startsWith("nz") || pos.startsWith("nt");
	}

	boolean isPlaceWithLevel(String folded, Token u) {
		String w = word(folded, u);
		return u.pos().startsWith("ns") && w.length() >= 2 && lex.isLevelChar(w.charAt(w.length() - 1));
	}

	/** A token that begins the prefix chain: a level word (区) or a place with its level (柳州市). */
	boolean isPrefixWord(String folded, TokenIndex tokens, int j) {
		Token u = tokens.get(j);
		String w = folded.substring(u.begin(), u.end());
		return lex.bareLevels.contains(w) || (u.pos().startsWith("ns") && w.length() >= 2 && lex.isLevelChar(w.charAt(w.length() - 1)));
	}

	/**
	 * True if HanLP cut a street name before its street word: the token at {@code i} is a name word of
	 * two or more characters and the next is a lone 街 or 路 (北城/nz 街/n, 解放/v 街/n), as in
	 * 北城街街道. Callers check that a level follows: before 街道 the street names a place.
	 */
	boolean isCutStreetName(String folded, TokenIndex tokens, int i) {
		Token name = tokens.get(i);
		int s = tokens.startingAt(name.end());
		if (s < 0 || name.end() - name.begin() < 2) {
			return false;
		}
		// the lone street word is rare, so it is looked for before the name word (called for every token)
		Token street = tokens.get(s);
		return street.end() - street.begin() == 1 && STREET_WORDS.indexOf(folded.charAt(street.begin())) >= 0
				&& street.pos().equals("n") && isNameWord(folded, name) && !isPrefixWord(folded, tokens, i);
	}

	/**
	 * Where a place name HanLP starts at {@code begin} really begins: one character earlier if HanLP
	 * split a lone character off its front. A name morpheme (柳/ng 东村) joins any place; before a
	 * naming level ({@code namedByLevel}: 街道, 镇, 村) a noun, localizer or attribute character joins
	 * too (中/f 梁山街道), but only where it cannot close the word before (考核中 + 梁山街道 is "in the
	 * review"), so at a clause start, after a preposition, conjunction, particle or a level. A function
	 * word never joins: HanLP tags prepositions, conjunctions, verbs, particles and pronouns as such (在,
	 * 与, 对, 的), and the few it may not are listed.
	 */
	int placeBegin(String folded, TokenIndex tokens, int begin, boolean namedByLevel, int limit) {
		int p = tokens.endingAt(begin);
		if (p < 0 || begin - 1 < limit || tokens.get(p).begin() != begin - 1 || !allHan(folded, begin - 1, begin)) {
			return begin;
		}
		String pos = tokens.get(p).pos();
		if (pos.equals("ng")) {
			return begin - 1;
		}
		char c = folded.charAt(begin - 1);
		boolean nominal = pos.startsWith("n") || pos.equals("f") || pos.equals("b");
		if (!namedByLevel || !nominal || lex.isFunctionChar(c) || NOT_FRONT.indexOf(c) >= 0 || lex.isLevelChar(c)
				|| MORE_LEVEL_CHARS.indexOf(c) >= 0) {
			return begin;
		}
		int q = tokens.endingAt(begin - 1);
		if (q < 0) {
			return begin - 1; // the text, a line or a gap begins here
		}
		String before = tokens.get(q).pos();
		boolean opens = before.startsWith("w") || before.startsWith("p") || before.startsWith("c") || before.startsWith("u")
				|| isPrefixWord(folded, tokens, q);
		return opens ? begin - 1 : begin;
	}

	/** True if every character is a Han character (supplementary planes included). */
	static boolean allHan(String s, int begin, int end) {
		for (int i = begin; i < end;) {
			int cp = s.codePointAt(i);
			boolean han = (cp >= 0x4E00 && cp <= 0x9FFF) // the common ideographs, tested first: script lookup is slow
					|| Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
			if (!han) {
				return false;
			}
			i += Character.charCount(cp);
		}
		return end > begin;
	}
}
