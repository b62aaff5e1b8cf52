/**
 */
package org.reportbank.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Label Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.reportbank.model.LabelSet#getName <em>Name</em>}</li>
 *   <li>{@link org.reportbank.model.LabelSet#getLabels <em>Labels</em>}</li>
 * </ul>
 *
 * @see org.reportbank.model.ReportbankPackage#getLabelSet()
 * @model
 * @generated
 */
public interface LabelSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.reportbank.model.ReportbankPackage#getLabelSet_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.reportbank.model.LabelSet#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' containment reference list.
	 * The list contents are of type {@link org.reportbank.model.Label}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labels</em>' containment reference list.
	 * @see org.reportbank.model.ReportbankPackage#getLabelSet_Labels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Label> getLabels();

} // LabelSet
