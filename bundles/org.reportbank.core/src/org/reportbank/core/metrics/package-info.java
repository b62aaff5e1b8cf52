/**
 * The units a number may carry in these reports and how a value normalizes to base units (23.07亿元
 * to 2307000000 元), shared by the pre-annotator that finds metrics and the annotator who corrects
 * them.
 */
package org.reportbank.core.metrics;
