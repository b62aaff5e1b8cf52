/**
 * Long headless work and the person waiting for it: Ctrl-C on the command line becomes a cancelled
 * progress monitor, and the command gets time to leave its files consistent.
 */
package org.reportbank.core.progress;
