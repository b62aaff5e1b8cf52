package org.reportbank.nlp.hanlp;

/** A word as HanLP cut it: UTF-16 offsets into the report text and its part-of-speech tag. */
public record Token(int begin, int end, String word, String pos) {
}
