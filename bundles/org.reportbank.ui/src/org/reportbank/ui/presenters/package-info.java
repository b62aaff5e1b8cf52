/**
 * What the views show, worked out without SWT and tested without a display: how each character of
 * a text looks, the navigator's rows and their counting, the curation view's texts, and the one
 * place label text for reports, sections, spans and layers comes from.
 */
package org.reportbank.ui.presenters;
