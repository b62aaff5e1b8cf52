/**
 * The Curation view: annotators' layers made into the gold layer, one key per disagreement, with
 * the commands behind those keys and the Curate Report command.
 */
package org.reportbank.ui.curation;
