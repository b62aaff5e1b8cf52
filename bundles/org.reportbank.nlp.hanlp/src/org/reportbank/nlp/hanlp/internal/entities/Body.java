package org.reportbank.nlp.hanlp.internal.entities;

/**
 * One body found in the text, before prefixes and sub-units are attached: a listed body word
 * ({@code fromList}) or name words with a suffix; {@code named} if the name holds a proper name
 * (城中 of 城中分局), {@code anchored} if a prefix or a parent body comes right before it, {@code bare}
 * for a sub-unit word with no name of its own (解放碑街道 + 办事处), valid only after a named place.
 */
record Body(int begin, int end, BodyKind kind, boolean fromList, boolean named, boolean anchored, boolean bare) {
}
