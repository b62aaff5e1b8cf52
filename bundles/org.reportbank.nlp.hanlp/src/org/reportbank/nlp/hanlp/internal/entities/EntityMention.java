package org.reportbank.nlp.hanlp.internal.entities;

/**
 * An entity found in a text: UTF-16 offsets, its label (ORG, PER, LOC, LAW, DATE), how sure the
 * finder is (0..1, for the UI to threshold) and a canonical form where it differs from the text.
 */
public record EntityMention(int begin, int end, String label, double confidence, String canonical) {
}
