/**
 */
package org.reportbank.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tokenization</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The word boundaries of a report as the segmenter cut it, so the editor can snap selections to words. Stored compactly: token lengths in UTF-16 units, comma-separated, covering the whole text (whitespace and line breaks are tokens of their own).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.reportbank.model.Tokenization#getTool <em>Tool</em>}</li>
 *   <li>{@link org.reportbank.model.Tokenization#getLengths <em>Lengths</em>}</li>
 *   <li>{@link org.reportbank.model.Tokenization#getPartsOfSpeech <em>Parts Of Speech</em>}</li>
 * </ul>
 *
 * @see org.reportbank.model.ReportbankPackage#getTokenization()
 * @model
 * @generated
 */
public interface Tokenization extends EObject {
	/**
	 * Returns the value of the '<em><b>Tool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tool</em>' attribute.
	 * @see #setTool(String)
	 * @see org.reportbank.model.ReportbankPackage#getTokenization_Tool()
	 * @model
	 * @generated
	 */
	String getTool();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Tokenization#getTool <em>Tool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tool</em>' attribute.
	 * @see #getTool()
	 * @generated
	 */
	void setTool(String value);

	/**
	 * Returns the value of the '<em><b>Lengths</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lengths</em>' attribute.
	 * @see #setLengths(String)
	 * @see org.reportbank.model.ReportbankPackage#getTokenization_Lengths()
	 * @model
	 * @generated
	 */
	String getLengths();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Tokenization#getLengths <em>Lengths</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lengths</em>' attribute.
	 * @see #getLengths()
	 * @generated
	 */
	void setLengths(String value);

	/**
	 * Returns the value of the '<em><b>Parts Of Speech</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segmenter's part of speech of each token, one per entry of lengths, comma-separated; empty for a gap (a line break, blanks, text the segmenter skipped). Lets a sequence model read the report's words without segmenting it again. Absent in layers written before it existed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parts Of Speech</em>' attribute.
	 * @see #setPartsOfSpeech(String)
	 * @see org.reportbank.model.ReportbankPackage#getTokenization_PartsOfSpeech()
	 * @model
	 * @generated
	 */
	String getPartsOfSpeech();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Tokenization#getPartsOfSpeech <em>Parts Of Speech</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parts Of Speech</em>' attribute.
	 * @see #getPartsOfSpeech()
	 * @generated
	 */
	void setPartsOfSpeech(String value);

} // Tokenization
