/**
 */
package org.reportbank.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Report Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the corpus index knows of one report without loading it: enough to list, filter and find it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.reportbank.model.ReportEntry#getId <em>Id</em>}</li>
 *   <li>{@link org.reportbank.model.ReportEntry#getTitle <em>Title</em>}</li>
 *   <li>{@link org.reportbank.model.ReportEntry#getRegion <em>Region</em>}</li>
 *   <li>{@link org.reportbank.model.ReportEntry#getYear <em>Year</em>}</li>
 *   <li>{@link org.reportbank.model.ReportEntry#getStatus <em>Status</em>}</li>
 *   <li>{@link org.reportbank.model.ReportEntry#getDocumentKind <em>Document Kind</em>}</li>
 *   <li>{@link org.reportbank.model.ReportEntry#getSourceFile <em>Source File</em>}</li>
 *   <li>{@link org.reportbank.model.ReportEntry#getCharacters <em>Characters</em>}</li>
 *   <li>{@link org.reportbank.model.ReportEntry#getSectionCount <em>Section Count</em>}</li>
 * </ul>
 *
 * @see org.reportbank.model.ReportbankPackage#getReportEntry()
 * @model
 * @generated
 */
public interface ReportEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.reportbank.model.ReportbankPackage#getReportEntry_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.reportbank.model.ReportEntry#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.reportbank.model.ReportbankPackage#getReportEntry_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.reportbank.model.ReportEntry#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see org.reportbank.model.ReportbankPackage#getReportEntry_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link org.reportbank.model.ReportEntry#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(Integer)
	 * @see org.reportbank.model.ReportbankPackage#getReportEntry_Year()
	 * @model
	 * @generated
	 */
	Integer getYear();

	/**
	 * Sets the value of the '{@link org.reportbank.model.ReportEntry#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.reportbank.model.ReportStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.reportbank.model.ReportStatus
	 * @see #setStatus(ReportStatus)
	 * @see org.reportbank.model.ReportbankPackage#getReportEntry_Status()
	 * @model
	 * @generated
	 */
	ReportStatus getStatus();

	/**
	 * Sets the value of the '{@link org.reportbank.model.ReportEntry#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.reportbank.model.ReportStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ReportStatus value);

	/**
	 * Returns the value of the '<em><b>Document Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.reportbank.model.DocumentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document Kind</em>' attribute.
	 * @see org.reportbank.model.DocumentKind
	 * @see #setDocumentKind(DocumentKind)
	 * @see org.reportbank.model.ReportbankPackage#getReportEntry_DocumentKind()
	 * @model
	 * @generated
	 */
	DocumentKind getDocumentKind();

	/**
	 * Sets the value of the '{@link org.reportbank.model.ReportEntry#getDocumentKind <em>Document Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Kind</em>' attribute.
	 * @see org.reportbank.model.DocumentKind
	 * @see #getDocumentKind()
	 * @generated
	 */
	void setDocumentKind(DocumentKind value);

	/**
	 * Returns the value of the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source File</em>' attribute.
	 * @see #setSourceFile(String)
	 * @see org.reportbank.model.ReportbankPackage#getReportEntry_SourceFile()
	 * @model
	 * @generated
	 */
	String getSourceFile();

	/**
	 * Sets the value of the '{@link org.reportbank.model.ReportEntry#getSourceFile <em>Source File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source File</em>' attribute.
	 * @see #getSourceFile()
	 * @generated
	 */
	void setSourceFile(String value);

	/**
	 * Returns the value of the '<em><b>Characters</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Characters</em>' attribute.
	 * @see #setCharacters(int)
	 * @see org.reportbank.model.ReportbankPackage#getReportEntry_Characters()
	 * @model
	 * @generated
	 */
	int getCharacters();

	/**
	 * Sets the value of the '{@link org.reportbank.model.ReportEntry#getCharacters <em>Characters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Characters</em>' attribute.
	 * @see #getCharacters()
	 * @generated
	 */
	void setCharacters(int value);

	/**
	 * Returns the value of the '<em><b>Section Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Section Count</em>' attribute.
	 * @see #setSectionCount(int)
	 * @see org.reportbank.model.ReportbankPackage#getReportEntry_SectionCount()
	 * @model
	 * @generated
	 */
	int getSectionCount();

	/**
	 * Sets the value of the '{@link org.reportbank.model.ReportEntry#getSectionCount <em>Section Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Section Count</em>' attribute.
	 * @see #getSectionCount()
	 * @generated
	 */
	void setSectionCount(int value);

} // ReportEntry
