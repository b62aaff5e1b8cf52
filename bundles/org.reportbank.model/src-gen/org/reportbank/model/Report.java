/**
 */
package org.reportbank.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Report</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.reportbank.model.Report#getId <em>Id</em>}</li>
 *   <li>{@link org.reportbank.model.Report#getTitle <em>Title</em>}</li>
 *   <li>{@link org.reportbank.model.Report#getRegion <em>Region</em>}</li>
 *   <li>{@link org.reportbank.model.Report#getYear <em>Year</em>}</li>
 *   <li>{@link org.reportbank.model.Report#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link org.reportbank.model.Report#getPublished <em>Published</em>}</li>
 *   <li>{@link org.reportbank.model.Report#getDocumentKind <em>Document Kind</em>}</li>
 *   <li>{@link org.reportbank.model.Report#getStatus <em>Status</em>}</li>
 *   <li>{@link org.reportbank.model.Report#getSource <em>Source</em>}</li>
 *   <li>{@link org.reportbank.model.Report#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link org.reportbank.model.Report#getFieldSources <em>Field Sources</em>}</li>
 *   <li>{@link org.reportbank.model.Report#getText <em>Text</em>}</li>
 *   <li>{@link org.reportbank.model.Report#getNormalizations <em>Normalizations</em>}</li>
 *   <li>{@link org.reportbank.model.Report#getSections <em>Sections</em>}</li>
 *   <li>{@link org.reportbank.model.Report#getLayers <em>Layers</em>}</li>
 * </ul>
 *
 * @see org.reportbank.model.ReportbankPackage#getReport()
 * @model
 * @generated
 */
public interface Report extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable id derived from the normalized text, so the same report imported twice has the same id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.reportbank.model.ReportbankPackage#getReport_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Report#getId <em>Id</em>}' attribute.
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
	 * @see org.reportbank.model.ReportbankPackage#getReport_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Report#getTitle <em>Title</em>}' attribute.
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
	 * @see org.reportbank.model.ReportbankPackage#getReport_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Report#getRegion <em>Region</em>}' attribute.
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
	 * <!-- begin-model-doc -->
	 * The year of the work reported, not the year of publication.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(Integer)
	 * @see org.reportbank.model.ReportbankPackage#getReport_Year()
	 * @model
	 * @generated
	 */
	Integer getYear();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Report#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Publisher</em>' attribute.
	 * @see #setPublisher(String)
	 * @see org.reportbank.model.ReportbankPackage#getReport_Publisher()
	 * @model
	 * @generated
	 */
	String getPublisher();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Report#getPublisher <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publisher</em>' attribute.
	 * @see #getPublisher()
	 * @generated
	 */
	void setPublisher(String value);

	/**
	 * Returns the value of the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Publication date as ISO yyyy-MM-dd, or null when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Published</em>' attribute.
	 * @see #setPublished(String)
	 * @see org.reportbank.model.ReportbankPackage#getReport_Published()
	 * @model
	 * @generated
	 */
	String getPublished();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Report#getPublished <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published</em>' attribute.
	 * @see #getPublished()
	 * @generated
	 */
	void setPublished(String value);

	/**
	 * Returns the value of the '<em><b>Document Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.reportbank.model.DocumentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document Kind</em>' attribute.
	 * @see org.reportbank.model.DocumentKind
	 * @see #setDocumentKind(DocumentKind)
	 * @see org.reportbank.model.ReportbankPackage#getReport_DocumentKind()
	 * @model
	 * @generated
	 */
	DocumentKind getDocumentKind();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Report#getDocumentKind <em>Document Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Kind</em>' attribute.
	 * @see org.reportbank.model.DocumentKind
	 * @see #getDocumentKind()
	 * @generated
	 */
	void setDocumentKind(DocumentKind value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.reportbank.model.ReportStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.reportbank.model.ReportStatus
	 * @see #setStatus(ReportStatus)
	 * @see org.reportbank.model.ReportbankPackage#getReport_Status()
	 * @model
	 * @generated
	 */
	ReportStatus getStatus();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Report#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.reportbank.model.ReportStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ReportStatus value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' containment reference.
	 * @see #setSource(Source)
	 * @see org.reportbank.model.ReportbankPackage#getReport_Source()
	 * @model containment="true"
	 * @generated
	 */
	Source getSource();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Report#getSource <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' containment reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Source value);

	/**
	 * Returns the value of the '<em><b>Metadata</b></em>' containment reference list.
	 * The list contents are of type {@link org.reportbank.model.MetadataEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metadata</em>' containment reference list.
	 * @see org.reportbank.model.ReportbankPackage#getReport_Metadata()
	 * @model containment="true"
	 * @generated
	 */
	EList<MetadataEntry> getMetadata();

	/**
	 * Returns the value of the '<em><b>Field Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.reportbank.model.FieldSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the importer read each document field (title, year, region, publisher, published): the rule and the line, so a person can see why.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Field Sources</em>' containment reference list.
	 * @see org.reportbank.model.ReportbankPackage#getReport_FieldSources()
	 * @model containment="true"
	 * @generated
	 */
	EList<FieldSource> getFieldSources();

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The normalized text, one paragraph per line; every offset refers to it. Stored as an element so the report file stays readable and diffable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.reportbank.model.ReportbankPackage#getReport_Text()
	 * @model extendedMetaData="kind='element'"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Report#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Normalizations</b></em>' containment reference list.
	 * The list contents are of type {@link org.reportbank.model.Normalization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Normalizations</em>' containment reference list.
	 * @see org.reportbank.model.ReportbankPackage#getReport_Normalizations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Normalization> getNormalizations();

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link org.reportbank.model.Section}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see org.reportbank.model.ReportbankPackage#getReport_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Section> getSections();

	/**
	 * Returns the value of the '<em><b>Layers</b></em>' containment reference list.
	 * The list contents are of type {@link org.reportbank.model.Layer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transient here: each layer is stored in a file of its own so two annotators never write the same file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layers</em>' containment reference list.
	 * @see org.reportbank.model.ReportbankPackage#getReport_Layers()
	 * @model containment="true" transient="true"
	 * @generated
	 */
	EList<Layer> getLayers();

} // Report
