/**
 */
package org.reportbank.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Reportbank: a corpus of Chinese rule-of-law government work reports and their annotation layers. Offsets are Java String indices (UTF-16 code units) into Report.text.
 * <!-- end-model-doc -->
 * @see org.reportbank.model.ReportbankFactory
 * @model kind="package"
 * @generated
 */
public interface ReportbankPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://reportbank.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "rb";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ReportbankPackage eINSTANCE = org.reportbank.model.impl.ReportbankPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.reportbank.model.impl.CorpusImpl <em>Corpus</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.impl.CorpusImpl
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getCorpus()
	 * @generated
	 */
	int CORPUS = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__NAME = 0;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__FORMAT_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Label Set</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__LABEL_SET = 2;

	/**
	 * The feature id for the '<em><b>Annotators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__ANNOTATORS = 3;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__ENTRIES = 4;

	/**
	 * The feature id for the '<em><b>Annotators Per Report</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__ANNOTATORS_PER_REPORT = 5;

	/**
	 * The feature id for the '<em><b>Others Layers Visible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__OTHERS_LAYERS_VISIBLE = 6;

	/**
	 * The number of structural features of the '<em>Corpus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Corpus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.reportbank.model.impl.ReportEntryImpl <em>Report Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.impl.ReportEntryImpl
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getReportEntry()
	 * @generated
	 */
	int REPORT_ENTRY = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_ENTRY__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_ENTRY__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_ENTRY__REGION = 2;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_ENTRY__YEAR = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_ENTRY__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Document Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_ENTRY__DOCUMENT_KIND = 5;

	/**
	 * The feature id for the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_ENTRY__SOURCE_FILE = 6;

	/**
	 * The feature id for the '<em><b>Characters</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_ENTRY__CHARACTERS = 7;

	/**
	 * The feature id for the '<em><b>Section Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_ENTRY__SECTION_COUNT = 8;

	/**
	 * The number of structural features of the '<em>Report Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_ENTRY_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Report Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.reportbank.model.impl.AnnotatorImpl <em>Annotator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.impl.AnnotatorImpl
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getAnnotator()
	 * @generated
	 */
	int ANNOTATOR = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR__NAME = 1;

	/**
	 * The number of structural features of the '<em>Annotator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Annotator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.reportbank.model.impl.LabelSetImpl <em>Label Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.impl.LabelSetImpl
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getLabelSet()
	 * @generated
	 */
	int LABEL_SET = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_SET__NAME = 0;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_SET__LABELS = 1;

	/**
	 * The number of structural features of the '<em>Label Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_SET_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Label Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.reportbank.model.impl.LabelImpl <em>Label</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.impl.LabelImpl
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getLabel()
	 * @generated
	 */
	int LABEL = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__NAME = 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__CATEGORY = 1;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__COLOR = 2;

	/**
	 * The feature id for the '<em><b>Shortcut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__SHORTCUT = 3;

	/**
	 * The feature id for the '<em><b>Guideline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL__GUIDELINE = 4;

	/**
	 * The number of structural features of the '<em>Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Label</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.reportbank.model.impl.ReportImpl <em>Report</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.impl.ReportImpl
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getReport()
	 * @generated
	 */
	int REPORT = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__REGION = 2;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__YEAR = 3;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__PUBLISHER = 4;

	/**
	 * The feature id for the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__PUBLISHED = 5;

	/**
	 * The feature id for the '<em><b>Document Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__DOCUMENT_KIND = 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__STATUS = 7;

	/**
	 * The feature id for the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__SOURCE = 8;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__METADATA = 9;

	/**
	 * The feature id for the '<em><b>Field Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__FIELD_SOURCES = 10;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__TEXT = 11;

	/**
	 * The feature id for the '<em><b>Normalizations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__NORMALIZATIONS = 12;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__SECTIONS = 13;

	/**
	 * The feature id for the '<em><b>Layers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__LAYERS = 14;

	/**
	 * The number of structural features of the '<em>Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_FEATURE_COUNT = 15;

	/**
	 * The number of operations of the '<em>Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.reportbank.model.impl.SourceImpl <em>Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.impl.SourceImpl
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getSource()
	 * @generated
	 */
	int SOURCE = 6;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__FILE = 0;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__FORMAT = 1;

	/**
	 * The feature id for the '<em><b>Encoding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ENCODING = 2;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__SHA256 = 3;

	/**
	 * The feature id for the '<em><b>Imported</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__IMPORTED = 4;

	/**
	 * The number of structural features of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.reportbank.model.impl.MetadataEntryImpl <em>Metadata Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.impl.MetadataEntryImpl
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getMetadataEntry()
	 * @generated
	 */
	int METADATA_ENTRY = 7;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METADATA_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METADATA_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Metadata Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METADATA_ENTRY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Metadata Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METADATA_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.reportbank.model.impl.FieldSourceImpl <em>Field Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.impl.FieldSourceImpl
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getFieldSource()
	 * @generated
	 */
	int FIELD_SOURCE = 8;

	/**
	 * The feature id for the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_SOURCE__FIELD = 0;

	/**
	 * The feature id for the '<em><b>Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_SOURCE__RULE = 1;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_SOURCE__LINE = 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_SOURCE__TEXT = 3;

	/**
	 * The number of structural features of the '<em>Field Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_SOURCE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Field Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.reportbank.model.impl.FieldDecisionImpl <em>Field Decision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.impl.FieldDecisionImpl
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getFieldDecision()
	 * @generated
	 */
	int FIELD_DECISION = 9;

	/**
	 * The feature id for the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_DECISION__FIELD = 0;

	/**
	 * The feature id for the '<em><b>Suggested</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_DECISION__SUGGESTED = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_DECISION__VALUE = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_DECISION__STATUS = 3;

	/**
	 * The number of structural features of the '<em>Field Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_DECISION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Field Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_DECISION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.reportbank.model.impl.NormalizationImpl <em>Normalization</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.impl.NormalizationImpl
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getNormalization()
	 * @generated
	 */
	int NORMALIZATION = 10;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMALIZATION__KIND = 0;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMALIZATION__COUNT = 1;

	/**
	 * The feature id for the '<em><b>Examples</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMALIZATION__EXAMPLES = 2;

	/**
	 * The number of structural features of the '<em>Normalization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMALIZATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Normalization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMALIZATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.reportbank.model.impl.SectionImpl <em>Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.impl.SectionImpl
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getSection()
	 * @generated
	 */
	int SECTION = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__ID = 0;

	/**
	 * The feature id for the '<em><b>Numbering</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__NUMBERING = 1;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__LEVEL = 2;

	/**
	 * The feature id for the '<em><b>Heading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__HEADING = 3;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__BEGIN = 4;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__END = 5;

	/**
	 * The feature id for the '<em><b>Heading End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__HEADING_END = 6;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__KIND = 7;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__CHILDREN = 8;

	/**
	 * The number of structural features of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.reportbank.model.impl.LayerImpl <em>Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.impl.LayerImpl
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getLayer()
	 * @generated
	 */
	int LAYER = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__ID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__KIND = 1;

	/**
	 * The feature id for the '<em><b>Annotator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__ANNOTATOR = 2;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__MODIFIED = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Spans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__SPANS = 5;

	/**
	 * The feature id for the '<em><b>Checks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__CHECKS = 6;

	/**
	 * The feature id for the '<em><b>Tokenization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__TOKENIZATION = 7;

	/**
	 * The feature id for the '<em><b>Field Decisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__FIELD_DECISIONS = 8;

	/**
	 * The number of structural features of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.reportbank.model.impl.SpanImpl <em>Span</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.impl.SpanImpl
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getSpan()
	 * @generated
	 */
	int SPAN = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__ID = 0;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__BEGIN = 1;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__END = 2;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__LABEL = 3;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__ORIGIN = 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__STATUS = 5;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__CONFIDENCE = 6;

	/**
	 * The feature id for the '<em><b>Annotator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__ANNOTATOR = 7;

	/**
	 * The feature id for the '<em><b>Tool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__TOOL = 8;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__NOTE = 9;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__SOURCES = 10;

	/**
	 * The feature id for the '<em><b>Based On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN__BASED_ON = 11;

	/**
	 * The number of structural features of the '<em>Span</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Span</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.reportbank.model.impl.TokenizationImpl <em>Tokenization</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.impl.TokenizationImpl
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getTokenization()
	 * @generated
	 */
	int TOKENIZATION = 14;

	/**
	 * The feature id for the '<em><b>Tool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKENIZATION__TOOL = 0;

	/**
	 * The feature id for the '<em><b>Lengths</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKENIZATION__LENGTHS = 1;

	/**
	 * The feature id for the '<em><b>Parts Of Speech</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKENIZATION__PARTS_OF_SPEECH = 2;

	/**
	 * The number of structural features of the '<em>Tokenization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKENIZATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Tokenization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOKENIZATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.reportbank.model.impl.EntityImpl <em>Entity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.impl.EntityImpl
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getEntity()
	 * @generated
	 */
	int ENTITY = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__ID = SPAN__ID;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__BEGIN = SPAN__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__END = SPAN__END;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__LABEL = SPAN__LABEL;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__ORIGIN = SPAN__ORIGIN;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__STATUS = SPAN__STATUS;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__CONFIDENCE = SPAN__CONFIDENCE;

	/**
	 * The feature id for the '<em><b>Annotator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__ANNOTATOR = SPAN__ANNOTATOR;

	/**
	 * The feature id for the '<em><b>Tool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__TOOL = SPAN__TOOL;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__NOTE = SPAN__NOTE;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__SOURCES = SPAN__SOURCES;

	/**
	 * The feature id for the '<em><b>Based On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__BASED_ON = SPAN__BASED_ON;

	/**
	 * The feature id for the '<em><b>Canonical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__CANONICAL = SPAN_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FEATURE_COUNT = SPAN_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_OPERATION_COUNT = SPAN_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.reportbank.model.impl.MetricImpl <em>Metric</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.impl.MetricImpl
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getMetric()
	 * @generated
	 */
	int METRIC = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__ID = SPAN__ID;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__BEGIN = SPAN__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__END = SPAN__END;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__LABEL = SPAN__LABEL;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__ORIGIN = SPAN__ORIGIN;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__STATUS = SPAN__STATUS;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__CONFIDENCE = SPAN__CONFIDENCE;

	/**
	 * The feature id for the '<em><b>Annotator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__ANNOTATOR = SPAN__ANNOTATOR;

	/**
	 * The feature id for the '<em><b>Tool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__TOOL = SPAN__TOOL;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__NOTE = SPAN__NOTE;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__SOURCES = SPAN__SOURCES;

	/**
	 * The feature id for the '<em><b>Based On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__BASED_ON = SPAN__BASED_ON;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__VALUE = SPAN_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__UNIT = SPAN_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Approximate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__APPROXIMATE = SPAN_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Qualifier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__QUALIFIER = SPAN_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__KIND = SPAN_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Normalized Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__NORMALIZED_VALUE = SPAN_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Normalized Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__NORMALIZED_UNIT = SPAN_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Indicator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__INDICATOR = SPAN_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__PERIOD = SPAN_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Comparison</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__COMPARISON = SPAN_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Upper Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__UPPER_VALUE = SPAN_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Normalized Upper Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__NORMALIZED_UPPER_VALUE = SPAN_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_FEATURE_COUNT = SPAN_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_OPERATION_COUNT = SPAN_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.reportbank.model.impl.ClaimImpl <em>Claim</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.impl.ClaimImpl
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getClaim()
	 * @generated
	 */
	int CLAIM = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__ID = SPAN__ID;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__BEGIN = SPAN__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__END = SPAN__END;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__LABEL = SPAN__LABEL;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__ORIGIN = SPAN__ORIGIN;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__STATUS = SPAN__STATUS;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__CONFIDENCE = SPAN__CONFIDENCE;

	/**
	 * The feature id for the '<em><b>Annotator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__ANNOTATOR = SPAN__ANNOTATOR;

	/**
	 * The feature id for the '<em><b>Tool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__TOOL = SPAN__TOOL;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__NOTE = SPAN__NOTE;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__SOURCES = SPAN__SOURCES;

	/**
	 * The feature id for the '<em><b>Based On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__BASED_ON = SPAN__BASED_ON;

	/**
	 * The feature id for the '<em><b>Section</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__SECTION = SPAN_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__METRICS = SPAN_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_FEATURE_COUNT = SPAN_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_OPERATION_COUNT = SPAN_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.reportbank.model.impl.CheckImpl <em>Check</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.impl.CheckImpl
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getCheck()
	 * @generated
	 */
	int CHECK = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__ID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__KIND = 1;

	/**
	 * The feature id for the '<em><b>Verdict</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__VERDICT = 2;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__BEGIN = 3;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__END = 4;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__MESSAGE = 5;

	/**
	 * The feature id for the '<em><b>Stated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__STATED = 6;

	/**
	 * The feature id for the '<em><b>Recomputed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__RECOMPUTED = 7;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK__METRICS = 8;

	/**
	 * The number of structural features of the '<em>Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.reportbank.model.ReportStatus <em>Report Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.ReportStatus
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getReportStatus()
	 * @generated
	 */
	int REPORT_STATUS = 19;

	/**
	 * The meta object id for the '{@link org.reportbank.model.DocumentKind <em>Document Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.DocumentKind
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getDocumentKind()
	 * @generated
	 */
	int DOCUMENT_KIND = 20;

	/**
	 * The meta object id for the '{@link org.reportbank.model.SectionKind <em>Section Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.SectionKind
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getSectionKind()
	 * @generated
	 */
	int SECTION_KIND = 21;

	/**
	 * The meta object id for the '{@link org.reportbank.model.LayerKind <em>Layer Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.LayerKind
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getLayerKind()
	 * @generated
	 */
	int LAYER_KIND = 22;

	/**
	 * The meta object id for the '{@link org.reportbank.model.SpanOrigin <em>Span Origin</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.SpanOrigin
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getSpanOrigin()
	 * @generated
	 */
	int SPAN_ORIGIN = 23;

	/**
	 * The meta object id for the '{@link org.reportbank.model.SpanStatus <em>Span Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.SpanStatus
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getSpanStatus()
	 * @generated
	 */
	int SPAN_STATUS = 24;

	/**
	 * The meta object id for the '{@link org.reportbank.model.FieldDecisionStatus <em>Field Decision Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.FieldDecisionStatus
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getFieldDecisionStatus()
	 * @generated
	 */
	int FIELD_DECISION_STATUS = 25;

	/**
	 * The meta object id for the '{@link org.reportbank.model.MetricKind <em>Metric Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.MetricKind
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getMetricKind()
	 * @generated
	 */
	int METRIC_KIND = 26;

	/**
	 * The meta object id for the '{@link org.reportbank.model.CheckVerdict <em>Check Verdict</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.CheckVerdict
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getCheckVerdict()
	 * @generated
	 */
	int CHECK_VERDICT = 27;

	/**
	 * The meta object id for the '{@link org.reportbank.model.LabelCategory <em>Label Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.reportbank.model.LabelCategory
	 * @see org.reportbank.model.impl.ReportbankPackageImpl#getLabelCategory()
	 * @generated
	 */
	int LABEL_CATEGORY = 28;


	/**
	 * Returns the meta object for class '{@link org.reportbank.model.Corpus <em>Corpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Corpus</em>'.
	 * @see org.reportbank.model.Corpus
	 * @generated
	 */
	EClass getCorpus();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Corpus#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.reportbank.model.Corpus#getName()
	 * @see #getCorpus()
	 * @generated
	 */
	EAttribute getCorpus_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Corpus#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.reportbank.model.Corpus#getFormatVersion()
	 * @see #getCorpus()
	 * @generated
	 */
	EAttribute getCorpus_FormatVersion();

	/**
	 * Returns the meta object for the containment reference '{@link org.reportbank.model.Corpus#getLabelSet <em>Label Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Label Set</em>'.
	 * @see org.reportbank.model.Corpus#getLabelSet()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_LabelSet();

	/**
	 * Returns the meta object for the containment reference list '{@link org.reportbank.model.Corpus#getAnnotators <em>Annotators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotators</em>'.
	 * @see org.reportbank.model.Corpus#getAnnotators()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Annotators();

	/**
	 * Returns the meta object for the containment reference list '{@link org.reportbank.model.Corpus#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.reportbank.model.Corpus#getEntries()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Entries();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Corpus#getAnnotatorsPerReport <em>Annotators Per Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annotators Per Report</em>'.
	 * @see org.reportbank.model.Corpus#getAnnotatorsPerReport()
	 * @see #getCorpus()
	 * @generated
	 */
	EAttribute getCorpus_AnnotatorsPerReport();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Corpus#isOthersLayersVisible <em>Others Layers Visible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Others Layers Visible</em>'.
	 * @see org.reportbank.model.Corpus#isOthersLayersVisible()
	 * @see #getCorpus()
	 * @generated
	 */
	EAttribute getCorpus_OthersLayersVisible();

	/**
	 * Returns the meta object for class '{@link org.reportbank.model.ReportEntry <em>Report Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Report Entry</em>'.
	 * @see org.reportbank.model.ReportEntry
	 * @generated
	 */
	EClass getReportEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.ReportEntry#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.reportbank.model.ReportEntry#getId()
	 * @see #getReportEntry()
	 * @generated
	 */
	EAttribute getReportEntry_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.ReportEntry#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.reportbank.model.ReportEntry#getTitle()
	 * @see #getReportEntry()
	 * @generated
	 */
	EAttribute getReportEntry_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.ReportEntry#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.reportbank.model.ReportEntry#getRegion()
	 * @see #getReportEntry()
	 * @generated
	 */
	EAttribute getReportEntry_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.ReportEntry#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.reportbank.model.ReportEntry#getYear()
	 * @see #getReportEntry()
	 * @generated
	 */
	EAttribute getReportEntry_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.ReportEntry#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.reportbank.model.ReportEntry#getStatus()
	 * @see #getReportEntry()
	 * @generated
	 */
	EAttribute getReportEntry_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.ReportEntry#getDocumentKind <em>Document Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Kind</em>'.
	 * @see org.reportbank.model.ReportEntry#getDocumentKind()
	 * @see #getReportEntry()
	 * @generated
	 */
	EAttribute getReportEntry_DocumentKind();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.ReportEntry#getSourceFile <em>Source File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source File</em>'.
	 * @see org.reportbank.model.ReportEntry#getSourceFile()
	 * @see #getReportEntry()
	 * @generated
	 */
	EAttribute getReportEntry_SourceFile();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.ReportEntry#getCharacters <em>Characters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Characters</em>'.
	 * @see org.reportbank.model.ReportEntry#getCharacters()
	 * @see #getReportEntry()
	 * @generated
	 */
	EAttribute getReportEntry_Characters();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.ReportEntry#getSectionCount <em>Section Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section Count</em>'.
	 * @see org.reportbank.model.ReportEntry#getSectionCount()
	 * @see #getReportEntry()
	 * @generated
	 */
	EAttribute getReportEntry_SectionCount();

	/**
	 * Returns the meta object for class '{@link org.reportbank.model.Annotator <em>Annotator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotator</em>'.
	 * @see org.reportbank.model.Annotator
	 * @generated
	 */
	EClass getAnnotator();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Annotator#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.reportbank.model.Annotator#getId()
	 * @see #getAnnotator()
	 * @generated
	 */
	EAttribute getAnnotator_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Annotator#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.reportbank.model.Annotator#getName()
	 * @see #getAnnotator()
	 * @generated
	 */
	EAttribute getAnnotator_Name();

	/**
	 * Returns the meta object for class '{@link org.reportbank.model.LabelSet <em>Label Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Label Set</em>'.
	 * @see org.reportbank.model.LabelSet
	 * @generated
	 */
	EClass getLabelSet();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.LabelSet#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.reportbank.model.LabelSet#getName()
	 * @see #getLabelSet()
	 * @generated
	 */
	EAttribute getLabelSet_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.reportbank.model.LabelSet#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Labels</em>'.
	 * @see org.reportbank.model.LabelSet#getLabels()
	 * @see #getLabelSet()
	 * @generated
	 */
	EReference getLabelSet_Labels();

	/**
	 * Returns the meta object for class '{@link org.reportbank.model.Label <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Label</em>'.
	 * @see org.reportbank.model.Label
	 * @generated
	 */
	EClass getLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Label#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.reportbank.model.Label#getName()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Label#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.reportbank.model.Label#getCategory()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Label#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.reportbank.model.Label#getColor()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_Color();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Label#getShortcut <em>Shortcut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shortcut</em>'.
	 * @see org.reportbank.model.Label#getShortcut()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_Shortcut();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Label#getGuideline <em>Guideline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guideline</em>'.
	 * @see org.reportbank.model.Label#getGuideline()
	 * @see #getLabel()
	 * @generated
	 */
	EAttribute getLabel_Guideline();

	/**
	 * Returns the meta object for class '{@link org.reportbank.model.Report <em>Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Report</em>'.
	 * @see org.reportbank.model.Report
	 * @generated
	 */
	EClass getReport();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Report#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.reportbank.model.Report#getId()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Report#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.reportbank.model.Report#getTitle()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Report#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.reportbank.model.Report#getRegion()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Report#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.reportbank.model.Report#getYear()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Report#getPublisher <em>Publisher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publisher</em>'.
	 * @see org.reportbank.model.Report#getPublisher()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Publisher();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Report#getPublished <em>Published</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published</em>'.
	 * @see org.reportbank.model.Report#getPublished()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Published();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Report#getDocumentKind <em>Document Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Kind</em>'.
	 * @see org.reportbank.model.Report#getDocumentKind()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_DocumentKind();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Report#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.reportbank.model.Report#getStatus()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Status();

	/**
	 * Returns the meta object for the containment reference '{@link org.reportbank.model.Report#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source</em>'.
	 * @see org.reportbank.model.Report#getSource()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link org.reportbank.model.Report#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metadata</em>'.
	 * @see org.reportbank.model.Report#getMetadata()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_Metadata();

	/**
	 * Returns the meta object for the containment reference list '{@link org.reportbank.model.Report#getFieldSources <em>Field Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Field Sources</em>'.
	 * @see org.reportbank.model.Report#getFieldSources()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_FieldSources();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Report#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.reportbank.model.Report#getText()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Text();

	/**
	 * Returns the meta object for the containment reference list '{@link org.reportbank.model.Report#getNormalizations <em>Normalizations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Normalizations</em>'.
	 * @see org.reportbank.model.Report#getNormalizations()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_Normalizations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.reportbank.model.Report#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see org.reportbank.model.Report#getSections()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_Sections();

	/**
	 * Returns the meta object for the containment reference list '{@link org.reportbank.model.Report#getLayers <em>Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Layers</em>'.
	 * @see org.reportbank.model.Report#getLayers()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_Layers();

	/**
	 * Returns the meta object for class '{@link org.reportbank.model.Source <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source</em>'.
	 * @see org.reportbank.model.Source
	 * @generated
	 */
	EClass getSource();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Source#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.reportbank.model.Source#getFile()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_File();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Source#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.reportbank.model.Source#getFormat()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Source#getEncoding <em>Encoding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encoding</em>'.
	 * @see org.reportbank.model.Source#getEncoding()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Encoding();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Source#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.reportbank.model.Source#getSha256()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Source#getImported <em>Imported</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Imported</em>'.
	 * @see org.reportbank.model.Source#getImported()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Imported();

	/**
	 * Returns the meta object for class '{@link org.reportbank.model.MetadataEntry <em>Metadata Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metadata Entry</em>'.
	 * @see org.reportbank.model.MetadataEntry
	 * @generated
	 */
	EClass getMetadataEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.MetadataEntry#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.reportbank.model.MetadataEntry#getKey()
	 * @see #getMetadataEntry()
	 * @generated
	 */
	EAttribute getMetadataEntry_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.MetadataEntry#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.reportbank.model.MetadataEntry#getValue()
	 * @see #getMetadataEntry()
	 * @generated
	 */
	EAttribute getMetadataEntry_Value();

	/**
	 * Returns the meta object for class '{@link org.reportbank.model.FieldSource <em>Field Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Field Source</em>'.
	 * @see org.reportbank.model.FieldSource
	 * @generated
	 */
	EClass getFieldSource();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.FieldSource#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field</em>'.
	 * @see org.reportbank.model.FieldSource#getField()
	 * @see #getFieldSource()
	 * @generated
	 */
	EAttribute getFieldSource_Field();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.FieldSource#getRule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule</em>'.
	 * @see org.reportbank.model.FieldSource#getRule()
	 * @see #getFieldSource()
	 * @generated
	 */
	EAttribute getFieldSource_Rule();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.FieldSource#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.reportbank.model.FieldSource#getLine()
	 * @see #getFieldSource()
	 * @generated
	 */
	EAttribute getFieldSource_Line();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.FieldSource#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.reportbank.model.FieldSource#getText()
	 * @see #getFieldSource()
	 * @generated
	 */
	EAttribute getFieldSource_Text();

	/**
	 * Returns the meta object for class '{@link org.reportbank.model.FieldDecision <em>Field Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Field Decision</em>'.
	 * @see org.reportbank.model.FieldDecision
	 * @generated
	 */
	EClass getFieldDecision();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.FieldDecision#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field</em>'.
	 * @see org.reportbank.model.FieldDecision#getField()
	 * @see #getFieldDecision()
	 * @generated
	 */
	EAttribute getFieldDecision_Field();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.FieldDecision#getSuggested <em>Suggested</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Suggested</em>'.
	 * @see org.reportbank.model.FieldDecision#getSuggested()
	 * @see #getFieldDecision()
	 * @generated
	 */
	EAttribute getFieldDecision_Suggested();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.FieldDecision#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.reportbank.model.FieldDecision#getValue()
	 * @see #getFieldDecision()
	 * @generated
	 */
	EAttribute getFieldDecision_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.FieldDecision#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.reportbank.model.FieldDecision#getStatus()
	 * @see #getFieldDecision()
	 * @generated
	 */
	EAttribute getFieldDecision_Status();

	/**
	 * Returns the meta object for class '{@link org.reportbank.model.Normalization <em>Normalization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Normalization</em>'.
	 * @see org.reportbank.model.Normalization
	 * @generated
	 */
	EClass getNormalization();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Normalization#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.reportbank.model.Normalization#getKind()
	 * @see #getNormalization()
	 * @generated
	 */
	EAttribute getNormalization_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Normalization#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.reportbank.model.Normalization#getCount()
	 * @see #getNormalization()
	 * @generated
	 */
	EAttribute getNormalization_Count();

	/**
	 * Returns the meta object for the attribute list '{@link org.reportbank.model.Normalization#getExamples <em>Examples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Examples</em>'.
	 * @see org.reportbank.model.Normalization#getExamples()
	 * @see #getNormalization()
	 * @generated
	 */
	EAttribute getNormalization_Examples();

	/**
	 * Returns the meta object for class '{@link org.reportbank.model.Section <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Section</em>'.
	 * @see org.reportbank.model.Section
	 * @generated
	 */
	EClass getSection();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Section#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.reportbank.model.Section#getId()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Section#getNumbering <em>Numbering</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Numbering</em>'.
	 * @see org.reportbank.model.Section#getNumbering()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Numbering();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Section#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.reportbank.model.Section#getLevel()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Section#getHeading <em>Heading</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heading</em>'.
	 * @see org.reportbank.model.Section#getHeading()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Heading();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Section#getBegin <em>Begin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Begin</em>'.
	 * @see org.reportbank.model.Section#getBegin()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Begin();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Section#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.reportbank.model.Section#getEnd()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_End();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Section#getHeadingEnd <em>Heading End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heading End</em>'.
	 * @see org.reportbank.model.Section#getHeadingEnd()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_HeadingEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Section#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.reportbank.model.Section#getKind()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.reportbank.model.Section#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.reportbank.model.Section#getChildren()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Children();

	/**
	 * Returns the meta object for class '{@link org.reportbank.model.Layer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer</em>'.
	 * @see org.reportbank.model.Layer
	 * @generated
	 */
	EClass getLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Layer#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.reportbank.model.Layer#getId()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Layer#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.reportbank.model.Layer#getKind()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Layer#getAnnotator <em>Annotator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annotator</em>'.
	 * @see org.reportbank.model.Layer#getAnnotator()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Annotator();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Layer#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see org.reportbank.model.Layer#getModified()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Modified();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Layer#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.reportbank.model.Layer#getStatus()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link org.reportbank.model.Layer#getSpans <em>Spans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Spans</em>'.
	 * @see org.reportbank.model.Layer#getSpans()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_Spans();

	/**
	 * Returns the meta object for the containment reference list '{@link org.reportbank.model.Layer#getChecks <em>Checks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Checks</em>'.
	 * @see org.reportbank.model.Layer#getChecks()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_Checks();

	/**
	 * Returns the meta object for the containment reference '{@link org.reportbank.model.Layer#getTokenization <em>Tokenization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Tokenization</em>'.
	 * @see org.reportbank.model.Layer#getTokenization()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_Tokenization();

	/**
	 * Returns the meta object for the containment reference list '{@link org.reportbank.model.Layer#getFieldDecisions <em>Field Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Field Decisions</em>'.
	 * @see org.reportbank.model.Layer#getFieldDecisions()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_FieldDecisions();

	/**
	 * Returns the meta object for class '{@link org.reportbank.model.Span <em>Span</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Span</em>'.
	 * @see org.reportbank.model.Span
	 * @generated
	 */
	EClass getSpan();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Span#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.reportbank.model.Span#getId()
	 * @see #getSpan()
	 * @generated
	 */
	EAttribute getSpan_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Span#getBegin <em>Begin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Begin</em>'.
	 * @see org.reportbank.model.Span#getBegin()
	 * @see #getSpan()
	 * @generated
	 */
	EAttribute getSpan_Begin();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Span#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.reportbank.model.Span#getEnd()
	 * @see #getSpan()
	 * @generated
	 */
	EAttribute getSpan_End();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Span#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.reportbank.model.Span#getLabel()
	 * @see #getSpan()
	 * @generated
	 */
	EAttribute getSpan_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Span#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.reportbank.model.Span#getOrigin()
	 * @see #getSpan()
	 * @generated
	 */
	EAttribute getSpan_Origin();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Span#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.reportbank.model.Span#getStatus()
	 * @see #getSpan()
	 * @generated
	 */
	EAttribute getSpan_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Span#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see org.reportbank.model.Span#getConfidence()
	 * @see #getSpan()
	 * @generated
	 */
	EAttribute getSpan_Confidence();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Span#getAnnotator <em>Annotator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annotator</em>'.
	 * @see org.reportbank.model.Span#getAnnotator()
	 * @see #getSpan()
	 * @generated
	 */
	EAttribute getSpan_Annotator();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Span#getTool <em>Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tool</em>'.
	 * @see org.reportbank.model.Span#getTool()
	 * @see #getSpan()
	 * @generated
	 */
	EAttribute getSpan_Tool();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Span#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.reportbank.model.Span#getNote()
	 * @see #getSpan()
	 * @generated
	 */
	EAttribute getSpan_Note();

	/**
	 * Returns the meta object for the attribute list '{@link org.reportbank.model.Span#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sources</em>'.
	 * @see org.reportbank.model.Span#getSources()
	 * @see #getSpan()
	 * @generated
	 */
	EAttribute getSpan_Sources();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Span#getBasedOn <em>Based On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Based On</em>'.
	 * @see org.reportbank.model.Span#getBasedOn()
	 * @see #getSpan()
	 * @generated
	 */
	EAttribute getSpan_BasedOn();

	/**
	 * Returns the meta object for class '{@link org.reportbank.model.Tokenization <em>Tokenization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tokenization</em>'.
	 * @see org.reportbank.model.Tokenization
	 * @generated
	 */
	EClass getTokenization();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Tokenization#getTool <em>Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tool</em>'.
	 * @see org.reportbank.model.Tokenization#getTool()
	 * @see #getTokenization()
	 * @generated
	 */
	EAttribute getTokenization_Tool();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Tokenization#getLengths <em>Lengths</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lengths</em>'.
	 * @see org.reportbank.model.Tokenization#getLengths()
	 * @see #getTokenization()
	 * @generated
	 */
	EAttribute getTokenization_Lengths();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Tokenization#getPartsOfSpeech <em>Parts Of Speech</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parts Of Speech</em>'.
	 * @see org.reportbank.model.Tokenization#getPartsOfSpeech()
	 * @see #getTokenization()
	 * @generated
	 */
	EAttribute getTokenization_PartsOfSpeech();

	/**
	 * Returns the meta object for class '{@link org.reportbank.model.Entity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Entity</em>'.
	 * @see org.reportbank.model.Entity
	 * @generated
	 */
	EClass getEntity();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Entity#getCanonical <em>Canonical</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Canonical</em>'.
	 * @see org.reportbank.model.Entity#getCanonical()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Canonical();

	/**
	 * Returns the meta object for class '{@link org.reportbank.model.Metric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric</em>'.
	 * @see org.reportbank.model.Metric
	 * @generated
	 */
	EClass getMetric();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Metric#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.reportbank.model.Metric#getValue()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Metric#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.reportbank.model.Metric#getUnit()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Metric#isApproximate <em>Approximate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approximate</em>'.
	 * @see org.reportbank.model.Metric#isApproximate()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Approximate();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Metric#getQualifier <em>Qualifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Qualifier</em>'.
	 * @see org.reportbank.model.Metric#getQualifier()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Qualifier();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Metric#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.reportbank.model.Metric#getKind()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Metric#getNormalizedValue <em>Normalized Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Normalized Value</em>'.
	 * @see org.reportbank.model.Metric#getNormalizedValue()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_NormalizedValue();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Metric#getNormalizedUnit <em>Normalized Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Normalized Unit</em>'.
	 * @see org.reportbank.model.Metric#getNormalizedUnit()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_NormalizedUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Metric#getIndicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Indicator</em>'.
	 * @see org.reportbank.model.Metric#getIndicator()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Indicator();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Metric#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.reportbank.model.Metric#getPeriod()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Period();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Metric#getComparison <em>Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comparison</em>'.
	 * @see org.reportbank.model.Metric#getComparison()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Comparison();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Metric#getUpperValue <em>Upper Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Upper Value</em>'.
	 * @see org.reportbank.model.Metric#getUpperValue()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_UpperValue();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Metric#getNormalizedUpperValue <em>Normalized Upper Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Normalized Upper Value</em>'.
	 * @see org.reportbank.model.Metric#getNormalizedUpperValue()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_NormalizedUpperValue();

	/**
	 * Returns the meta object for class '{@link org.reportbank.model.Claim <em>Claim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Claim</em>'.
	 * @see org.reportbank.model.Claim
	 * @generated
	 */
	EClass getClaim();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Claim#getSection <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section</em>'.
	 * @see org.reportbank.model.Claim#getSection()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Section();

	/**
	 * Returns the meta object for the reference list '{@link org.reportbank.model.Claim#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Metrics</em>'.
	 * @see org.reportbank.model.Claim#getMetrics()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_Metrics();

	/**
	 * Returns the meta object for class '{@link org.reportbank.model.Check <em>Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Check</em>'.
	 * @see org.reportbank.model.Check
	 * @generated
	 */
	EClass getCheck();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Check#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.reportbank.model.Check#getId()
	 * @see #getCheck()
	 * @generated
	 */
	EAttribute getCheck_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Check#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.reportbank.model.Check#getKind()
	 * @see #getCheck()
	 * @generated
	 */
	EAttribute getCheck_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Check#getVerdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verdict</em>'.
	 * @see org.reportbank.model.Check#getVerdict()
	 * @see #getCheck()
	 * @generated
	 */
	EAttribute getCheck_Verdict();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Check#getBegin <em>Begin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Begin</em>'.
	 * @see org.reportbank.model.Check#getBegin()
	 * @see #getCheck()
	 * @generated
	 */
	EAttribute getCheck_Begin();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Check#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.reportbank.model.Check#getEnd()
	 * @see #getCheck()
	 * @generated
	 */
	EAttribute getCheck_End();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Check#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.reportbank.model.Check#getMessage()
	 * @see #getCheck()
	 * @generated
	 */
	EAttribute getCheck_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Check#getStated <em>Stated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stated</em>'.
	 * @see org.reportbank.model.Check#getStated()
	 * @see #getCheck()
	 * @generated
	 */
	EAttribute getCheck_Stated();

	/**
	 * Returns the meta object for the attribute '{@link org.reportbank.model.Check#getRecomputed <em>Recomputed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recomputed</em>'.
	 * @see org.reportbank.model.Check#getRecomputed()
	 * @see #getCheck()
	 * @generated
	 */
	EAttribute getCheck_Recomputed();

	/**
	 * Returns the meta object for the reference list '{@link org.reportbank.model.Check#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Metrics</em>'.
	 * @see org.reportbank.model.Check#getMetrics()
	 * @see #getCheck()
	 * @generated
	 */
	EReference getCheck_Metrics();

	/**
	 * Returns the meta object for enum '{@link org.reportbank.model.ReportStatus <em>Report Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Report Status</em>'.
	 * @see org.reportbank.model.ReportStatus
	 * @generated
	 */
	EEnum getReportStatus();

	/**
	 * Returns the meta object for enum '{@link org.reportbank.model.DocumentKind <em>Document Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Document Kind</em>'.
	 * @see org.reportbank.model.DocumentKind
	 * @generated
	 */
	EEnum getDocumentKind();

	/**
	 * Returns the meta object for enum '{@link org.reportbank.model.SectionKind <em>Section Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Section Kind</em>'.
	 * @see org.reportbank.model.SectionKind
	 * @generated
	 */
	EEnum getSectionKind();

	/**
	 * Returns the meta object for enum '{@link org.reportbank.model.LayerKind <em>Layer Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Layer Kind</em>'.
	 * @see org.reportbank.model.LayerKind
	 * @generated
	 */
	EEnum getLayerKind();

	/**
	 * Returns the meta object for enum '{@link org.reportbank.model.SpanOrigin <em>Span Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Span Origin</em>'.
	 * @see org.reportbank.model.SpanOrigin
	 * @generated
	 */
	EEnum getSpanOrigin();

	/**
	 * Returns the meta object for enum '{@link org.reportbank.model.SpanStatus <em>Span Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Span Status</em>'.
	 * @see org.reportbank.model.SpanStatus
	 * @generated
	 */
	EEnum getSpanStatus();

	/**
	 * Returns the meta object for enum '{@link org.reportbank.model.FieldDecisionStatus <em>Field Decision Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Field Decision Status</em>'.
	 * @see org.reportbank.model.FieldDecisionStatus
	 * @generated
	 */
	EEnum getFieldDecisionStatus();

	/**
	 * Returns the meta object for enum '{@link org.reportbank.model.MetricKind <em>Metric Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Metric Kind</em>'.
	 * @see org.reportbank.model.MetricKind
	 * @generated
	 */
	EEnum getMetricKind();

	/**
	 * Returns the meta object for enum '{@link org.reportbank.model.CheckVerdict <em>Check Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Check Verdict</em>'.
	 * @see org.reportbank.model.CheckVerdict
	 * @generated
	 */
	EEnum getCheckVerdict();

	/**
	 * Returns the meta object for enum '{@link org.reportbank.model.LabelCategory <em>Label Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Label Category</em>'.
	 * @see org.reportbank.model.LabelCategory
	 * @generated
	 */
	EEnum getLabelCategory();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ReportbankFactory getReportbankFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.reportbank.model.impl.CorpusImpl <em>Corpus</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.impl.CorpusImpl
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getCorpus()
		 * @generated
		 */
		EClass CORPUS = eINSTANCE.getCorpus();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS__NAME = eINSTANCE.getCorpus_Name();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS__FORMAT_VERSION = eINSTANCE.getCorpus_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Label Set</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__LABEL_SET = eINSTANCE.getCorpus_LabelSet();

		/**
		 * The meta object literal for the '<em><b>Annotators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__ANNOTATORS = eINSTANCE.getCorpus_Annotators();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__ENTRIES = eINSTANCE.getCorpus_Entries();

		/**
		 * The meta object literal for the '<em><b>Annotators Per Report</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS__ANNOTATORS_PER_REPORT = eINSTANCE.getCorpus_AnnotatorsPerReport();

		/**
		 * The meta object literal for the '<em><b>Others Layers Visible</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS__OTHERS_LAYERS_VISIBLE = eINSTANCE.getCorpus_OthersLayersVisible();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.impl.ReportEntryImpl <em>Report Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.impl.ReportEntryImpl
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getReportEntry()
		 * @generated
		 */
		EClass REPORT_ENTRY = eINSTANCE.getReportEntry();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_ENTRY__ID = eINSTANCE.getReportEntry_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_ENTRY__TITLE = eINSTANCE.getReportEntry_Title();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_ENTRY__REGION = eINSTANCE.getReportEntry_Region();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_ENTRY__YEAR = eINSTANCE.getReportEntry_Year();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_ENTRY__STATUS = eINSTANCE.getReportEntry_Status();

		/**
		 * The meta object literal for the '<em><b>Document Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_ENTRY__DOCUMENT_KIND = eINSTANCE.getReportEntry_DocumentKind();

		/**
		 * The meta object literal for the '<em><b>Source File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_ENTRY__SOURCE_FILE = eINSTANCE.getReportEntry_SourceFile();

		/**
		 * The meta object literal for the '<em><b>Characters</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_ENTRY__CHARACTERS = eINSTANCE.getReportEntry_Characters();

		/**
		 * The meta object literal for the '<em><b>Section Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_ENTRY__SECTION_COUNT = eINSTANCE.getReportEntry_SectionCount();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.impl.AnnotatorImpl <em>Annotator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.impl.AnnotatorImpl
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getAnnotator()
		 * @generated
		 */
		EClass ANNOTATOR = eINSTANCE.getAnnotator();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATOR__ID = eINSTANCE.getAnnotator_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATOR__NAME = eINSTANCE.getAnnotator_Name();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.impl.LabelSetImpl <em>Label Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.impl.LabelSetImpl
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getLabelSet()
		 * @generated
		 */
		EClass LABEL_SET = eINSTANCE.getLabelSet();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_SET__NAME = eINSTANCE.getLabelSet_Name();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABEL_SET__LABELS = eINSTANCE.getLabelSet_Labels();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.impl.LabelImpl <em>Label</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.impl.LabelImpl
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getLabel()
		 * @generated
		 */
		EClass LABEL = eINSTANCE.getLabel();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__NAME = eINSTANCE.getLabel_Name();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__CATEGORY = eINSTANCE.getLabel_Category();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__COLOR = eINSTANCE.getLabel_Color();

		/**
		 * The meta object literal for the '<em><b>Shortcut</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__SHORTCUT = eINSTANCE.getLabel_Shortcut();

		/**
		 * The meta object literal for the '<em><b>Guideline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL__GUIDELINE = eINSTANCE.getLabel_Guideline();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.impl.ReportImpl <em>Report</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.impl.ReportImpl
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getReport()
		 * @generated
		 */
		EClass REPORT = eINSTANCE.getReport();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__ID = eINSTANCE.getReport_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__TITLE = eINSTANCE.getReport_Title();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__REGION = eINSTANCE.getReport_Region();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__YEAR = eINSTANCE.getReport_Year();

		/**
		 * The meta object literal for the '<em><b>Publisher</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__PUBLISHER = eINSTANCE.getReport_Publisher();

		/**
		 * The meta object literal for the '<em><b>Published</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__PUBLISHED = eINSTANCE.getReport_Published();

		/**
		 * The meta object literal for the '<em><b>Document Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__DOCUMENT_KIND = eINSTANCE.getReport_DocumentKind();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__STATUS = eINSTANCE.getReport_Status();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__SOURCE = eINSTANCE.getReport_Source();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__METADATA = eINSTANCE.getReport_Metadata();

		/**
		 * The meta object literal for the '<em><b>Field Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__FIELD_SOURCES = eINSTANCE.getReport_FieldSources();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__TEXT = eINSTANCE.getReport_Text();

		/**
		 * The meta object literal for the '<em><b>Normalizations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__NORMALIZATIONS = eINSTANCE.getReport_Normalizations();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__SECTIONS = eINSTANCE.getReport_Sections();

		/**
		 * The meta object literal for the '<em><b>Layers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__LAYERS = eINSTANCE.getReport_Layers();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.impl.SourceImpl <em>Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.impl.SourceImpl
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getSource()
		 * @generated
		 */
		EClass SOURCE = eINSTANCE.getSource();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__FILE = eINSTANCE.getSource_File();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__FORMAT = eINSTANCE.getSource_Format();

		/**
		 * The meta object literal for the '<em><b>Encoding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__ENCODING = eINSTANCE.getSource_Encoding();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__SHA256 = eINSTANCE.getSource_Sha256();

		/**
		 * The meta object literal for the '<em><b>Imported</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__IMPORTED = eINSTANCE.getSource_Imported();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.impl.MetadataEntryImpl <em>Metadata Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.impl.MetadataEntryImpl
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getMetadataEntry()
		 * @generated
		 */
		EClass METADATA_ENTRY = eINSTANCE.getMetadataEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METADATA_ENTRY__KEY = eINSTANCE.getMetadataEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METADATA_ENTRY__VALUE = eINSTANCE.getMetadataEntry_Value();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.impl.FieldSourceImpl <em>Field Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.impl.FieldSourceImpl
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getFieldSource()
		 * @generated
		 */
		EClass FIELD_SOURCE = eINSTANCE.getFieldSource();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_SOURCE__FIELD = eINSTANCE.getFieldSource_Field();

		/**
		 * The meta object literal for the '<em><b>Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_SOURCE__RULE = eINSTANCE.getFieldSource_Rule();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_SOURCE__LINE = eINSTANCE.getFieldSource_Line();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_SOURCE__TEXT = eINSTANCE.getFieldSource_Text();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.impl.FieldDecisionImpl <em>Field Decision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.impl.FieldDecisionImpl
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getFieldDecision()
		 * @generated
		 */
		EClass FIELD_DECISION = eINSTANCE.getFieldDecision();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_DECISION__FIELD = eINSTANCE.getFieldDecision_Field();

		/**
		 * The meta object literal for the '<em><b>Suggested</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_DECISION__SUGGESTED = eINSTANCE.getFieldDecision_Suggested();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_DECISION__VALUE = eINSTANCE.getFieldDecision_Value();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_DECISION__STATUS = eINSTANCE.getFieldDecision_Status();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.impl.NormalizationImpl <em>Normalization</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.impl.NormalizationImpl
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getNormalization()
		 * @generated
		 */
		EClass NORMALIZATION = eINSTANCE.getNormalization();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NORMALIZATION__KIND = eINSTANCE.getNormalization_Kind();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NORMALIZATION__COUNT = eINSTANCE.getNormalization_Count();

		/**
		 * The meta object literal for the '<em><b>Examples</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NORMALIZATION__EXAMPLES = eINSTANCE.getNormalization_Examples();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.impl.SectionImpl <em>Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.impl.SectionImpl
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getSection()
		 * @generated
		 */
		EClass SECTION = eINSTANCE.getSection();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__ID = eINSTANCE.getSection_Id();

		/**
		 * The meta object literal for the '<em><b>Numbering</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__NUMBERING = eINSTANCE.getSection_Numbering();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__LEVEL = eINSTANCE.getSection_Level();

		/**
		 * The meta object literal for the '<em><b>Heading</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__HEADING = eINSTANCE.getSection_Heading();

		/**
		 * The meta object literal for the '<em><b>Begin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__BEGIN = eINSTANCE.getSection_Begin();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__END = eINSTANCE.getSection_End();

		/**
		 * The meta object literal for the '<em><b>Heading End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__HEADING_END = eINSTANCE.getSection_HeadingEnd();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__KIND = eINSTANCE.getSection_Kind();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__CHILDREN = eINSTANCE.getSection_Children();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.impl.LayerImpl <em>Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.impl.LayerImpl
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getLayer()
		 * @generated
		 */
		EClass LAYER = eINSTANCE.getLayer();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__ID = eINSTANCE.getLayer_Id();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__KIND = eINSTANCE.getLayer_Kind();

		/**
		 * The meta object literal for the '<em><b>Annotator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__ANNOTATOR = eINSTANCE.getLayer_Annotator();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__MODIFIED = eINSTANCE.getLayer_Modified();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__STATUS = eINSTANCE.getLayer_Status();

		/**
		 * The meta object literal for the '<em><b>Spans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__SPANS = eINSTANCE.getLayer_Spans();

		/**
		 * The meta object literal for the '<em><b>Checks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__CHECKS = eINSTANCE.getLayer_Checks();

		/**
		 * The meta object literal for the '<em><b>Tokenization</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__TOKENIZATION = eINSTANCE.getLayer_Tokenization();

		/**
		 * The meta object literal for the '<em><b>Field Decisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__FIELD_DECISIONS = eINSTANCE.getLayer_FieldDecisions();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.impl.SpanImpl <em>Span</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.impl.SpanImpl
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getSpan()
		 * @generated
		 */
		EClass SPAN = eINSTANCE.getSpan();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN__ID = eINSTANCE.getSpan_Id();

		/**
		 * The meta object literal for the '<em><b>Begin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN__BEGIN = eINSTANCE.getSpan_Begin();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN__END = eINSTANCE.getSpan_End();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN__LABEL = eINSTANCE.getSpan_Label();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN__ORIGIN = eINSTANCE.getSpan_Origin();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN__STATUS = eINSTANCE.getSpan_Status();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN__CONFIDENCE = eINSTANCE.getSpan_Confidence();

		/**
		 * The meta object literal for the '<em><b>Annotator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN__ANNOTATOR = eINSTANCE.getSpan_Annotator();

		/**
		 * The meta object literal for the '<em><b>Tool</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN__TOOL = eINSTANCE.getSpan_Tool();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN__NOTE = eINSTANCE.getSpan_Note();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN__SOURCES = eINSTANCE.getSpan_Sources();

		/**
		 * The meta object literal for the '<em><b>Based On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN__BASED_ON = eINSTANCE.getSpan_BasedOn();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.impl.TokenizationImpl <em>Tokenization</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.impl.TokenizationImpl
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getTokenization()
		 * @generated
		 */
		EClass TOKENIZATION = eINSTANCE.getTokenization();

		/**
		 * The meta object literal for the '<em><b>Tool</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOKENIZATION__TOOL = eINSTANCE.getTokenization_Tool();

		/**
		 * The meta object literal for the '<em><b>Lengths</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOKENIZATION__LENGTHS = eINSTANCE.getTokenization_Lengths();

		/**
		 * The meta object literal for the '<em><b>Parts Of Speech</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOKENIZATION__PARTS_OF_SPEECH = eINSTANCE.getTokenization_PartsOfSpeech();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.impl.EntityImpl <em>Entity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.impl.EntityImpl
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getEntity()
		 * @generated
		 */
		EClass ENTITY = eINSTANCE.getEntity();

		/**
		 * The meta object literal for the '<em><b>Canonical</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__CANONICAL = eINSTANCE.getEntity_Canonical();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.impl.MetricImpl <em>Metric</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.impl.MetricImpl
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getMetric()
		 * @generated
		 */
		EClass METRIC = eINSTANCE.getMetric();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__VALUE = eINSTANCE.getMetric_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__UNIT = eINSTANCE.getMetric_Unit();

		/**
		 * The meta object literal for the '<em><b>Approximate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__APPROXIMATE = eINSTANCE.getMetric_Approximate();

		/**
		 * The meta object literal for the '<em><b>Qualifier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__QUALIFIER = eINSTANCE.getMetric_Qualifier();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__KIND = eINSTANCE.getMetric_Kind();

		/**
		 * The meta object literal for the '<em><b>Normalized Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__NORMALIZED_VALUE = eINSTANCE.getMetric_NormalizedValue();

		/**
		 * The meta object literal for the '<em><b>Normalized Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__NORMALIZED_UNIT = eINSTANCE.getMetric_NormalizedUnit();

		/**
		 * The meta object literal for the '<em><b>Indicator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__INDICATOR = eINSTANCE.getMetric_Indicator();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__PERIOD = eINSTANCE.getMetric_Period();

		/**
		 * The meta object literal for the '<em><b>Comparison</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__COMPARISON = eINSTANCE.getMetric_Comparison();

		/**
		 * The meta object literal for the '<em><b>Upper Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__UPPER_VALUE = eINSTANCE.getMetric_UpperValue();

		/**
		 * The meta object literal for the '<em><b>Normalized Upper Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__NORMALIZED_UPPER_VALUE = eINSTANCE.getMetric_NormalizedUpperValue();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.impl.ClaimImpl <em>Claim</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.impl.ClaimImpl
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getClaim()
		 * @generated
		 */
		EClass CLAIM = eINSTANCE.getClaim();

		/**
		 * The meta object literal for the '<em><b>Section</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__SECTION = eINSTANCE.getClaim_Section();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__METRICS = eINSTANCE.getClaim_Metrics();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.impl.CheckImpl <em>Check</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.impl.CheckImpl
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getCheck()
		 * @generated
		 */
		EClass CHECK = eINSTANCE.getCheck();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK__ID = eINSTANCE.getCheck_Id();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK__KIND = eINSTANCE.getCheck_Kind();

		/**
		 * The meta object literal for the '<em><b>Verdict</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK__VERDICT = eINSTANCE.getCheck_Verdict();

		/**
		 * The meta object literal for the '<em><b>Begin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK__BEGIN = eINSTANCE.getCheck_Begin();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK__END = eINSTANCE.getCheck_End();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK__MESSAGE = eINSTANCE.getCheck_Message();

		/**
		 * The meta object literal for the '<em><b>Stated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK__STATED = eINSTANCE.getCheck_Stated();

		/**
		 * The meta object literal for the '<em><b>Recomputed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECK__RECOMPUTED = eINSTANCE.getCheck_Recomputed();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECK__METRICS = eINSTANCE.getCheck_Metrics();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.ReportStatus <em>Report Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.ReportStatus
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getReportStatus()
		 * @generated
		 */
		EEnum REPORT_STATUS = eINSTANCE.getReportStatus();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.DocumentKind <em>Document Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.DocumentKind
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getDocumentKind()
		 * @generated
		 */
		EEnum DOCUMENT_KIND = eINSTANCE.getDocumentKind();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.SectionKind <em>Section Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.SectionKind
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getSectionKind()
		 * @generated
		 */
		EEnum SECTION_KIND = eINSTANCE.getSectionKind();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.LayerKind <em>Layer Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.LayerKind
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getLayerKind()
		 * @generated
		 */
		EEnum LAYER_KIND = eINSTANCE.getLayerKind();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.SpanOrigin <em>Span Origin</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.SpanOrigin
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getSpanOrigin()
		 * @generated
		 */
		EEnum SPAN_ORIGIN = eINSTANCE.getSpanOrigin();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.SpanStatus <em>Span Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.SpanStatus
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getSpanStatus()
		 * @generated
		 */
		EEnum SPAN_STATUS = eINSTANCE.getSpanStatus();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.FieldDecisionStatus <em>Field Decision Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.FieldDecisionStatus
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getFieldDecisionStatus()
		 * @generated
		 */
		EEnum FIELD_DECISION_STATUS = eINSTANCE.getFieldDecisionStatus();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.MetricKind <em>Metric Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.MetricKind
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getMetricKind()
		 * @generated
		 */
		EEnum METRIC_KIND = eINSTANCE.getMetricKind();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.CheckVerdict <em>Check Verdict</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.CheckVerdict
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getCheckVerdict()
		 * @generated
		 */
		EEnum CHECK_VERDICT = eINSTANCE.getCheckVerdict();

		/**
		 * The meta object literal for the '{@link org.reportbank.model.LabelCategory <em>Label Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.reportbank.model.LabelCategory
		 * @see org.reportbank.model.impl.ReportbankPackageImpl#getLabelCategory()
		 * @generated
		 */
		EEnum LABEL_CATEGORY = eINSTANCE.getLabelCategory();

	}

} //ReportbankPackage
