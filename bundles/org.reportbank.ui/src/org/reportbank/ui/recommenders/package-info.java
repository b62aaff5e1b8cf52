/**
 * Suggestions learned from the team's annotations, in the workbench: the Recommenders view (layer
 * source, switches, thresholds, the learning curve; Train, Evaluate, Suggest as jobs) and the
 * loop that retrains while a person annotates and hands the open editor the new suggestions.
 */
package org.reportbank.ui.recommenders;
