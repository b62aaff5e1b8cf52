/**
 */
package org.reportbank.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.reportbank.model.DocumentKind;
import org.reportbank.model.FieldSource;
import org.reportbank.model.Layer;
import org.reportbank.model.MetadataEntry;
import org.reportbank.model.Normalization;
import org.reportbank.model.Report;
import org.reportbank.model.ReportStatus;
import org.reportbank.model.ReportbankPackage;
import org.reportbank.model.Section;
import org.reportbank.model.Source;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Report</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.reportbank.model.impl.ReportImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.reportbank.model.impl.ReportImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.reportbank.model.impl.ReportImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.reportbank.model.impl.ReportImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.reportbank.model.impl.ReportImpl#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link org.reportbank.model.impl.ReportImpl#getPublished <em>Published</em>}</li>
 *   <li>{@link org.reportbank.model.impl.ReportImpl#getDocumentKind <em>Document Kind</em>}</li>
 *   <li>{@link org.reportbank.model.impl.ReportImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.reportbank.model.impl.ReportImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.reportbank.model.impl.ReportImpl#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link org.reportbank.model.impl.ReportImpl#getFieldSources <em>Field Sources</em>}</li>
 *   <li>{@link org.reportbank.model.impl.ReportImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.reportbank.model.impl.ReportImpl#getNormalizations <em>Normalizations</em>}</li>
 *   <li>{@link org.reportbank.model.impl.ReportImpl#getSections <em>Sections</em>}</li>
 *   <li>{@link org.reportbank.model.impl.ReportImpl#getLayers <em>Layers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReportImpl extends MinimalEObjectImpl.Container implements Report {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected String region = REGION_EDEFAULT;

	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected Integer year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublisher() <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublisher() <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected String publisher = PUBLISHER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublished() <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublished()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublished() <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublished()
	 * @generated
	 * @ordered
	 */
	protected String published = PUBLISHED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDocumentKind() <em>Document Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentKind()
	 * @generated
	 * @ordered
	 */
	protected static final DocumentKind DOCUMENT_KIND_EDEFAULT = DocumentKind.REPORT;

	/**
	 * The cached value of the '{@link #getDocumentKind() <em>Document Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentKind()
	 * @generated
	 * @ordered
	 */
	protected DocumentKind documentKind = DOCUMENT_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ReportStatus STATUS_EDEFAULT = ReportStatus.NEW;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ReportStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Source source;

	/**
	 * The cached value of the '{@link #getMetadata() <em>Metadata</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetadata()
	 * @generated
	 * @ordered
	 */
	protected EList<MetadataEntry> metadata;

	/**
	 * The cached value of the '{@link #getFieldSources() <em>Field Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldSources()
	 * @generated
	 * @ordered
	 */
	protected EList<FieldSource> fieldSources;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNormalizations() <em>Normalizations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalizations()
	 * @generated
	 * @ordered
	 */
	protected EList<Normalization> normalizations;

	/**
	 * The cached value of the '{@link #getSections() <em>Sections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSections()
	 * @generated
	 * @ordered
	 */
	protected EList<Section> sections;

	/**
	 * The cached value of the '{@link #getLayers() <em>Layers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<Layer> layers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReportImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReportbankPackage.Literals.REPORT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.REPORT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.REPORT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(String newRegion) {
		String oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.REPORT__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(Integer newYear) {
		Integer oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.REPORT__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublisher() {
		return publisher;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublisher(String newPublisher) {
		String oldPublisher = publisher;
		publisher = newPublisher;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.REPORT__PUBLISHER, oldPublisher, publisher));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublished() {
		return published;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublished(String newPublished) {
		String oldPublished = published;
		published = newPublished;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.REPORT__PUBLISHED, oldPublished, published));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentKind getDocumentKind() {
		return documentKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentKind(DocumentKind newDocumentKind) {
		DocumentKind oldDocumentKind = documentKind;
		documentKind = newDocumentKind == null ? DOCUMENT_KIND_EDEFAULT : newDocumentKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.REPORT__DOCUMENT_KIND, oldDocumentKind, documentKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ReportStatus newStatus) {
		ReportStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.REPORT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Source getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSource(Source newSource, NotificationChain msgs) {
		Source oldSource = source;
		source = newSource;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ReportbankPackage.REPORT__SOURCE, oldSource, newSource);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Source newSource) {
		if (newSource != source) {
			NotificationChain msgs = null;
			if (source != null)
				msgs = ((InternalEObject)source).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ReportbankPackage.REPORT__SOURCE, null, msgs);
			if (newSource != null)
				msgs = ((InternalEObject)newSource).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ReportbankPackage.REPORT__SOURCE, null, msgs);
			msgs = basicSetSource(newSource, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.REPORT__SOURCE, newSource, newSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MetadataEntry> getMetadata() {
		if (metadata == null) {
			metadata = new EObjectContainmentEList<MetadataEntry>(MetadataEntry.class, this, ReportbankPackage.REPORT__METADATA);
		}
		return metadata;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FieldSource> getFieldSources() {
		if (fieldSources == null) {
			fieldSources = new EObjectContainmentEList<FieldSource>(FieldSource.class, this, ReportbankPackage.REPORT__FIELD_SOURCES);
		}
		return fieldSources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.REPORT__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Normalization> getNormalizations() {
		if (normalizations == null) {
			normalizations = new EObjectContainmentEList<Normalization>(Normalization.class, this, ReportbankPackage.REPORT__NORMALIZATIONS);
		}
		return normalizations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Section> getSections() {
		if (sections == null) {
			sections = new EObjectContainmentEList<Section>(Section.class, this, ReportbankPackage.REPORT__SECTIONS);
		}
		return sections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Layer> getLayers() {
		if (layers == null) {
			layers = new EObjectContainmentEList<Layer>(Layer.class, this, ReportbankPackage.REPORT__LAYERS);
		}
		return layers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ReportbankPackage.REPORT__SOURCE:
				return basicSetSource(null, msgs);
			case ReportbankPackage.REPORT__METADATA:
				return ((InternalEList<?>)getMetadata()).basicRemove(otherEnd, msgs);
			case ReportbankPackage.REPORT__FIELD_SOURCES:
				return ((InternalEList<?>)getFieldSources()).basicRemove(otherEnd, msgs);
			case ReportbankPackage.REPORT__NORMALIZATIONS:
				return ((InternalEList<?>)getNormalizations()).basicRemove(otherEnd, msgs);
			case ReportbankPackage.REPORT__SECTIONS:
				return ((InternalEList<?>)getSections()).basicRemove(otherEnd, msgs);
			case ReportbankPackage.REPORT__LAYERS:
				return ((InternalEList<?>)getLayers()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ReportbankPackage.REPORT__ID:
				return getId();
			case ReportbankPackage.REPORT__TITLE:
				return getTitle();
			case ReportbankPackage.REPORT__REGION:
				return getRegion();
			case ReportbankPackage.REPORT__YEAR:
				return getYear();
			case ReportbankPackage.REPORT__PUBLISHER:
				return getPublisher();
			case ReportbankPackage.REPORT__PUBLISHED:
				return getPublished();
			case ReportbankPackage.REPORT__DOCUMENT_KIND:
				return getDocumentKind();
			case ReportbankPackage.REPORT__STATUS:
				return getStatus();
			case ReportbankPackage.REPORT__SOURCE:
				return getSource();
			case ReportbankPackage.REPORT__METADATA:
				return getMetadata();
			case ReportbankPackage.REPORT__FIELD_SOURCES:
				return getFieldSources();
			case ReportbankPackage.REPORT__TEXT:
				return getText();
			case ReportbankPackage.REPORT__NORMALIZATIONS:
				return getNormalizations();
			case ReportbankPackage.REPORT__SECTIONS:
				return getSections();
			case ReportbankPackage.REPORT__LAYERS:
				return getLayers();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ReportbankPackage.REPORT__ID:
				setId((String)newValue);
				return;
			case ReportbankPackage.REPORT__TITLE:
				setTitle((String)newValue);
				return;
			case ReportbankPackage.REPORT__REGION:
				setRegion((String)newValue);
				return;
			case ReportbankPackage.REPORT__YEAR:
				setYear((Integer)newValue);
				return;
			case ReportbankPackage.REPORT__PUBLISHER:
				setPublisher((String)newValue);
				return;
			case ReportbankPackage.REPORT__PUBLISHED:
				setPublished((String)newValue);
				return;
			case ReportbankPackage.REPORT__DOCUMENT_KIND:
				setDocumentKind((DocumentKind)newValue);
				return;
			case ReportbankPackage.REPORT__STATUS:
				setStatus((ReportStatus)newValue);
				return;
			case ReportbankPackage.REPORT__SOURCE:
				setSource((Source)newValue);
				return;
			case ReportbankPackage.REPORT__METADATA:
				getMetadata().clear();
				getMetadata().addAll((Collection<? extends MetadataEntry>)newValue);
				return;
			case ReportbankPackage.REPORT__FIELD_SOURCES:
				getFieldSources().clear();
				getFieldSources().addAll((Collection<? extends FieldSource>)newValue);
				return;
			case ReportbankPackage.REPORT__TEXT:
				setText((String)newValue);
				return;
			case ReportbankPackage.REPORT__NORMALIZATIONS:
				getNormalizations().clear();
				getNormalizations().addAll((Collection<? extends Normalization>)newValue);
				return;
			case ReportbankPackage.REPORT__SECTIONS:
				getSections().clear();
				getSections().addAll((Collection<? extends Section>)newValue);
				return;
			case ReportbankPackage.REPORT__LAYERS:
				getLayers().clear();
				getLayers().addAll((Collection<? extends Layer>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ReportbankPackage.REPORT__ID:
				setId(ID_EDEFAULT);
				return;
			case ReportbankPackage.REPORT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ReportbankPackage.REPORT__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case ReportbankPackage.REPORT__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case ReportbankPackage.REPORT__PUBLISHER:
				setPublisher(PUBLISHER_EDEFAULT);
				return;
			case ReportbankPackage.REPORT__PUBLISHED:
				setPublished(PUBLISHED_EDEFAULT);
				return;
			case ReportbankPackage.REPORT__DOCUMENT_KIND:
				setDocumentKind(DOCUMENT_KIND_EDEFAULT);
				return;
			case ReportbankPackage.REPORT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ReportbankPackage.REPORT__SOURCE:
				setSource((Source)null);
				return;
			case ReportbankPackage.REPORT__METADATA:
				getMetadata().clear();
				return;
			case ReportbankPackage.REPORT__FIELD_SOURCES:
				getFieldSources().clear();
				return;
			case ReportbankPackage.REPORT__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case ReportbankPackage.REPORT__NORMALIZATIONS:
				getNormalizations().clear();
				return;
			case ReportbankPackage.REPORT__SECTIONS:
				getSections().clear();
				return;
			case ReportbankPackage.REPORT__LAYERS:
				getLayers().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ReportbankPackage.REPORT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ReportbankPackage.REPORT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ReportbankPackage.REPORT__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
			case ReportbankPackage.REPORT__YEAR:
				return YEAR_EDEFAULT == null ? year != null : !YEAR_EDEFAULT.equals(year);
			case ReportbankPackage.REPORT__PUBLISHER:
				return PUBLISHER_EDEFAULT == null ? publisher != null : !PUBLISHER_EDEFAULT.equals(publisher);
			case ReportbankPackage.REPORT__PUBLISHED:
				return PUBLISHED_EDEFAULT == null ? published != null : !PUBLISHED_EDEFAULT.equals(published);
			case ReportbankPackage.REPORT__DOCUMENT_KIND:
				return documentKind != DOCUMENT_KIND_EDEFAULT;
			case ReportbankPackage.REPORT__STATUS:
				return status != STATUS_EDEFAULT;
			case ReportbankPackage.REPORT__SOURCE:
				return source != null;
			case ReportbankPackage.REPORT__METADATA:
				return metadata != null && !metadata.isEmpty();
			case ReportbankPackage.REPORT__FIELD_SOURCES:
				return fieldSources != null && !fieldSources.isEmpty();
			case ReportbankPackage.REPORT__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case ReportbankPackage.REPORT__NORMALIZATIONS:
				return normalizations != null && !normalizations.isEmpty();
			case ReportbankPackage.REPORT__SECTIONS:
				return sections != null && !sections.isEmpty();
			case ReportbankPackage.REPORT__LAYERS:
				return layers != null && !layers.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", title: ");
		result.append(title);
		result.append(", region: ");
		result.append(region);
		result.append(", year: ");
		result.append(year);
		result.append(", publisher: ");
		result.append(publisher);
		result.append(", published: ");
		result.append(published);
		result.append(", documentKind: ");
		result.append(documentKind);
		result.append(", status: ");
		result.append(status);
		result.append(", text: ");
		result.append(text);
		result.append(')');
		return result.toString();
	}

} //ReportImpl
