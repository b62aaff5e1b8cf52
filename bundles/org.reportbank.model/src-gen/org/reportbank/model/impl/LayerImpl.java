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

import org.reportbank.model.Check;
import org.reportbank.model.FieldDecision;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.ReportStatus;
import org.reportbank.model.ReportbankPackage;
import org.reportbank.model.Span;
import org.reportbank.model.Tokenization;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Layer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.reportbank.model.impl.LayerImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.reportbank.model.impl.LayerImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.reportbank.model.impl.LayerImpl#getAnnotator <em>Annotator</em>}</li>
 *   <li>{@link org.reportbank.model.impl.LayerImpl#getModified <em>Modified</em>}</li>
 *   <li>{@link org.reportbank.model.impl.LayerImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.reportbank.model.impl.LayerImpl#getSpans <em>Spans</em>}</li>
 *   <li>{@link org.reportbank.model.impl.LayerImpl#getChecks <em>Checks</em>}</li>
 *   <li>{@link org.reportbank.model.impl.LayerImpl#getTokenization <em>Tokenization</em>}</li>
 *   <li>{@link org.reportbank.model.impl.LayerImpl#getFieldDecisions <em>Field Decisions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LayerImpl extends MinimalEObjectImpl.Container implements Layer {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final LayerKind KIND_EDEFAULT = LayerKind.ANNOTATOR;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected LayerKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnnotator() <em>Annotator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotator()
	 * @generated
	 * @ordered
	 */
	protected static final String ANNOTATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnnotator() <em>Annotator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotator()
	 * @generated
	 * @ordered
	 */
	protected String annotator = ANNOTATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected static final String MODIFIED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected String modified = MODIFIED_EDEFAULT;

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
	 * The cached value of the '{@link #getSpans() <em>Spans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpans()
	 * @generated
	 * @ordered
	 */
	protected EList<Span> spans;

	/**
	 * The cached value of the '{@link #getChecks() <em>Checks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecks()
	 * @generated
	 * @ordered
	 */
	protected EList<Check> checks;

	/**
	 * The cached value of the '{@link #getTokenization() <em>Tokenization</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTokenization()
	 * @generated
	 * @ordered
	 */
	protected Tokenization tokenization;

	/**
	 * The cached value of the '{@link #getFieldDecisions() <em>Field Decisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldDecisions()
	 * @generated
	 * @ordered
	 */
	protected EList<FieldDecision> fieldDecisions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LayerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReportbankPackage.Literals.LAYER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.LAYER__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayerKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(LayerKind newKind) {
		LayerKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.LAYER__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnnotator() {
		return annotator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnotator(String newAnnotator) {
		String oldAnnotator = annotator;
		annotator = newAnnotator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.LAYER__ANNOTATOR, oldAnnotator, annotator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModified() {
		return modified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModified(String newModified) {
		String oldModified = modified;
		modified = newModified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.LAYER__MODIFIED, oldModified, modified));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.LAYER__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Span> getSpans() {
		if (spans == null) {
			spans = new EObjectContainmentEList<Span>(Span.class, this, ReportbankPackage.LAYER__SPANS);
		}
		return spans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Check> getChecks() {
		if (checks == null) {
			checks = new EObjectContainmentEList<Check>(Check.class, this, ReportbankPackage.LAYER__CHECKS);
		}
		return checks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tokenization getTokenization() {
		return tokenization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTokenization(Tokenization newTokenization, NotificationChain msgs) {
		Tokenization oldTokenization = tokenization;
		tokenization = newTokenization;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ReportbankPackage.LAYER__TOKENIZATION, oldTokenization, newTokenization);
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
	public void setTokenization(Tokenization newTokenization) {
		if (newTokenization != tokenization) {
			NotificationChain msgs = null;
			if (tokenization != null)
				msgs = ((InternalEObject)tokenization).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ReportbankPackage.LAYER__TOKENIZATION, null, msgs);
			if (newTokenization != null)
				msgs = ((InternalEObject)newTokenization).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ReportbankPackage.LAYER__TOKENIZATION, null, msgs);
			msgs = basicSetTokenization(newTokenization, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.LAYER__TOKENIZATION, newTokenization, newTokenization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FieldDecision> getFieldDecisions() {
		if (fieldDecisions == null) {
			fieldDecisions = new EObjectContainmentEList<FieldDecision>(FieldDecision.class, this, ReportbankPackage.LAYER__FIELD_DECISIONS);
		}
		return fieldDecisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ReportbankPackage.LAYER__SPANS:
				return ((InternalEList<?>)getSpans()).basicRemove(otherEnd, msgs);
			case ReportbankPackage.LAYER__CHECKS:
				return ((InternalEList<?>)getChecks()).basicRemove(otherEnd, msgs);
			case ReportbankPackage.LAYER__TOKENIZATION:
				return basicSetTokenization(null, msgs);
			case ReportbankPackage.LAYER__FIELD_DECISIONS:
				return ((InternalEList<?>)getFieldDecisions()).basicRemove(otherEnd, msgs);
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
			case ReportbankPackage.LAYER__ID:
				return getId();
			case ReportbankPackage.LAYER__KIND:
				return getKind();
			case ReportbankPackage.LAYER__ANNOTATOR:
				return getAnnotator();
			case ReportbankPackage.LAYER__MODIFIED:
				return getModified();
			case ReportbankPackage.LAYER__STATUS:
				return getStatus();
			case ReportbankPackage.LAYER__SPANS:
				return getSpans();
			case ReportbankPackage.LAYER__CHECKS:
				return getChecks();
			case ReportbankPackage.LAYER__TOKENIZATION:
				return getTokenization();
			case ReportbankPackage.LAYER__FIELD_DECISIONS:
				return getFieldDecisions();
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
			case ReportbankPackage.LAYER__ID:
				setId((String)newValue);
				return;
			case ReportbankPackage.LAYER__KIND:
				setKind((LayerKind)newValue);
				return;
			case ReportbankPackage.LAYER__ANNOTATOR:
				setAnnotator((String)newValue);
				return;
			case ReportbankPackage.LAYER__MODIFIED:
				setModified((String)newValue);
				return;
			case ReportbankPackage.LAYER__STATUS:
				setStatus((ReportStatus)newValue);
				return;
			case ReportbankPackage.LAYER__SPANS:
				getSpans().clear();
				getSpans().addAll((Collection<? extends Span>)newValue);
				return;
			case ReportbankPackage.LAYER__CHECKS:
				getChecks().clear();
				getChecks().addAll((Collection<? extends Check>)newValue);
				return;
			case ReportbankPackage.LAYER__TOKENIZATION:
				setTokenization((Tokenization)newValue);
				return;
			case ReportbankPackage.LAYER__FIELD_DECISIONS:
				getFieldDecisions().clear();
				getFieldDecisions().addAll((Collection<? extends FieldDecision>)newValue);
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
			case ReportbankPackage.LAYER__ID:
				setId(ID_EDEFAULT);
				return;
			case ReportbankPackage.LAYER__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ReportbankPackage.LAYER__ANNOTATOR:
				setAnnotator(ANNOTATOR_EDEFAULT);
				return;
			case ReportbankPackage.LAYER__MODIFIED:
				setModified(MODIFIED_EDEFAULT);
				return;
			case ReportbankPackage.LAYER__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ReportbankPackage.LAYER__SPANS:
				getSpans().clear();
				return;
			case ReportbankPackage.LAYER__CHECKS:
				getChecks().clear();
				return;
			case ReportbankPackage.LAYER__TOKENIZATION:
				setTokenization((Tokenization)null);
				return;
			case ReportbankPackage.LAYER__FIELD_DECISIONS:
				getFieldDecisions().clear();
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
			case ReportbankPackage.LAYER__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ReportbankPackage.LAYER__KIND:
				return kind != KIND_EDEFAULT;
			case ReportbankPackage.LAYER__ANNOTATOR:
				return ANNOTATOR_EDEFAULT == null ? annotator != null : !ANNOTATOR_EDEFAULT.equals(annotator);
			case ReportbankPackage.LAYER__MODIFIED:
				return MODIFIED_EDEFAULT == null ? modified != null : !MODIFIED_EDEFAULT.equals(modified);
			case ReportbankPackage.LAYER__STATUS:
				return status != STATUS_EDEFAULT;
			case ReportbankPackage.LAYER__SPANS:
				return spans != null && !spans.isEmpty();
			case ReportbankPackage.LAYER__CHECKS:
				return checks != null && !checks.isEmpty();
			case ReportbankPackage.LAYER__TOKENIZATION:
				return tokenization != null;
			case ReportbankPackage.LAYER__FIELD_DECISIONS:
				return fieldDecisions != null && !fieldDecisions.isEmpty();
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
		result.append(", kind: ");
		result.append(kind);
		result.append(", annotator: ");
		result.append(annotator);
		result.append(", modified: ");
		result.append(modified);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //LayerImpl
