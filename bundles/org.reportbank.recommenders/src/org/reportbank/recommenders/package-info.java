/**
 * Recommenders that learn from the team's annotations: training data taken from one layer source
 * (gold, every annotator's accepted spans, or one annotator), the {@link org.reportbank.recommenders.Recommender}
 * interface with the string matcher as its first implementation, trained models stored with their
 * provenance in the corpus folder, predictions written as suggestions into the pre-annotation
 * layer (merged as pre-annotation merges, so human decisions stay), and report-level
 * cross-validation with a learning curve. No user interface types.
 */
package org.reportbank.recommenders;
