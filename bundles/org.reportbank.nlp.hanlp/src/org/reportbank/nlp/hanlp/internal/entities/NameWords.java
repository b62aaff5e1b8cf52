package org.reportbank.nlp.hanlp.internal.entities;

import org.reportbank.nlp.hanlp.Token;

/**
 * What a HanLP word can be inside an organization name: a name word, a noun, a proper name, a
 * level or a place with its level. Shared by the body scanner and the prefix chain so both read
 * words the same way.
 */
final class NameWords {

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
