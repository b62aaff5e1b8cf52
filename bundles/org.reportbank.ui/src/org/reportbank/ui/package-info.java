/**
 * The workbench's shared pieces: the corpus opened at start and the person's name in the  *
 * application context, the event topics the views listen to, the person's preferences and own  *
 * label colours, and the one way views write the corpus (in a job holding the corpus's scheduling
 * * rule, never on the UI thread).
 */
package org.reportbank.ui;
