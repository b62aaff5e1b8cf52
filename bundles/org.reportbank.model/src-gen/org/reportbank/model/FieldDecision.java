/**
 */
package org.reportbank.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Field Decision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One person's decision on one document field of a report: the value the report suggested to them, and the value they give the field, the same one (accepted) or their own (corrected). Values are text as a person types them; the year in digits, a date as yyyy-MM-dd.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.reportbank.model.FieldDecision#getField <em>Field</em>}</li>
 *   <li>{@link org.reportbank.model.FieldDecision#getSuggested <em>Suggested</em>}</li>
 *   <li>{@link org.reportbank.model.FieldDecision#getValue <em>Value</em>}</li>
 *   <li>{@link org.reportbank.model.FieldDecision#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.reportbank.model.ReportbankPackage#getFieldDecision()
 * @model
 * @generated
 */
public interface FieldDecision extends EObject {
	/**
	 * Returns the value of the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The field decided on: title, region, year, publisher or published.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Field</em>' attribute.
	 * @see #setField(String)
	 * @see org.reportbank.model.ReportbankPackage#getFieldDecision_Field()
	 * @model
	 * @generated
	 */
	String getField();

	/**
	 * Sets the value of the '{@link org.reportbank.model.FieldDecision#getField <em>Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field</em>' attribute.
	 * @see #getField()
	 * @generated
	 */
	void setField(String value);

	/**
	 * Returns the value of the '<em><b>Suggested</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The report's value of the field when the person decided (what the importer read, or a curator's correction since); null when it had none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Suggested</em>' attribute.
	 * @see #setSuggested(String)
	 * @see org.reportbank.model.ReportbankPackage#getFieldDecision_Suggested()
	 * @model
	 * @generated
	 */
	String getSuggested();

	/**
	 * Sets the value of the '{@link org.reportbank.model.FieldDecision#getSuggested <em>Suggested</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Suggested</em>' attribute.
	 * @see #getSuggested()
	 * @generated
	 */
	void setSuggested(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value the person gives the field: the suggested one when accepted, their own when corrected; null when the report should have none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.reportbank.model.ReportbankPackage#getFieldDecision_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.reportbank.model.FieldDecision#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.reportbank.model.FieldDecisionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.reportbank.model.FieldDecisionStatus
	 * @see #setStatus(FieldDecisionStatus)
	 * @see org.reportbank.model.ReportbankPackage#getFieldDecision_Status()
	 * @model
	 * @generated
	 */
	FieldDecisionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.reportbank.model.FieldDecision#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.reportbank.model.FieldDecisionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(FieldDecisionStatus value);

} // FieldDecision
