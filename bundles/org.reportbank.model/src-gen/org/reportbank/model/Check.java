/**
 */
package org.reportbank.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Check</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.reportbank.model.Check#getId <em>Id</em>}</li>
 *   <li>{@link org.reportbank.model.Check#getKind <em>Kind</em>}</li>
 *   <li>{@link org.reportbank.model.Check#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.reportbank.model.Check#getBegin <em>Begin</em>}</li>
 *   <li>{@link org.reportbank.model.Check#getEnd <em>End</em>}</li>
 *   <li>{@link org.reportbank.model.Check#getMessage <em>Message</em>}</li>
 *   <li>{@link org.reportbank.model.Check#getStated <em>Stated</em>}</li>
 *   <li>{@link org.reportbank.model.Check#getRecomputed <em>Recomputed</em>}</li>
 *   <li>{@link org.reportbank.model.Check#getMetrics <em>Metrics</em>}</li>
 * </ul>
 *
 * @see org.reportbank.model.ReportbankPackage#getCheck()
 * @model
 * @generated
 */
public interface Check extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.reportbank.model.ReportbankPackage#getCheck_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Check#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.reportbank.model.ReportbankPackage#getCheck_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Check#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Verdict</b></em>' attribute.
	 * The literals are from the enumeration {@link org.reportbank.model.CheckVerdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verdict</em>' attribute.
	 * @see org.reportbank.model.CheckVerdict
	 * @see #setVerdict(CheckVerdict)
	 * @see org.reportbank.model.ReportbankPackage#getCheck_Verdict()
	 * @model
	 * @generated
	 */
	CheckVerdict getVerdict();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Check#getVerdict <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verdict</em>' attribute.
	 * @see org.reportbank.model.CheckVerdict
	 * @see #getVerdict()
	 * @generated
	 */
	void setVerdict(CheckVerdict value);

	/**
	 * Returns the value of the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Begin</em>' attribute.
	 * @see #setBegin(int)
	 * @see org.reportbank.model.ReportbankPackage#getCheck_Begin()
	 * @model
	 * @generated
	 */
	int getBegin();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Check#getBegin <em>Begin</em>}' attribute.
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
	 * @see org.reportbank.model.ReportbankPackage#getCheck_End()
	 * @model
	 * @generated
	 */
	int getEnd();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Check#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(int value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.reportbank.model.ReportbankPackage#getCheck_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Check#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Stated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stated</em>' attribute.
	 * @see #setStated(BigDecimal)
	 * @see org.reportbank.model.ReportbankPackage#getCheck_Stated()
	 * @model
	 * @generated
	 */
	BigDecimal getStated();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Check#getStated <em>Stated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stated</em>' attribute.
	 * @see #getStated()
	 * @generated
	 */
	void setStated(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Recomputed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recomputed</em>' attribute.
	 * @see #setRecomputed(BigDecimal)
	 * @see org.reportbank.model.ReportbankPackage#getCheck_Recomputed()
	 * @model
	 * @generated
	 */
	BigDecimal getRecomputed();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Check#getRecomputed <em>Recomputed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recomputed</em>' attribute.
	 * @see #getRecomputed()
	 * @generated
	 */
	void setRecomputed(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' reference list.
	 * The list contents are of type {@link org.reportbank.model.Metric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metrics</em>' reference list.
	 * @see org.reportbank.model.ReportbankPackage#getCheck_Metrics()
	 * @model
	 * @generated
	 */
	EList<Metric> getMetrics();

} // Check
