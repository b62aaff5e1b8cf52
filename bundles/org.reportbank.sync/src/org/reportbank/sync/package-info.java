/**
 * A corpus shared through a Git remote: the corpus folder is an ordinary Git working tree
 * (machine-local files ignored), and {@link org.reportbank.sync.CorpusRepository} shares, clones
 * and syncs it with JGit, so no git installation is needed. Files two people changed differently
 * are never merged as text: sync stops and names them.
 */
package org.reportbank.sync;
