/**
 * Pre-annotation with HanLP and rules: tokens, organizations, people, places, laws, dates, metrics
 * with normalized values, claims and rate checks, made into suggestions and merged with a report's
 * earlier ones without touching what a person decided; and pre-annotating a whole corpus in one
 * commit.
 */
package org.reportbank.nlp.hanlp;
