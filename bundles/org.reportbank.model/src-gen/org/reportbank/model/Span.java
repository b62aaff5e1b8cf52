/**
 */
package org.reportbank.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Span</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.reportbank.model.Span#getId <em>Id</em>}</li>
 *   <li>{@link org.reportbank.model.Span#getBegin <em>Begin</em>}</li>
 *   <li>{@link org.reportbank.model.Span#getEnd <em>End</em>}</li>
 *   <li>{@link org.reportbank.model.Span#getLabel <em>Label</em>}</li>
 *   <li>{@link org.reportbank.model.Span#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.reportbank.model.Span#getStatus <em>Status</em>}</li>
 *   <li>{@link org.reportbank.model.Span#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link org.reportbank.model.Span#getAnnotator <em>Annotator</em>}</li>
 *   <li>{@link org.reportbank.model.Span#getTool <em>Tool</em>}</li>
 *   <li>{@link org.reportbank.model.Span#getNote <em>Note</em>}</li>
 *   <li>{@link org.reportbank.model.Span#getSources <em>Sources</em>}</li>
 *   <li>{@link org.reportbank.model.Span#getBasedOn <em>Based On</em>}</li>
 * </ul>
 *
 * @see org.reportbank.model.ReportbankPackage#getSpan()
 * @model
 * @generated
 */
public interface Span extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.reportbank.model.ReportbankPackage#getSpan_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Span#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Begin</em>' attribute.
	 * @see #setBegin(int)
	 * @see org.reportbank.model.ReportbankPackage#getSpan_Begin()
	 * @model
	 * @generated
	 */
	int getBegin();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Span#getBegin <em>Begin</em>}' attribute.
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
	 * @see org.reportbank.model.ReportbankPackage#getSpan_End()
	 * @model
	 * @generated
	 */
	int getEnd();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Span#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(int value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.reportbank.model.ReportbankPackage#getSpan_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Span#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * The literals are from the enumeration {@link org.reportbank.model.SpanOrigin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see org.reportbank.model.SpanOrigin
	 * @see #setOrigin(SpanOrigin)
	 * @see org.reportbank.model.ReportbankPackage#getSpan_Origin()
	 * @model
	 * @generated
	 */
	SpanOrigin getOrigin();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Span#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see org.reportbank.model.SpanOrigin
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(SpanOrigin value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.reportbank.model.SpanStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.reportbank.model.SpanStatus
	 * @see #setStatus(SpanStatus)
	 * @see org.reportbank.model.ReportbankPackage#getSpan_Status()
	 * @model
	 * @generated
	 */
	SpanStatus getStatus();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Span#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.reportbank.model.SpanStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(SpanStatus value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see #setConfidence(double)
	 * @see org.reportbank.model.ReportbankPackage#getSpan_Confidence()
	 * @model default="1.0"
	 * @generated
	 */
	double getConfidence();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Span#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(double value);

	/**
	 * Returns the value of the '<em><b>Annotator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotator</em>' attribute.
	 * @see #setAnnotator(String)
	 * @see org.reportbank.model.ReportbankPackage#getSpan_Annotator()
	 * @model
	 * @generated
	 */
	String getAnnotator();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Span#getAnnotator <em>Annotator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annotator</em>' attribute.
	 * @see #getAnnotator()
	 * @generated
	 */
	void setAnnotator(String value);

	/**
	 * Returns the value of the '<em><b>Tool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name and version of the tool that suggested the span, e.g. hanlp-portable-1.8.6.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tool</em>' attribute.
	 * @see #setTool(String)
	 * @see org.reportbank.model.ReportbankPackage#getSpan_Tool()
	 * @model
	 * @generated
	 */
	String getTool();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Span#getTool <em>Tool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tool</em>' attribute.
	 * @see #getTool()
	 * @generated
	 */
	void setTool(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.reportbank.model.ReportbankPackage#getSpan_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Span#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a gold span: the annotators whose spans it takes (all of them when they agreed); its annotator is who decided (the curator, or automatic when all agreed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sources</em>' attribute list.
	 * @see org.reportbank.model.ReportbankPackage#getSpan_Sources()
	 * @model
	 * @generated
	 */
	EList<String> getSources();

	/**
	 * Returns the value of the '<em><b>Based On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the suggestion (in the pre-annotation layer) this human span accepts, rejects or edits; re-running the pre-annotator keeps every suggestion so referred to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Based On</em>' attribute.
	 * @see #setBasedOn(String)
	 * @see org.reportbank.model.ReportbankPackage#getSpan_BasedOn()
	 * @model
	 * @generated
	 */
	String getBasedOn();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Span#getBasedOn <em>Based On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Based On</em>' attribute.
	 * @see #getBasedOn()
	 * @generated
	 */
	void setBasedOn(String value);

} // Span
