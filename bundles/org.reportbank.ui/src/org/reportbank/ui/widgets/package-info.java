/**
 * SWT widgets that only draw what they are given: the bar chart, the heat map, the status line and
 * its progress, and the turning of headless style runs and colours into SWT's.
 */
package org.reportbank.ui.widgets;
