/**
 */
package org.reportbank.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Label</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.reportbank.model.Label#getName <em>Name</em>}</li>
 *   <li>{@link org.reportbank.model.Label#getCategory <em>Category</em>}</li>
 *   <li>{@link org.reportbank.model.Label#getColor <em>Color</em>}</li>
 *   <li>{@link org.reportbank.model.Label#getShortcut <em>Shortcut</em>}</li>
 *   <li>{@link org.reportbank.model.Label#getGuideline <em>Guideline</em>}</li>
 * </ul>
 *
 * @see org.reportbank.model.ReportbankPackage#getLabel()
 * @model
 * @generated
 */
public interface Label extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.reportbank.model.ReportbankPackage#getLabel_Name()
	 * @model id="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Label#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.reportbank.model.LabelCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.reportbank.model.LabelCategory
	 * @see #setCategory(LabelCategory)
	 * @see org.reportbank.model.ReportbankPackage#getLabel_Category()
	 * @model
	 * @generated
	 */
	LabelCategory getCategory();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Label#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.reportbank.model.LabelCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(LabelCategory value);

	/**
	 * Returns the value of the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * #RRGGBB
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Color</em>' attribute.
	 * @see #setColor(String)
	 * @see org.reportbank.model.ReportbankPackage#getLabel_Color()
	 * @model
	 * @generated
	 */
	String getColor();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Label#getColor <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Color</em>' attribute.
	 * @see #getColor()
	 * @generated
	 */
	void setColor(String value);

	/**
	 * Returns the value of the '<em><b>Shortcut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shortcut</em>' attribute.
	 * @see #setShortcut(String)
	 * @see org.reportbank.model.ReportbankPackage#getLabel_Shortcut()
	 * @model
	 * @generated
	 */
	String getShortcut();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Label#getShortcut <em>Shortcut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shortcut</em>' attribute.
	 * @see #getShortcut()
	 * @generated
	 */
	void setShortcut(String value);

	/**
	 * Returns the value of the '<em><b>Guideline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guideline</em>' attribute.
	 * @see #setGuideline(String)
	 * @see org.reportbank.model.ReportbankPackage#getLabel_Guideline()
	 * @model
	 * @generated
	 */
	String getGuideline();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Label#getGuideline <em>Guideline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guideline</em>' attribute.
	 * @see #getGuideline()
	 * @generated
	 */
	void setGuideline(String value);

} // Label
