/**
 */
package org.reportbank.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.reportbank.model.Section#getId <em>Id</em>}</li>
 *   <li>{@link org.reportbank.model.Section#getNumbering <em>Numbering</em>}</li>
 *   <li>{@link org.reportbank.model.Section#getLevel <em>Level</em>}</li>
 *   <li>{@link org.reportbank.model.Section#getHeading <em>Heading</em>}</li>
 *   <li>{@link org.reportbank.model.Section#getBegin <em>Begin</em>}</li>
 *   <li>{@link org.reportbank.model.Section#getEnd <em>End</em>}</li>
 *   <li>{@link org.reportbank.model.Section#getHeadingEnd <em>Heading End</em>}</li>
 *   <li>{@link org.reportbank.model.Section#getKind <em>Kind</em>}</li>
 *   <li>{@link org.reportbank.model.Section#getChildren <em>Children</em>}</li>
 * </ul>
 *
 * @see org.reportbank.model.ReportbankPackage#getSection()
 * @model
 * @generated
 */
public interface Section extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.reportbank.model.ReportbankPackage#getSection_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Section#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Numbering</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Numbering</em>' attribute.
	 * @see #setNumbering(String)
	 * @see org.reportbank.model.ReportbankPackage#getSection_Numbering()
	 * @model
	 * @generated
	 */
	String getNumbering();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Section#getNumbering <em>Numbering</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Numbering</em>' attribute.
	 * @see #getNumbering()
	 * @generated
	 */
	void setNumbering(String value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see #setLevel(int)
	 * @see org.reportbank.model.ReportbankPackage#getSection_Level()
	 * @model
	 * @generated
	 */
	int getLevel();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Section#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(int value);

	/**
	 * Returns the value of the '<em><b>Heading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Heading</em>' attribute.
	 * @see #setHeading(String)
	 * @see org.reportbank.model.ReportbankPackage#getSection_Heading()
	 * @model
	 * @generated
	 */
	String getHeading();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Section#getHeading <em>Heading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Heading</em>' attribute.
	 * @see #getHeading()
	 * @generated
	 */
	void setHeading(String value);

	/**
	 * Returns the value of the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Begin</em>' attribute.
	 * @see #setBegin(int)
	 * @see org.reportbank.model.ReportbankPackage#getSection_Begin()
	 * @model
	 * @generated
	 */
	int getBegin();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Section#getBegin <em>Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Begin</em>' attribute.
	 * @see #getBegin()
	 * @generated
	 */
	void setBegin(int value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(int)
	 * @see org.reportbank.model.ReportbankPackage#getSection_End()
	 * @model
	 * @generated
	 */
	int getEnd();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Section#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(int value);

	/**
	 * Returns the value of the '<em><b>Heading End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Heading End</em>' attribute.
	 * @see #setHeadingEnd(int)
	 * @see org.reportbank.model.ReportbankPackage#getSection_HeadingEnd()
	 * @model
	 * @generated
	 */
	int getHeadingEnd();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Section#getHeadingEnd <em>Heading End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Heading End</em>' attribute.
	 * @see #getHeadingEnd()
	 * @generated
	 */
	void setHeadingEnd(int value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.reportbank.model.SectionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.reportbank.model.SectionKind
	 * @see #setKind(SectionKind)
	 * @see org.reportbank.model.ReportbankPackage#getSection_Kind()
	 * @model
	 * @generated
	 */
	SectionKind getKind();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Section#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.reportbank.model.SectionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SectionKind value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.reportbank.model.Section}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.reportbank.model.ReportbankPackage#getSection_Children()
	 * @model containment="true"
	 * @generated
	 */
	EList<Section> getChildren();

} // Section
