/**
 */
package org.reportbank.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Entity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.reportbank.model.Entity#getCanonical <em>Canonical</em>}</li>
 * </ul>
 *
 * @see org.reportbank.model.ReportbankPackage#getEntity()
 * @model
 * @generated
 */
public interface Entity extends Span {
	/**
	 * Returns the value of the '<em><b>Canonical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Canonical</em>' attribute.
	 * @see #setCanonical(String)
	 * @see org.reportbank.model.ReportbankPackage#getEntity_Canonical()
	 * @model
	 * @generated
	 */
	String getCanonical();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Entity#getCanonical <em>Canonical</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Canonical</em>' attribute.
	 * @see #getCanonical()
	 * @generated
	 */
	void setCanonical(String value);

} // Entity
