package org.reportbank.nlp.hanlp.internal.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.reportbank.nlp.hanlp.Token;

/**
 * Finds government bodies from rules rather than from HanLP's organization guesses (which on
 * these texts turn 对政府 into an organization). A name is built around a body: a known body word
 * (司法局, 人民政府, 纪委监委) or name words ending in a body suffix (区民族宗教事务委员会); to its left
 * a chain of administrative prefixes (柳州市城中区, or a bare 区/市/县 as in 区司法局); to its right
 * the sub-units that hang from it (市公安局 + 城中分局 + 柳东派出所). How much context a body needs
 * depends on its {@link BodyKind}: 政府 names a specific body only with its level, 司法局 does alone.
 */
final class OrgFinder {

	static final String LABEL = "ORG";

	private final OrgLexicon lex = OrgLexicon.INSTANCE;
	private final BodyScanner scanner = new BodyScanner();
	private final PrefixChain prefixes = new PrefixChain();

	/** An organization name under construction: its prefix, first body and the sub-units joined to it. */
	private static final class Candidate {
		final PrefixChain.Prefix prefix;
		final Body first;
		int end;
		int parts = 1;

		Candidate(PrefixChain.Prefix prefix, Body first) {
			this.prefix = prefix;
			this.first = first;
			this.end = first.end();
		}
	}

	/**
	 * Organizations in the text. {@code folded} is the text with traditional characters folded
	 * (same offsets); {@code laws} are the 《》 titles, inside which names are less certain.
	 */
	List<EntityMention> find(String text, String folded, TokenIndex tokens, List<EntityMention> laws) {
		Set<String> ownNames = new HashSet<>();
		List<Body> bodies = scanner.scan(folded, tokens, new boolean[text.length() + 1]);

		List<EntityMention> found = new ArrayList<>();
		Candidate current = null;
		int limit = 0; // a prefix never reaches into the previous name
		for (Body body : bodies) {
			if (current != null && body.begin() < current.end) {
				continue; // overlapping body (a shorter reading of the same words)
			}
			if (current != null && body.begin() == current.end && canHang(body)) {
				current.end = body.end();
				current.parts++;
				continue;
			}
			if (current != null) {
				finish(current, folded, tokens, laws, found, ownNames);
				limit = current.end;
			}
			current = null;
			if (body.kind() == BodyKind.TAIL) {
				limit = body.end();
				continue;
			}
			current = new Candidate(prefixes.prefix(body, folded, tokens, limit), body);
		}
		if (current != null) {
			finish(current, folded, tokens, laws, found, ownNames);
		}
		found.addAll(TextOwnNames.find(folded, tokens, found, ownNames, this));
		found.addAll(hanlpGuesses(folded, tokens, found));
		found.sort(Comparator.comparingInt(EntityMention::begin));
		return found;
	}

	/**
	 * HanLP's own organization tags that no rule took, kept with a low confidence: on these texts
	 * they are mostly wrong, so only words ending in a body suffix survive.
	 */
	private List<EntityMention> hanlpGuesses(String folded, TokenIndex tokens, List<EntityMention> found) {
		List<EntityMention> guesses = new ArrayList<>();
		boolean[] taken = null;
		for (int i = 0; i < tokens.size(); i++) {
			Token t = tokens.get(i);
			if (!t.pos().startsWith("nt") || t.end() - t.begin() < 3) {
				continue;
			}
			if (taken == null) {
				taken = new boolean[folded.length() + 1];
				for (EntityMention m : found) {
					Taken.mark(taken, m.begin(), m.end());
				}
			}
			if (Taken.overlaps(taken, t.begin(), t.end())) {
				continue;
			}
			String w = NameWords.word(folded, t);
			int[] suffix = { -1 };
			lex.suffixes.matches(folded, t.end(), (b, k) -> suffix[0] = b >= t.begin() ? b : suffix[0]);
			if (suffix[0] > t.begin() && NameWords.allHan(folded, t.begin(), t.end()) && !lex.isFunctionChar(w.charAt(0))
					&& !lex.isFunctionChar(w.charAt(w.length() - 1)) && !lex.genericMentions.contains(w)
					&& !qualified(folded, tokens, t.begin())) {
				guesses.add(new EntityMention(t.begin(), t.end(), LABEL, 0.4, null));
			}
		}
		return guesses;
	}

	private static boolean canHang(Body body) {
		return body.kind() == BodyKind.DEPT || body.kind() == BodyKind.UNIT || body.kind() == BodyKind.TAIL;
	}

