/**
 * The implementation classes EMF generates for the model; never edited by hand.
 */
package org.reportbank.model.impl;
