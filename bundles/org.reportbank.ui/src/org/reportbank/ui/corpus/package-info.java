/**
 * The corpus-wide views (Reports, Statistics, Checks) and commands (import, pre-annotate, export,
 * settings) with their wizards and dialogs.
 */
package org.reportbank.ui.corpus;
