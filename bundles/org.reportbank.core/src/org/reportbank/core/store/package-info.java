/**
 * The corpus folder and everything that guards it: one containment rule for every path (validated
 * ids, no symbolic link followed), files loaded only when what they say about themselves holds,
 * writes staged and committed all at once through a journal, recovery of what a killed writer left,
 * and the write lock. Every file of a corpus is treated as coming from someone else.
 */
package org.reportbank.core.store;
