/**
 * The person's preference pages: annotator name and autosave delay, own label colours, and keys
 * bound anew.
 */
package org.reportbank.ui.preferences;
