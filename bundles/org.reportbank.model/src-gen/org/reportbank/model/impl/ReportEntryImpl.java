/**
 */
package org.reportbank.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.reportbank.model.DocumentKind;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportStatus;
import org.reportbank.model.ReportbankPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Report Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.reportbank.model.impl.ReportEntryImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.reportbank.model.impl.ReportEntryImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.reportbank.model.impl.ReportEntryImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.reportbank.model.impl.ReportEntryImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.reportbank.model.impl.ReportEntryImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.reportbank.model.impl.ReportEntryImpl#getDocumentKind <em>Document Kind</em>}</li>
 *   <li>{@link org.reportbank.model.impl.ReportEntryImpl#getSourceFile <em>Source File</em>}</li>
 *   <li>{@link org.reportbank.model.impl.ReportEntryImpl#getCharacters <em>Characters</em>}</li>
 *   <li>{@link org.reportbank.model.impl.ReportEntryImpl#getSectionCount <em>Section Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReportEntryImpl extends MinimalEObjectImpl.Container implements ReportEntry {
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
	 * The default value of the '{@link #getSourceFile() <em>Source File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFile()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceFile() <em>Source File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFile()
	 * @generated
	 * @ordered
	 */
	protected String sourceFile = SOURCE_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCharacters() <em>Characters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCharacters()
	 * @generated
	 * @ordered
	 */
	protected static final int CHARACTERS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCharacters() <em>Characters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCharacters()
	 * @generated
	 * @ordered
	 */
	protected int characters = CHARACTERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSectionCount() <em>Section Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectionCount()
	 * @generated
	 * @ordered
	 */
	protected static final int SECTION_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSectionCount() <em>Section Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectionCount()
	 * @generated
	 * @ordered
	 */
	protected int sectionCount = SECTION_COUNT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReportEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReportbankPackage.Literals.REPORT_ENTRY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.REPORT_ENTRY__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.REPORT_ENTRY__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.REPORT_ENTRY__REGION, oldRegion, region));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.REPORT_ENTRY__YEAR, oldYear, year));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.REPORT_ENTRY__STATUS, oldStatus, status));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.REPORT_ENTRY__DOCUMENT_KIND, oldDocumentKind, documentKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceFile() {
		return sourceFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceFile(String newSourceFile) {
		String oldSourceFile = sourceFile;
		sourceFile = newSourceFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.REPORT_ENTRY__SOURCE_FILE, oldSourceFile, sourceFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCharacters() {
		return characters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCharacters(int newCharacters) {
		int oldCharacters = characters;
		characters = newCharacters;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.REPORT_ENTRY__CHARACTERS, oldCharacters, characters));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSectionCount() {
		return sectionCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSectionCount(int newSectionCount) {
		int oldSectionCount = sectionCount;
		sectionCount = newSectionCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.REPORT_ENTRY__SECTION_COUNT, oldSectionCount, sectionCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ReportbankPackage.REPORT_ENTRY__ID:
				return getId();
			case ReportbankPackage.REPORT_ENTRY__TITLE:
				return getTitle();
			case ReportbankPackage.REPORT_ENTRY__REGION:
				return getRegion();
			case ReportbankPackage.REPORT_ENTRY__YEAR:
				return getYear();
			case ReportbankPackage.REPORT_ENTRY__STATUS:
				return getStatus();
			case ReportbankPackage.REPORT_ENTRY__DOCUMENT_KIND:
				return getDocumentKind();
			case ReportbankPackage.REPORT_ENTRY__SOURCE_FILE:
				return getSourceFile();
			case ReportbankPackage.REPORT_ENTRY__CHARACTERS:
				return getCharacters();
			case ReportbankPackage.REPORT_ENTRY__SECTION_COUNT:
				return getSectionCount();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ReportbankPackage.REPORT_ENTRY__ID:
				setId((String)newValue);
				return;
			case ReportbankPackage.REPORT_ENTRY__TITLE:
				setTitle((String)newValue);
				return;
			case ReportbankPackage.REPORT_ENTRY__REGION:
				setRegion((String)newValue);
				return;
			case ReportbankPackage.REPORT_ENTRY__YEAR:
				setYear((Integer)newValue);
				return;
			case ReportbankPackage.REPORT_ENTRY__STATUS:
				setStatus((ReportStatus)newValue);
				return;
			case ReportbankPackage.REPORT_ENTRY__DOCUMENT_KIND:
				setDocumentKind((DocumentKind)newValue);
				return;
			case ReportbankPackage.REPORT_ENTRY__SOURCE_FILE:
				setSourceFile((String)newValue);
				return;
			case ReportbankPackage.REPORT_ENTRY__CHARACTERS:
				setCharacters((Integer)newValue);
				return;
			case ReportbankPackage.REPORT_ENTRY__SECTION_COUNT:
				setSectionCount((Integer)newValue);
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
			case ReportbankPackage.REPORT_ENTRY__ID:
				setId(ID_EDEFAULT);
				return;
			case ReportbankPackage.REPORT_ENTRY__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ReportbankPackage.REPORT_ENTRY__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case ReportbankPackage.REPORT_ENTRY__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case ReportbankPackage.REPORT_ENTRY__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ReportbankPackage.REPORT_ENTRY__DOCUMENT_KIND:
				setDocumentKind(DOCUMENT_KIND_EDEFAULT);
				return;
			case ReportbankPackage.REPORT_ENTRY__SOURCE_FILE:
				setSourceFile(SOURCE_FILE_EDEFAULT);
				return;
			case ReportbankPackage.REPORT_ENTRY__CHARACTERS:
				setCharacters(CHARACTERS_EDEFAULT);
				return;
			case ReportbankPackage.REPORT_ENTRY__SECTION_COUNT:
				setSectionCount(SECTION_COUNT_EDEFAULT);
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
			case ReportbankPackage.REPORT_ENTRY__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ReportbankPackage.REPORT_ENTRY__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ReportbankPackage.REPORT_ENTRY__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
			case ReportbankPackage.REPORT_ENTRY__YEAR:
				return YEAR_EDEFAULT == null ? year != null : !YEAR_EDEFAULT.equals(year);
			case ReportbankPackage.REPORT_ENTRY__STATUS:
				return status != STATUS_EDEFAULT;
			case ReportbankPackage.REPORT_ENTRY__DOCUMENT_KIND:
				return documentKind != DOCUMENT_KIND_EDEFAULT;
			case ReportbankPackage.REPORT_ENTRY__SOURCE_FILE:
				return SOURCE_FILE_EDEFAULT == null ? sourceFile != null : !SOURCE_FILE_EDEFAULT.equals(sourceFile);
			case ReportbankPackage.REPORT_ENTRY__CHARACTERS:
				return characters != CHARACTERS_EDEFAULT;
			case ReportbankPackage.REPORT_ENTRY__SECTION_COUNT:
				return sectionCount != SECTION_COUNT_EDEFAULT;
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
		result.append(", status: ");
		result.append(status);
		result.append(", documentKind: ");
		result.append(documentKind);
		result.append(", sourceFile: ");
		result.append(sourceFile);
		result.append(", characters: ");
		result.append(characters);
		result.append(", sectionCount: ");
		result.append(sectionCount);
		result.append(')');
		return result.toString();
	}

} //ReportEntryImpl
