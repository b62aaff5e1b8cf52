/**
 */
package org.reportbank.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.reportbank.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ReportbankFactoryImpl extends EFactoryImpl implements ReportbankFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ReportbankFactory init() {
		try {
			ReportbankFactory theReportbankFactory = (ReportbankFactory)EPackage.Registry.INSTANCE.getEFactory(ReportbankPackage.eNS_URI);
			if (theReportbankFactory != null) {
				return theReportbankFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ReportbankFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReportbankFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ReportbankPackage.CORPUS: return createCorpus();
			case ReportbankPackage.REPORT_ENTRY: return createReportEntry();
			case ReportbankPackage.ANNOTATOR: return createAnnotator();
			case ReportbankPackage.LABEL_SET: return createLabelSet();
			case ReportbankPackage.LABEL: return createLabel();
			case ReportbankPackage.REPORT: return createReport();
			case ReportbankPackage.SOURCE: return createSource();
			case ReportbankPackage.METADATA_ENTRY: return createMetadataEntry();
			case ReportbankPackage.FIELD_SOURCE: return createFieldSource();
			case ReportbankPackage.FIELD_DECISION: return createFieldDecision();
			case ReportbankPackage.NORMALIZATION: return createNormalization();
			case ReportbankPackage.SECTION: return createSection();
			case ReportbankPackage.LAYER: return createLayer();
			case ReportbankPackage.SPAN: return createSpan();
			case ReportbankPackage.TOKENIZATION: return createTokenization();
			case ReportbankPackage.ENTITY: return createEntity();
			case ReportbankPackage.METRIC: return createMetric();
			case ReportbankPackage.CLAIM: return createClaim();
			case ReportbankPackage.CHECK: return createCheck();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ReportbankPackage.REPORT_STATUS:
				return createReportStatusFromString(eDataType, initialValue);
			case ReportbankPackage.DOCUMENT_KIND:
				return createDocumentKindFromString(eDataType, initialValue);
			case ReportbankPackage.SECTION_KIND:
				return createSectionKindFromString(eDataType, initialValue);
			case ReportbankPackage.LAYER_KIND:
				return createLayerKindFromString(eDataType, initialValue);
			case ReportbankPackage.SPAN_ORIGIN:
				return createSpanOriginFromString(eDataType, initialValue);
			case ReportbankPackage.SPAN_STATUS:
				return createSpanStatusFromString(eDataType, initialValue);
			case ReportbankPackage.FIELD_DECISION_STATUS:
				return createFieldDecisionStatusFromString(eDataType, initialValue);
			case ReportbankPackage.METRIC_KIND:
				return createMetricKindFromString(eDataType, initialValue);
			case ReportbankPackage.CHECK_VERDICT:
				return createCheckVerdictFromString(eDataType, initialValue);
			case ReportbankPackage.LABEL_CATEGORY:
				return createLabelCategoryFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ReportbankPackage.REPORT_STATUS:
				return convertReportStatusToString(eDataType, instanceValue);
			case ReportbankPackage.DOCUMENT_KIND:
				return convertDocumentKindToString(eDataType, instanceValue);
			case ReportbankPackage.SECTION_KIND:
				return convertSectionKindToString(eDataType, instanceValue);
			case ReportbankPackage.LAYER_KIND:
				return convertLayerKindToString(eDataType, instanceValue);
			case ReportbankPackage.SPAN_ORIGIN:
				return convertSpanOriginToString(eDataType, instanceValue);
			case ReportbankPackage.SPAN_STATUS:
				return convertSpanStatusToString(eDataType, instanceValue);
			case ReportbankPackage.FIELD_DECISION_STATUS:
				return convertFieldDecisionStatusToString(eDataType, instanceValue);
			case ReportbankPackage.METRIC_KIND:
				return convertMetricKindToString(eDataType, instanceValue);
			case ReportbankPackage.CHECK_VERDICT:
				return convertCheckVerdictToString(eDataType, instanceValue);
			case ReportbankPackage.LABEL_CATEGORY:
				return convertLabelCategoryToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Corpus createCorpus() {
		CorpusImpl corpus = new CorpusImpl();
		return corpus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportEntry createReportEntry() {
		ReportEntryImpl reportEntry = new ReportEntryImpl();
		return reportEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Annotator createAnnotator() {
		AnnotatorImpl annotator = new AnnotatorImpl();
		return annotator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelSet createLabelSet() {
		LabelSetImpl labelSet = new LabelSetImpl();
		return labelSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Label createLabel() {
		LabelImpl label = new LabelImpl();
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Report createReport() {
		ReportImpl report = new ReportImpl();
		return report;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Source createSource() {
		SourceImpl source = new SourceImpl();
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetadataEntry createMetadataEntry() {
		MetadataEntryImpl metadataEntry = new MetadataEntryImpl();
		return metadataEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FieldSource createFieldSource() {
		FieldSourceImpl fieldSource = new FieldSourceImpl();
		return fieldSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FieldDecision createFieldDecision() {
		FieldDecisionImpl fieldDecision = new FieldDecisionImpl();
		return fieldDecision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Normalization createNormalization() {
		NormalizationImpl normalization = new NormalizationImpl();
		return normalization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Section createSection() {
		SectionImpl section = new SectionImpl();
		return section;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Layer createLayer() {
		LayerImpl layer = new LayerImpl();
		return layer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Span createSpan() {
		SpanImpl span = new SpanImpl();
		return span;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tokenization createTokenization() {
		TokenizationImpl tokenization = new TokenizationImpl();
		return tokenization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Entity createEntity() {
		EntityImpl entity = new EntityImpl();
		return entity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Metric createMetric() {
		MetricImpl metric = new MetricImpl();
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Claim createClaim() {
		ClaimImpl claim = new ClaimImpl();
		return claim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Check createCheck() {
		CheckImpl check = new CheckImpl();
		return check;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReportStatus createReportStatusFromString(EDataType eDataType, String initialValue) {
		ReportStatus result = ReportStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReportStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DocumentKind createDocumentKindFromString(EDataType eDataType, String initialValue) {
		DocumentKind result = DocumentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDocumentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SectionKind createSectionKindFromString(EDataType eDataType, String initialValue) {
		SectionKind result = SectionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSectionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LayerKind createLayerKindFromString(EDataType eDataType, String initialValue) {
		LayerKind result = LayerKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLayerKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SpanOrigin createSpanOriginFromString(EDataType eDataType, String initialValue) {
		SpanOrigin result = SpanOrigin.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSpanOriginToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SpanStatus createSpanStatusFromString(EDataType eDataType, String initialValue) {
		SpanStatus result = SpanStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSpanStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FieldDecisionStatus createFieldDecisionStatusFromString(EDataType eDataType, String initialValue) {
		FieldDecisionStatus result = FieldDecisionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFieldDecisionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MetricKind createMetricKindFromString(EDataType eDataType, String initialValue) {
		MetricKind result = MetricKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMetricKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CheckVerdict createCheckVerdictFromString(EDataType eDataType, String initialValue) {
		CheckVerdict result = CheckVerdict.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCheckVerdictToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LabelCategory createLabelCategoryFromString(EDataType eDataType, String initialValue) {
		LabelCategory result = LabelCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLabelCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportbankPackage getReportbankPackage() {
		return (ReportbankPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ReportbankPackage getPackage() {
		return ReportbankPackage.eINSTANCE;
	}

} //ReportbankFactoryImpl
