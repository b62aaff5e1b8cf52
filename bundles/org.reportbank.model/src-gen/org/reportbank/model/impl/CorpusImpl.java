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

import org.reportbank.model.Annotator;
import org.reportbank.model.Corpus;
import org.reportbank.model.LabelSet;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportbankPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Corpus</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.reportbank.model.impl.CorpusImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.reportbank.model.impl.CorpusImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.reportbank.model.impl.CorpusImpl#getLabelSet <em>Label Set</em>}</li>
 *   <li>{@link org.reportbank.model.impl.CorpusImpl#getAnnotators <em>Annotators</em>}</li>
 *   <li>{@link org.reportbank.model.impl.CorpusImpl#getEntries <em>Entries</em>}</li>
 *   <li>{@link org.reportbank.model.impl.CorpusImpl#getAnnotatorsPerReport <em>Annotators Per Report</em>}</li>
 *   <li>{@link org.reportbank.model.impl.CorpusImpl#isOthersLayersVisible <em>Others Layers Visible</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CorpusImpl extends MinimalEObjectImpl.Container implements Corpus {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int FORMAT_VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected int formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLabelSet() <em>Label Set</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelSet()
	 * @generated
	 * @ordered
	 */
	protected LabelSet labelSet;

	/**
	 * The cached value of the '{@link #getAnnotators() <em>Annotators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotators()
	 * @generated
	 * @ordered
	 */
	protected EList<Annotator> annotators;

	/**
	 * The cached value of the '{@link #getEntries() <em>Entries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<ReportEntry> entries;

	/**
	 * The default value of the '{@link #getAnnotatorsPerReport() <em>Annotators Per Report</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotatorsPerReport()
	 * @generated
	 * @ordered
	 */
	protected static final int ANNOTATORS_PER_REPORT_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getAnnotatorsPerReport() <em>Annotators Per Report</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotatorsPerReport()
	 * @generated
	 * @ordered
	 */
	protected int annotatorsPerReport = ANNOTATORS_PER_REPORT_EDEFAULT;

	/**
	 * The default value of the '{@link #isOthersLayersVisible() <em>Others Layers Visible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOthersLayersVisible()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OTHERS_LAYERS_VISIBLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOthersLayersVisible() <em>Others Layers Visible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOthersLayersVisible()
	 * @generated
	 * @ordered
	 */
	protected boolean othersLayersVisible = OTHERS_LAYERS_VISIBLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CorpusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReportbankPackage.Literals.CORPUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.CORPUS__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(int newFormatVersion) {
		int oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.CORPUS__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelSet getLabelSet() {
		return labelSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLabelSet(LabelSet newLabelSet, NotificationChain msgs) {
		LabelSet oldLabelSet = labelSet;
		labelSet = newLabelSet;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ReportbankPackage.CORPUS__LABEL_SET, oldLabelSet, newLabelSet);
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
	public void setLabelSet(LabelSet newLabelSet) {
		if (newLabelSet != labelSet) {
			NotificationChain msgs = null;
			if (labelSet != null)
				msgs = ((InternalEObject)labelSet).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ReportbankPackage.CORPUS__LABEL_SET, null, msgs);
			if (newLabelSet != null)
				msgs = ((InternalEObject)newLabelSet).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ReportbankPackage.CORPUS__LABEL_SET, null, msgs);
			msgs = basicSetLabelSet(newLabelSet, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.CORPUS__LABEL_SET, newLabelSet, newLabelSet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotator> getAnnotators() {
		if (annotators == null) {
			annotators = new EObjectContainmentEList<Annotator>(Annotator.class, this, ReportbankPackage.CORPUS__ANNOTATORS);
		}
		return annotators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReportEntry> getEntries() {
		if (entries == null) {
			entries = new EObjectContainmentEList<ReportEntry>(ReportEntry.class, this, ReportbankPackage.CORPUS__ENTRIES);
		}
		return entries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAnnotatorsPerReport() {
		return annotatorsPerReport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnotatorsPerReport(int newAnnotatorsPerReport) {
		int oldAnnotatorsPerReport = annotatorsPerReport;
		annotatorsPerReport = newAnnotatorsPerReport;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.CORPUS__ANNOTATORS_PER_REPORT, oldAnnotatorsPerReport, annotatorsPerReport));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOthersLayersVisible() {
		return othersLayersVisible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOthersLayersVisible(boolean newOthersLayersVisible) {
		boolean oldOthersLayersVisible = othersLayersVisible;
		othersLayersVisible = newOthersLayersVisible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.CORPUS__OTHERS_LAYERS_VISIBLE, oldOthersLayersVisible, othersLayersVisible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ReportbankPackage.CORPUS__LABEL_SET:
				return basicSetLabelSet(null, msgs);
			case ReportbankPackage.CORPUS__ANNOTATORS:
				return ((InternalEList<?>)getAnnotators()).basicRemove(otherEnd, msgs);
			case ReportbankPackage.CORPUS__ENTRIES:
				return ((InternalEList<?>)getEntries()).basicRemove(otherEnd, msgs);
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
			case ReportbankPackage.CORPUS__NAME:
				return getName();
			case ReportbankPackage.CORPUS__FORMAT_VERSION:
				return getFormatVersion();
			case ReportbankPackage.CORPUS__LABEL_SET:
				return getLabelSet();
			case ReportbankPackage.CORPUS__ANNOTATORS:
				return getAnnotators();
			case ReportbankPackage.CORPUS__ENTRIES:
				return getEntries();
			case ReportbankPackage.CORPUS__ANNOTATORS_PER_REPORT:
				return getAnnotatorsPerReport();
			case ReportbankPackage.CORPUS__OTHERS_LAYERS_VISIBLE:
				return isOthersLayersVisible();
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
			case ReportbankPackage.CORPUS__NAME:
				setName((String)newValue);
				return;
			case ReportbankPackage.CORPUS__FORMAT_VERSION:
				setFormatVersion((Integer)newValue);
				return;
			case ReportbankPackage.CORPUS__LABEL_SET:
				setLabelSet((LabelSet)newValue);
				return;
			case ReportbankPackage.CORPUS__ANNOTATORS:
				getAnnotators().clear();
				getAnnotators().addAll((Collection<? extends Annotator>)newValue);
				return;
			case ReportbankPackage.CORPUS__ENTRIES:
				getEntries().clear();
				getEntries().addAll((Collection<? extends ReportEntry>)newValue);
				return;
			case ReportbankPackage.CORPUS__ANNOTATORS_PER_REPORT:
				setAnnotatorsPerReport((Integer)newValue);
				return;
			case ReportbankPackage.CORPUS__OTHERS_LAYERS_VISIBLE:
				setOthersLayersVisible((Boolean)newValue);
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
			case ReportbankPackage.CORPUS__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ReportbankPackage.CORPUS__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case ReportbankPackage.CORPUS__LABEL_SET:
				setLabelSet((LabelSet)null);
				return;
			case ReportbankPackage.CORPUS__ANNOTATORS:
				getAnnotators().clear();
				return;
			case ReportbankPackage.CORPUS__ENTRIES:
				getEntries().clear();
				return;
			case ReportbankPackage.CORPUS__ANNOTATORS_PER_REPORT:
				setAnnotatorsPerReport(ANNOTATORS_PER_REPORT_EDEFAULT);
				return;
			case ReportbankPackage.CORPUS__OTHERS_LAYERS_VISIBLE:
				setOthersLayersVisible(OTHERS_LAYERS_VISIBLE_EDEFAULT);
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
			case ReportbankPackage.CORPUS__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ReportbankPackage.CORPUS__FORMAT_VERSION:
				return formatVersion != FORMAT_VERSION_EDEFAULT;
			case ReportbankPackage.CORPUS__LABEL_SET:
				return labelSet != null;
			case ReportbankPackage.CORPUS__ANNOTATORS:
				return annotators != null && !annotators.isEmpty();
			case ReportbankPackage.CORPUS__ENTRIES:
				return entries != null && !entries.isEmpty();
			case ReportbankPackage.CORPUS__ANNOTATORS_PER_REPORT:
				return annotatorsPerReport != ANNOTATORS_PER_REPORT_EDEFAULT;
			case ReportbankPackage.CORPUS__OTHERS_LAYERS_VISIBLE:
				return othersLayersVisible != OTHERS_LAYERS_VISIBLE_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", formatVersion: ");
		result.append(formatVersion);
		result.append(", annotatorsPerReport: ");
		result.append(annotatorsPerReport);
		result.append(", othersLayersVisible: ");
		result.append(othersLayersVisible);
		result.append(')');
		return result.toString();
	}

} //CorpusImpl
