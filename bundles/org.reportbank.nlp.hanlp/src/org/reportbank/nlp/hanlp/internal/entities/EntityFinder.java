package org.reportbank.nlp.hanlp.internal.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.reportbank.nlp.hanlp.Token;

/**
 * Finds organizations, people, places, law and document titles, and dates in a report text. Works
 * from HanLP's tokens of the text and the text itself in a few linear passes (no second, slower
 * HanLP pass with its organization and place recognizers): titles and dates by pattern,
 * organizations by rules over body words and prefixes, places and people from HanLP's tags,
 * filtered by what the other finders took.
 */
public final class EntityFinder {

	private final LawFinder laws = new LawFinder();
	private final DateFinder dates = new DateFinder();
	private final OrgFinder orgs = new OrgFinder();
	private final OrgCanonicalizer canonicalizer = new OrgCanonicalizer();
	private final PlaceFinder places = new PlaceFinder();
	private final PersonFinder people = new PersonFinder();
	private final CutStems stems = new CutStems();

	/** Entities in the text, sorted by begin offset; {@code tokens} are HanLP's tokens of the same text. */
	public List<EntityMention> find(String text, List<Token> tokens) {
		String folded = TraditionalFold.fold(text);
		TokenIndex index = new TokenIndex(text, stems.glue(folded, tokens));
		List<EntityMention> lawMentions = laws.find(text);
		List<EntityMention> orgMentions = canonicalizer.canonicalize(text, folded, orgs.find(text, folded, index, lawMentions));

		// places and people only where no title or organization is
		boolean[] taken = new boolean[text.length() + 1];
		lawMentions.forEach(m -> Taken.mark(taken, m.begin(), m.end()));
		orgMentions.forEach(m -> Taken.mark(taken, m.begin(), m.end()));
		List<EntityMention> placeMentions = places.find(folded, index, taken);
		List<EntityMention> personMentions = people.find(folded, index, taken);

		List<EntityMention> all = new ArrayList<>();
		all.addAll(lawMentions);
		all.addAll(dates.find(text));
		all.addAll(orgMentions);
		all.addAll(placeMentions);
		all.addAll(personMentions);
		all.sort(Comparator.comparingInt(EntityMention::begin).thenComparingInt(m -> -m.end()).thenComparing(EntityMention::label));
		return withoutSameLabelOverlaps(all);
	}

	/** Keeps the first (longest) of overlapping mentions of one label; the finders should not make any. */
	private static List<EntityMention> withoutSameLabelOverlaps(List<EntityMention> sorted) {
		List<EntityMention> kept = new ArrayList<>(sorted.size());
		Map<String, Integer> reach = new HashMap<>();
		for (EntityMention m : sorted) {
			int until = reach.getOrDefault(m.label(), 0);
			if (m.begin() >= until) {
				kept.add(m);
				reach.put(m.label(), m.end());
			}
		}
		return kept;
	}
}
