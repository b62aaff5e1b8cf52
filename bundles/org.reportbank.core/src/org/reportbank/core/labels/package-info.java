/**
 * The label set: the default labels of rule-of-law reports with their colours, keys and guidelines,
 * the rules a label set must follow, and how a label's colour is tinted on the text.
 */
package org.reportbank.core.labels;
