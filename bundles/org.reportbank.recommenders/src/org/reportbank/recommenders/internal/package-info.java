/**
 * What the recommenders share without offering it to other bundles: longest-match selection,
 * report-level folds, strict reading of stored model files and the bundle's version; and the
 * perceptron's parts: its words and tags ({@link TokenSequences}, {@link BioTags}), features
 * ({@link WordFeatures}, {@link KnownNames}), decoding and confidences ({@link SentenceScores},
 * {@link Temperature}).
 */
package org.reportbank.recommenders.internal;
