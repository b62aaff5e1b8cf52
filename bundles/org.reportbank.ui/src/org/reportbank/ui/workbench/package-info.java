/**
 * Window-wide commands and their helpers: save, undo / redo on the active view's command stack,
 * exit, the shortcut sheet, context help, preferences, the binding contexts of the views' keys,
 * the person's key bindings, and the model processor that puts the Reportbank perspective into the
 * window.
 */
package org.reportbank.ui.workbench;
