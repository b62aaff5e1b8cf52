/**
 * How far annotators agree: span F1 (exact and overlapping, with one-to-one pairing), Cohen's and
 * Fleiss' kappa on token labels, Krippendorff's unitizing alpha, per report and over a corpus, and
 * the table and JSON the workbench and the command line show. Headless; reads layers, never writes
 * them.
 */
package org.reportbank.agreement;
