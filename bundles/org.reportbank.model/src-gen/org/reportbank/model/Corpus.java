/**
 */
package org.reportbank.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Corpus</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The corpus index: its label set, annotators and one lightweight entry per report. Report texts live in their own resources and are loaded on demand.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.reportbank.model.Corpus#getName <em>Name</em>}</li>
 *   <li>{@link org.reportbank.model.Corpus#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.reportbank.model.Corpus#getLabelSet <em>Label Set</em>}</li>
 *   <li>{@link org.reportbank.model.Corpus#getAnnotators <em>Annotators</em>}</li>
 *   <li>{@link org.reportbank.model.Corpus#getEntries <em>Entries</em>}</li>
 *   <li>{@link org.reportbank.model.Corpus#getAnnotatorsPerReport <em>Annotators Per Report</em>}</li>
 *   <li>{@link org.reportbank.model.Corpus#isOthersLayersVisible <em>Others Layers Visible</em>}</li>
 * </ul>
 *
 * @see org.reportbank.model.ReportbankPackage#getCorpus()
 * @model
 * @generated
 */
public interface Corpus extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.reportbank.model.ReportbankPackage#getCorpus_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Corpus#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(int)
	 * @see org.reportbank.model.ReportbankPackage#getCorpus_FormatVersion()
	 * @model default="1"
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Corpus#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Returns the value of the '<em><b>Label Set</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Set</em>' containment reference.
	 * @see #setLabelSet(LabelSet)
	 * @see org.reportbank.model.ReportbankPackage#getCorpus_LabelSet()
	 * @model containment="true"
	 * @generated
	 */
	LabelSet getLabelSet();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Corpus#getLabelSet <em>Label Set</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Set</em>' containment reference.
	 * @see #getLabelSet()
	 * @generated
	 */
	void setLabelSet(LabelSet value);

	/**
	 * Returns the value of the '<em><b>Annotators</b></em>' containment reference list.
	 * The list contents are of type {@link org.reportbank.model.Annotator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotators</em>' containment reference list.
	 * @see org.reportbank.model.ReportbankPackage#getCorpus_Annotators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Annotator> getAnnotators();

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.reportbank.model.ReportEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.reportbank.model.ReportbankPackage#getCorpus_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReportEntry> getEntries();

	/**
	 * Returns the value of the '<em><b>Annotators Per Report</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many annotators each report needs before it can be curated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annotators Per Report</em>' attribute.
	 * @see #setAnnotatorsPerReport(int)
	 * @see org.reportbank.model.ReportbankPackage#getCorpus_AnnotatorsPerReport()
	 * @model default="2"
	 * @generated
	 */
	int getAnnotatorsPerReport();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Corpus#getAnnotatorsPerReport <em>Annotators Per Report</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annotators Per Report</em>' attribute.
	 * @see #getAnnotatorsPerReport()
	 * @generated
	 */
	void setAnnotatorsPerReport(int value);

	/**
	 * Returns the value of the '<em><b>Others Layers Visible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether an annotator may see other annotators' layers while annotating (off: they work blind, as agreement studies need).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Others Layers Visible</em>' attribute.
	 * @see #setOthersLayersVisible(boolean)
	 * @see org.reportbank.model.ReportbankPackage#getCorpus_OthersLayersVisible()
	 * @model
	 * @generated
	 */
	boolean isOthersLayersVisible();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Corpus#isOthersLayersVisible <em>Others Layers Visible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Others Layers Visible</em>' attribute.
	 * @see #isOthersLayersVisible()
	 * @generated
	 */
	void setOthersLayersVisible(boolean value);

} // Corpus
