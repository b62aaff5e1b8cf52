/**
 * Small text facts shared by the bundles: sentences, tokens, the characters XML can store, and how
 * an untrusted value is quoted in a message.
 */
package org.reportbank.core.text;
