/**
 */
package org.reportbank.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.reportbank.model.Layer#getId <em>Id</em>}</li>
 *   <li>{@link org.reportbank.model.Layer#getKind <em>Kind</em>}</li>
 *   <li>{@link org.reportbank.model.Layer#getAnnotator <em>Annotator</em>}</li>
 *   <li>{@link org.reportbank.model.Layer#getModified <em>Modified</em>}</li>
 *   <li>{@link org.reportbank.model.Layer#getStatus <em>Status</em>}</li>
 *   <li>{@link org.reportbank.model.Layer#getSpans <em>Spans</em>}</li>
 *   <li>{@link org.reportbank.model.Layer#getChecks <em>Checks</em>}</li>
 *   <li>{@link org.reportbank.model.Layer#getTokenization <em>Tokenization</em>}</li>
 *   <li>{@link org.reportbank.model.Layer#getFieldDecisions <em>Field Decisions</em>}</li>
 * </ul>
 *
 * @see org.reportbank.model.ReportbankPackage#getLayer()
 * @model
 * @generated
 */
public interface Layer extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.reportbank.model.ReportbankPackage#getLayer_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Layer#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.reportbank.model.LayerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.reportbank.model.LayerKind
	 * @see #setKind(LayerKind)
	 * @see org.reportbank.model.ReportbankPackage#getLayer_Kind()
	 * @model
	 * @generated
	 */
	LayerKind getKind();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Layer#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.reportbank.model.LayerKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(LayerKind value);

	/**
	 * Returns the value of the '<em><b>Annotator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotator</em>' attribute.
	 * @see #setAnnotator(String)
	 * @see org.reportbank.model.ReportbankPackage#getLayer_Annotator()
	 * @model
	 * @generated
	 */
	String getAnnotator();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Layer#getAnnotator <em>Annotator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annotator</em>' attribute.
	 * @see #getAnnotator()
	 * @generated
	 */
	void setAnnotator(String value);

	/**
	 * Returns the value of the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modified</em>' attribute.
	 * @see #setModified(String)
	 * @see org.reportbank.model.ReportbankPackage#getLayer_Modified()
	 * @model
	 * @generated
	 */
	String getModified();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Layer#getModified <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified</em>' attribute.
	 * @see #getModified()
	 * @generated
	 */
	void setModified(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.reportbank.model.ReportStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far the layer's owner got with this report (in progress, done; curated for gold). Kept in the layer, not in a shared file, so annotators working on copies of a corpus never change the same file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.reportbank.model.ReportStatus
	 * @see #setStatus(ReportStatus)
	 * @see org.reportbank.model.ReportbankPackage#getLayer_Status()
	 * @model
	 * @generated
	 */
	ReportStatus getStatus();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Layer#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.reportbank.model.ReportStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ReportStatus value);

	/**
	 * Returns the value of the '<em><b>Spans</b></em>' containment reference list.
	 * The list contents are of type {@link org.reportbank.model.Span}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Spans</em>' containment reference list.
	 * @see org.reportbank.model.ReportbankPackage#getLayer_Spans()
	 * @model containment="true"
	 * @generated
	 */
	EList<Span> getSpans();

	/**
	 * Returns the value of the '<em><b>Checks</b></em>' containment reference list.
	 * The list contents are of type {@link org.reportbank.model.Check}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checks</em>' containment reference list.
	 * @see org.reportbank.model.ReportbankPackage#getLayer_Checks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Check> getChecks();

	/**
	 * Returns the value of the '<em><b>Tokenization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tokenization</em>' containment reference.
	 * @see #setTokenization(Tokenization)
	 * @see org.reportbank.model.ReportbankPackage#getLayer_Tokenization()
	 * @model containment="true"
	 * @generated
	 */
	Tokenization getTokenization();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Layer#getTokenization <em>Tokenization</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tokenization</em>' containment reference.
	 * @see #getTokenization()
	 * @generated
	 */
	void setTokenization(Tokenization value);

	/**
	 * Returns the value of the '<em><b>Field Decisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.reportbank.model.FieldDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The layer owner's decisions on the report's document fields (title, region, year, publisher, published), at most one per field. An annotator never writes the report file, so what they say of its fields is kept here, for a curator to adopt.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Field Decisions</em>' containment reference list.
	 * @see org.reportbank.model.ReportbankPackage#getLayer_FieldDecisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<FieldDecision> getFieldDecisions();

} // Layer