	/** Checks a finished candidate against the filters and adds it with its confidence. */
	private void finish(Candidate c, String folded, TokenIndex tokens, List<EntityMention> laws, List<EntityMention> found,
			Set<String> ownNames) {
		Body first = c.first;
		int begin = c.prefix.begin();
		int end = c.end;
		String name = folded.substring(begin, end);
		boolean hasPrefix = c.prefix.named() || c.prefix.bare();
		if (end - begin < 2 || lex.genericMentions.contains(name) || qualified(folded, tokens, begin)) {
			return;
		}
		if (end < folded.length() && "函发〔[字".indexOf(folded.charAt(end)) >= 0) {
			return; // 南府办函〔2017〕: an issuer code inside a document number
		}
		if (end - begin <= 3 && !c.prefix.named() && followedByTitle(folded, tokens, end)) {
			return; // 区委书记, 政协委员: a person's title
		}
		if (first.bare() && !c.prefix.named()) {
			return; // 各街道办事处, 镇派出所: a kind of unit
		}
		if (c.prefix.bare() && !c.prefix.named() && lex.subDistrictLevels.contains(folded.substring(begin, first.begin()))) {
			return; // 街道综合执法大队, 镇政府: in a district's report, any town's body
		}
		double confidence;
		switch (first.kind()) {
		case TOP:
			if (!hasPrefix && !name.equals("政协")) {
				return; // 政府 alone, 法治政府, 上一级人民政府
			}
			confidence = c.prefix.named() ? 0.95 : hasPrefix ? 0.9 : 0.7;
			break;
		case SELF:
			confidence = 0.95;
			break;
		case DEPT:
			if (first.fromList()) {
				if (!hasPrefix && c.parts == 1 && describedBefore(tokens, begin)) {
					return; // 广西优秀公安局: an honour, a kind of body
				}
				confidence = c.prefix.named() ? 0.95 : hasPrefix ? 0.9 : 0.8;
			} else if (hasPrefix) {
				confidence = c.prefix.named() ? 0.9 : 0.85;
			} else if (first.anchored()) {
				confidence = 0.7;
			} else if (lex.needsAnchor(name)) {
				return; // 专业性行业性调解委员会: committees and associations of a kind
			} else {
				confidence = 0.55; // name words and a suffix, nothing else: 城管综合执法队
			}
			break;
		case UNIT:
			if (hasPrefix) {
				confidence = c.prefix.named() ? 0.9 : 0.85;
			} else if (first.named() || quoted(folded, begin)) {
				confidence = 0.75; // 城中分局, 柳东派出所, “旅游景区警务大队”
			} else {
				confidence = 0.6; // 公园派出所, 交通警察支队 (公安派出所 is a kind, see genericNameWords)
			}
			break;
		default:
			return;
		}
		if (c.parts > 1) {
			confidence = Math.max(confidence, 0.7);
		}
		if (insideTitle(laws, begin, end)) {
			confidence -= 0.1; // the issuer inside a title: a body, but the title is the unit annotators mark
		}
		found.add(new EntityMention(begin, end, LABEL, round(confidence), null));
		String ownName = folded.substring(first.begin(), end);
		if (confidence >= 0.8 && hasPrefix && first.kind() != BodyKind.TOP && ownName.length() >= 4
				&& !lex.genericMentions.contains(ownName)) {
			ownNames.add(ownName); // 区民族宗教事务委员会 → 民族宗教事务委员会 alone later
		}
	}

	/** 各镇政府, 上一级人民政府, 有关部门: a qualifier before the name makes it any body of the kind. */
	boolean qualified(String folded, TokenIndex tokens, int begin) {
		if (begin == 0) {
			return false;
		}
		int t = tokens.endingAt(begin);
		if (t >= 0) {
			Token u = tokens.get(t);
			String w = NameWords.word(folded, u);
			if (lex.qualifiers.contains(w) || lex.counters.contains(w) || u.pos().equals("m")) {
				return true; // 各镇政府, 3个街道办事处, 两镇政府
			}
		}
		return "各该其".indexOf(folded.charAt(begin - 1)) >= 0;
	}

	/** An adjective right before a name: names take no adjectives, kinds of bodies do. */
	private static boolean describedBefore(TokenIndex tokens, int begin) {
		int t = tokens.endingAt(begin);
		return t >= 0 && (tokens.get(t).pos().equals("a") || tokens.get(t).pos().equals("b"));
	}

	private boolean followedByTitle(String folded, TokenIndex tokens, int end) {
		int t = tokens.startingAt(end);
		if (t < 0) {
			return false;
		}
		Token u = tokens.get(t);
		return lex.titleWords.contains(folded.substring(u.begin(), u.end()));
	}

	private static boolean quoted(String folded, int begin) {
		return begin > 0 && "“「\"『".indexOf(folded.charAt(begin - 1)) >= 0;
	}

	/** True if the span lies inside one of the titles (sorted by begin, not overlapping): a binary search. */
	static boolean insideTitle(List<EntityMention> laws, int begin, int end) {
		int lo = 0;
		int hi = laws.size() - 1;
		int last = -1; // the last title that begins at or before the span
		while (lo <= hi) {
			int mid = (lo + hi) >>> 1;
			if (laws.get(mid).begin() <= begin) {
				last = mid;
				lo = mid + 1;
			} else {
				hi = mid - 1;
			}
		}
		return last >= 0 && end <= laws.get(last).end();
	}

	static double round(double d) {
		return Math.round(d * 100) / 100.0;
	}
}
