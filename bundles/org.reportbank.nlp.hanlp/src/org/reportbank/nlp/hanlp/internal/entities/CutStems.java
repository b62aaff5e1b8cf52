package org.reportbank.nlp.hanlp.internal.entities;

import java.util.ArrayList;
import java.util.List;

import org.reportbank.nlp.hanlp.Token;

import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Place names HanLP does not know come out as single characters (秦/ng 州/ng 区, 柳/ng 东/f 派出所):
 * the tokenizer runs without HanLP's person-name recognizer, which used to glue such pairs into a
 * "person" (柳东/nr). Two single characters right before a level word or a body word are glued
 * here into one name word (tagged nz, a proper name HanLP did not know), for the finders only: the
 * stored tokens stay as HanLP cut them.
 */
final class CutStems {

	/** Numerals, levels, qualifiers and counters: 两个派出所, 各乡镇, 全区 are no names. */
	private static final String NOT_IN_STEMS = "零〇一二两三四五六七八九十百千万省市区县镇乡每个家所级类批些支";

	private final OrgLexicon lex = OrgLexicon.INSTANCE;

	/** The tokens with each cut stem glued; the list itself when there is none. */
	List<Token> glue(String folded, List<Token> tokens) {
		List<Token> glued = null;
		int i = 0;
		while (i < tokens.size()) {
			if (isCutStem(folded, tokens, i)) {
				if (glued == null) {
					glued = new ArrayList<>(tokens.subList(0, i));
				}
				Token first = tokens.get(i);
				Token second = tokens.get(i + 1);
				glued.add(new Token(first.begin(), second.end(), first.word() + second.word(), "nz"));
				i += 2;
				continue;
			}
			if (glued != null) {
				glued.add(tokens.get(i));
			}
			i++;
		}
		return glued == null ? tokens : glued;
	}

	/** Two characters at {@code i}, not the end of a longer run of them, right before a level or body word. */
	private boolean isCutStem(String folded, List<Token> tokens, int i) {
		if (i + 2 >= tokens.size()) {
			return false;
		}
		Token first = tokens.get(i);
		Token second = tokens.get(i + 1);
		Token after = tokens.get(i + 2);
		if (!isStemCharacter(folded, first) || !isStemCharacter(folded, second) || first.end() != second.begin()
				|| second.end() != after.begin() || !opensPlaceOrBody(folded, after)) {
			return false;
		}
		Token before = i > 0 ? tokens.get(i - 1) : null;
		if (before != null && before.end() == first.begin() && isStemCharacter(folded, before)) {
			return false; // a longer run of characters is a phrase HanLP could not cut, not one name
		}
		// a word HanLP knows, cut only because the page is in traditional characters (會同縣: 会同 "with")
		return !CoreDictionary.contains(folded.substring(first.begin(), second.end()));
	}

	/** One Chinese character that may be part of a name: no function word, numeral, level or counter. */
	private boolean isStemCharacter(String folded, Token t) {
		if (t.end() - t.begin() != 1 || !NameWords.allHan(folded, t.begin(), t.end())) {
			return false;
		}
		char c = folded.charAt(t.begin());
		return !lex.isFunctionChar(c) && NOT_IN_STEMS.indexOf(c) < 0;
	}

	/** A level word (区, 街道) or a body word (区委/nis, 派出所/nis, 人民法院/nt) after the stem. */
	private boolean opensPlaceOrBody(String folded, Token t) {
		return lex.bareLevels.contains(folded.substring(t.begin(), t.end())) || t.pos().startsWith("nis") || t.pos().startsWith("nt");
	}
}
