/**
 */
package org.reportbank.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Claim</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.reportbank.model.Claim#getSection <em>Section</em>}</li>
 *   <li>{@link org.reportbank.model.Claim#getMetrics <em>Metrics</em>}</li>
 * </ul>
 *
 * @see org.reportbank.model.ReportbankPackage#getClaim()
 * @model
 * @generated
 */
public interface Claim extends Span {
	/**
	 * Returns the value of the '<em><b>Section</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the section the claim stands in (an id, not a reference, so a layer file stands on its own).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Section</em>' attribute.
	 * @see #setSection(String)
	 * @see org.reportbank.model.ReportbankPackage#getClaim_Section()
	 * @model
	 * @generated
	 */
	String getSection();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Claim#getSection <em>Section</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Section</em>' attribute.
	 * @see #getSection()
	 * @generated
	 */
	void setSection(String value);

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' reference list.
	 * The list contents are of type {@link org.reportbank.model.Metric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metrics</em>' reference list.
	 * @see org.reportbank.model.ReportbankPackage#getClaim_Metrics()
	 * @model
	 * @generated
	 */
	EList<Metric> getMetrics();

} // Claim
