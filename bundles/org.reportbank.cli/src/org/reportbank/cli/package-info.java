/**
 * The headless command line: one class per subcommand (import, annotate, check, export, stats,
 * agreement), the Equinox application and a plain main that run them, and the exit codes every
 * command keeps (0 done, 1 nothing changed, 2 wrong command line, 3 some inputs refused, each
 * named, 130 cancelled). Exported only to its tests.
 */
package org.reportbank.cli;
