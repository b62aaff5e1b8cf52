/**
 */
package org.reportbank.model.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.reportbank.model.Check;
import org.reportbank.model.CheckVerdict;
import org.reportbank.model.Metric;
import org.reportbank.model.ReportbankPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Check</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.reportbank.model.impl.CheckImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.reportbank.model.impl.CheckImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.reportbank.model.impl.CheckImpl#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.reportbank.model.impl.CheckImpl#getBegin <em>Begin</em>}</li>
 *   <li>{@link org.reportbank.model.impl.CheckImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.reportbank.model.impl.CheckImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link org.reportbank.model.impl.CheckImpl#getStated <em>Stated</em>}</li>
 *   <li>{@link org.reportbank.model.impl.CheckImpl#getRecomputed <em>Recomputed</em>}</li>
 *   <li>{@link org.reportbank.model.impl.CheckImpl#getMetrics <em>Metrics</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CheckImpl extends MinimalEObjectImpl.Container implements Check {
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
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected static final CheckVerdict VERDICT_EDEFAULT = CheckVerdict.CONSISTENT;

	/**
	 * The cached value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected CheckVerdict verdict = VERDICT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBegin() <em>Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBegin()
	 * @generated
	 * @ordered
	 */
	protected static final int BEGIN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBegin() <em>Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBegin()
	 * @generated
	 * @ordered
	 */
	protected int begin = BEGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final int END_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected int end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStated() <em>Stated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStated()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal STATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStated() <em>Stated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStated()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal stated = STATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecomputed() <em>Recomputed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecomputed()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal RECOMPUTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecomputed() <em>Recomputed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecomputed()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal recomputed = RECOMPUTED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMetrics() <em>Metrics</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetrics()
	 * @generated
	 * @ordered
	 */
	protected EList<Metric> metrics;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CheckImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReportbankPackage.Literals.CHECK;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.CHECK__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.CHECK__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CheckVerdict getVerdict() {
		return verdict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerdict(CheckVerdict newVerdict) {
		CheckVerdict oldVerdict = verdict;
		verdict = newVerdict == null ? VERDICT_EDEFAULT : newVerdict;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.CHECK__VERDICT, oldVerdict, verdict));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBegin() {
		return begin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBegin(int newBegin) {
		int oldBegin = begin;
		begin = newBegin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.CHECK__BEGIN, oldBegin, begin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(int newEnd) {
		int oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.CHECK__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.CHECK__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getStated() {
		return stated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStated(BigDecimal newStated) {
		BigDecimal oldStated = stated;
		stated = newStated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.CHECK__STATED, oldStated, stated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getRecomputed() {
		return recomputed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecomputed(BigDecimal newRecomputed) {
		BigDecimal oldRecomputed = recomputed;
		recomputed = newRecomputed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.CHECK__RECOMPUTED, oldRecomputed, recomputed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Metric> getMetrics() {
		if (metrics == null) {
			metrics = new EObjectResolvingEList<Metric>(Metric.class, this, ReportbankPackage.CHECK__METRICS);
		}
		return metrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ReportbankPackage.CHECK__ID:
				return getId();
			case ReportbankPackage.CHECK__KIND:
				return getKind();
			case ReportbankPackage.CHECK__VERDICT:
				return getVerdict();
			case ReportbankPackage.CHECK__BEGIN:
				return getBegin();
			case ReportbankPackage.CHECK__END:
				return getEnd();
			case ReportbankPackage.CHECK__MESSAGE:
				return getMessage();
			case ReportbankPackage.CHECK__STATED:
				return getStated();
			case ReportbankPackage.CHECK__RECOMPUTED:
				return getRecomputed();
			case ReportbankPackage.CHECK__METRICS:
				return getMetrics();
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
			case ReportbankPackage.CHECK__ID:
				setId((String)newValue);
				return;
			case ReportbankPackage.CHECK__KIND:
				setKind((String)newValue);
				return;
			case ReportbankPackage.CHECK__VERDICT:
				setVerdict((CheckVerdict)newValue);
				return;
			case ReportbankPackage.CHECK__BEGIN:
				setBegin((Integer)newValue);
				return;
			case ReportbankPackage.CHECK__END:
				setEnd((Integer)newValue);
				return;
			case ReportbankPackage.CHECK__MESSAGE:
				setMessage((String)newValue);
				return;
			case ReportbankPackage.CHECK__STATED:
				setStated((BigDecimal)newValue);
				return;
			case ReportbankPackage.CHECK__RECOMPUTED:
				setRecomputed((BigDecimal)newValue);
				return;
			case ReportbankPackage.CHECK__METRICS:
				getMetrics().clear();
				getMetrics().addAll((Collection<? extends Metric>)newValue);
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
			case ReportbankPackage.CHECK__ID:
				setId(ID_EDEFAULT);
				return;
			case ReportbankPackage.CHECK__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ReportbankPackage.CHECK__VERDICT:
				setVerdict(VERDICT_EDEFAULT);
				return;
			case ReportbankPackage.CHECK__BEGIN:
				setBegin(BEGIN_EDEFAULT);
				return;
			case ReportbankPackage.CHECK__END:
				setEnd(END_EDEFAULT);
				return;
			case ReportbankPackage.CHECK__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case ReportbankPackage.CHECK__STATED:
				setStated(STATED_EDEFAULT);
				return;
			case ReportbankPackage.CHECK__RECOMPUTED:
				setRecomputed(RECOMPUTED_EDEFAULT);
				return;
			case ReportbankPackage.CHECK__METRICS:
				getMetrics().clear();
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
			case ReportbankPackage.CHECK__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ReportbankPackage.CHECK__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case ReportbankPackage.CHECK__VERDICT:
				return verdict != VERDICT_EDEFAULT;
			case ReportbankPackage.CHECK__BEGIN:
				return begin != BEGIN_EDEFAULT;
			case ReportbankPackage.CHECK__END:
				return end != END_EDEFAULT;
			case ReportbankPackage.CHECK__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case ReportbankPackage.CHECK__STATED:
				return STATED_EDEFAULT == null ? stated != null : !STATED_EDEFAULT.equals(stated);
			case ReportbankPackage.CHECK__RECOMPUTED:
				return RECOMPUTED_EDEFAULT == null ? recomputed != null : !RECOMPUTED_EDEFAULT.equals(recomputed);
			case ReportbankPackage.CHECK__METRICS:
				return metrics != null && !metrics.isEmpty();
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
		result.append(", verdict: ");
		result.append(verdict);
		result.append(", begin: ");
		result.append(begin);
		result.append(", end: ");
		result.append(end);
		result.append(", message: ");
		result.append(message);
		result.append(", stated: ");
		result.append(stated);
		result.append(", recomputed: ");
		result.append(recomputed);
		result.append(')');
		return result.toString();
	}

} //CheckImpl
