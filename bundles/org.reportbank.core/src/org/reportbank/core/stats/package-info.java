/**
 * Figures over a corpus read one report at a time: statistics of spans and decisions, consistency
 * findings, each annotator's reports and review progress; a report that cannot be read is named and
 * left out, never the reason the rest cannot be counted.
 */
package org.reportbank.core.stats;
