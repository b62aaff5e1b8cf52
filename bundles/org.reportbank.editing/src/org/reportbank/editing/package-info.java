/**
 * One person annotating one report: their own layer, suggestions accepted, rejected or edited as
 * decisions based on them, every edit an undoable EMF command, navigation in reading order, and
 * saving their layer file only (merged with a save made elsewhere). Headless; the workbench's
 * report editor drives it.
 */
package org.reportbank.editing;
