/** The Team menu: the corpus shared through Git, synchronized from the workbench. */
package org.reportbank.ui.team;
