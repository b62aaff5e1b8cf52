package org.reportbank.nlp.hanlp.internal.claims;

/** A sentence that states an achievement, a problem or a plan, in the section it stands in. */
public record ClaimMention(int begin, int end, String type, String sectionId, double confidence) {
}
