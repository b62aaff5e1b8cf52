/** Tests of the recommenders: training data, the string matcher, stored models, suggestions and evaluation. */
package org.reportbank.recommenders.tests;
