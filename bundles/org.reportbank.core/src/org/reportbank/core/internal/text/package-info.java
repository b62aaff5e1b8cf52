/**
 * How an imported text is normalized: encodings, line and punctuation clean-up, page leftovers and
 * header fields, a second pasted copy; each step linear in the text and cancellable. Internal;
 * exported only to the core tests.
 */
package org.reportbank.core.internal.text;
