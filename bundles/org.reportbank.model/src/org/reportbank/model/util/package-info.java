/**
 * The switch and adapter factory EMF generates for the model; never edited by hand.
 */
package org.reportbank.model.util;
