/**
 * Metrics: numbers with their units, approximations, comparisons and what they count, in Arabic and
 * Chinese numerals, with what is not a metric (years, document numbers, ordinals) left out.
 * Internal; exported only to the tests.
 */
package org.reportbank.nlp.hanlp.internal.metrics;
