package org.reportbank.recommenders;

import java.util.List;

import org.reportbank.core.text.Untrusted;

/** The recommenders this bundle offers, by name. */
public final class Recommenders {

	private Recommenders() {
	}

	/** Every recommender, each in its plain form (the string matcher without a gazetteer). */
	public static List<Recommender> all() {
		return List.of(new StringMatcher(), new PerceptronRecommender());
	}

	public static Recommender named(String name) throws RecommenderException {
		for (Recommender recommender : all()) {
			if (recommender.name().equals(name)) {
				return recommender;
			}
		}
		throw new RecommenderException("there is no recommender " + Untrusted.quote(name) + " (there are: "
				+ String.join(", ", all().stream().map(Recommender::name).toList()) + ")");
	}
}
