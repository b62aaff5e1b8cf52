/**
 */
package org.reportbank.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.reportbank.model.FieldDecision;
import org.reportbank.model.FieldDecisionStatus;
import org.reportbank.model.ReportbankPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Field Decision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.reportbank.model.impl.FieldDecisionImpl#getField <em>Field</em>}</li>
 *   <li>{@link org.reportbank.model.impl.FieldDecisionImpl#getSuggested <em>Suggested</em>}</li>
 *   <li>{@link org.reportbank.model.impl.FieldDecisionImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.reportbank.model.impl.FieldDecisionImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FieldDecisionImpl extends MinimalEObjectImpl.Container implements FieldDecision {
	/**
	 * The default value of the '{@link #getField() <em>Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getField()
	 * @generated
	 * @ordered
	 */
	protected static final String FIELD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getField() <em>Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getField()
	 * @generated
	 * @ordered
	 */
	protected String field = FIELD_EDEFAULT;

	/**
	 * The default value of the '{@link #getSuggested() <em>Suggested</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuggested()
	 * @generated
	 * @ordered
	 */
	protected static final String SUGGESTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSuggested() <em>Suggested</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuggested()
	 * @generated
	 * @ordered
	 */
	protected String suggested = SUGGESTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final String VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected String value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final FieldDecisionStatus STATUS_EDEFAULT = FieldDecisionStatus.ACCEPTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected FieldDecisionStatus status = STATUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FieldDecisionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReportbankPackage.Literals.FIELD_DECISION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getField() {
		return field;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setField(String newField) {
		String oldField = field;
		field = newField;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.FIELD_DECISION__FIELD, oldField, field));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSuggested() {
		return suggested;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuggested(String newSuggested) {
		String oldSuggested = suggested;
		suggested = newSuggested;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.FIELD_DECISION__SUGGESTED, oldSuggested, suggested));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(String newValue) {
		String oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.FIELD_DECISION__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FieldDecisionStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(FieldDecisionStatus newStatus) {
		FieldDecisionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.FIELD_DECISION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ReportbankPackage.FIELD_DECISION__FIELD:
				return getField();
			case ReportbankPackage.FIELD_DECISION__SUGGESTED:
				return getSuggested();
			case ReportbankPackage.FIELD_DECISION__VALUE:
				return getValue();
			case ReportbankPackage.FIELD_DECISION__STATUS:
				return getStatus();
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
			case ReportbankPackage.FIELD_DECISION__FIELD:
				setField((String)newValue);
				return;
			case ReportbankPackage.FIELD_DECISION__SUGGESTED:
				setSuggested((String)newValue);
				return;
			case ReportbankPackage.FIELD_DECISION__VALUE:
				setValue((String)newValue);
				return;
			case ReportbankPackage.FIELD_DECISION__STATUS:
				setStatus((FieldDecisionStatus)newValue);
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
			case ReportbankPackage.FIELD_DECISION__FIELD:
				setField(FIELD_EDEFAULT);
				return;
			case ReportbankPackage.FIELD_DECISION__SUGGESTED:
				setSuggested(SUGGESTED_EDEFAULT);
				return;
			case ReportbankPackage.FIELD_DECISION__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case ReportbankPackage.FIELD_DECISION__STATUS:
				setStatus(STATUS_EDEFAULT);
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
			case ReportbankPackage.FIELD_DECISION__FIELD:
				return FIELD_EDEFAULT == null ? field != null : !FIELD_EDEFAULT.equals(field);
			case ReportbankPackage.FIELD_DECISION__SUGGESTED:
				return SUGGESTED_EDEFAULT == null ? suggested != null : !SUGGESTED_EDEFAULT.equals(suggested);
			case ReportbankPackage.FIELD_DECISION__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case ReportbankPackage.FIELD_DECISION__STATUS:
				return status != STATUS_EDEFAULT;
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
		result.append(" (field: ");
		result.append(field);
		result.append(", suggested: ");
		result.append(suggested);
		result.append(", value: ");
		result.append(value);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //FieldDecisionImpl
