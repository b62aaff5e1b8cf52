/**
 * Rate checks: a stated rate recomputed from the counts its sentence gives, and a verdict
 * (consistent, inconsistent, unverifiable). Internal; exported only to the tests.
 */
package org.reportbank.nlp.hanlp.internal.checks;
