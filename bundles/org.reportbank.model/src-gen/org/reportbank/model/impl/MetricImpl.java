/**
 */
package org.reportbank.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.reportbank.model.Metric;
import org.reportbank.model.MetricKind;
import org.reportbank.model.ReportbankPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Metric</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.reportbank.model.impl.MetricImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.reportbank.model.impl.MetricImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.reportbank.model.impl.MetricImpl#isApproximate <em>Approximate</em>}</li>
 *   <li>{@link org.reportbank.model.impl.MetricImpl#getQualifier <em>Qualifier</em>}</li>
 *   <li>{@link org.reportbank.model.impl.MetricImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.reportbank.model.impl.MetricImpl#getNormalizedValue <em>Normalized Value</em>}</li>
 *   <li>{@link org.reportbank.model.impl.MetricImpl#getNormalizedUnit <em>Normalized Unit</em>}</li>
 *   <li>{@link org.reportbank.model.impl.MetricImpl#getIndicator <em>Indicator</em>}</li>
 *   <li>{@link org.reportbank.model.impl.MetricImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.reportbank.model.impl.MetricImpl#getComparison <em>Comparison</em>}</li>
 *   <li>{@link org.reportbank.model.impl.MetricImpl#getUpperValue <em>Upper Value</em>}</li>
 *   <li>{@link org.reportbank.model.impl.MetricImpl#getNormalizedUpperValue <em>Normalized Upper Value</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MetricImpl extends SpanImpl implements Metric {
	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #isApproximate() <em>Approximate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isApproximate()
	 * @generated
	 * @ordered
	 */
	protected static final boolean APPROXIMATE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isApproximate() <em>Approximate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isApproximate()
	 * @generated
	 * @ordered
	 */
	protected boolean approximate = APPROXIMATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getQualifier() <em>Qualifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQualifier()
	 * @generated
	 * @ordered
	 */
	protected static final String QUALIFIER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQualifier() <em>Qualifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQualifier()
	 * @generated
	 * @ordered
	 */
	protected String qualifier = QUALIFIER_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final MetricKind KIND_EDEFAULT = MetricKind.COUNT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected MetricKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getNormalizedValue() <em>Normalized Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalizedValue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal NORMALIZED_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNormalizedValue() <em>Normalized Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalizedValue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal normalizedValue = NORMALIZED_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNormalizedUnit() <em>Normalized Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalizedUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String NORMALIZED_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNormalizedUnit() <em>Normalized Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalizedUnit()
	 * @generated
	 * @ordered
	 */
	protected String normalizedUnit = NORMALIZED_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getIndicator() <em>Indicator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicator()
	 * @generated
	 * @ordered
	 */
	protected static final String INDICATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIndicator() <em>Indicator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicator()
	 * @generated
	 * @ordered
	 */
	protected String indicator = INDICATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final String PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected String period = PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getComparison() <em>Comparison</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparison()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPARISON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComparison() <em>Comparison</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparison()
	 * @generated
	 * @ordered
	 */
	protected String comparison = COMPARISON_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpperValue() <em>Upper Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpperValue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal UPPER_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUpperValue() <em>Upper Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpperValue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal upperValue = UPPER_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNormalizedUpperValue() <em>Normalized Upper Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalizedUpperValue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal NORMALIZED_UPPER_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNormalizedUpperValue() <em>Normalized Upper Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalizedUpperValue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal normalizedUpperValue = NORMALIZED_UPPER_VALUE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MetricImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReportbankPackage.Literals.METRIC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(BigDecimal newValue) {
		BigDecimal oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.METRIC__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.METRIC__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isApproximate() {
		return approximate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApproximate(boolean newApproximate) {
		boolean oldApproximate = approximate;
		approximate = newApproximate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.METRIC__APPROXIMATE, oldApproximate, approximate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQualifier() {
		return qualifier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQualifier(String newQualifier) {
		String oldQualifier = qualifier;
		qualifier = newQualifier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.METRIC__QUALIFIER, oldQualifier, qualifier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetricKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(MetricKind newKind) {
		MetricKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.METRIC__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getNormalizedValue() {
		return normalizedValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNormalizedValue(BigDecimal newNormalizedValue) {
		BigDecimal oldNormalizedValue = normalizedValue;
		normalizedValue = newNormalizedValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.METRIC__NORMALIZED_VALUE, oldNormalizedValue, normalizedValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNormalizedUnit() {
		return normalizedUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNormalizedUnit(String newNormalizedUnit) {
		String oldNormalizedUnit = normalizedUnit;
		normalizedUnit = newNormalizedUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.METRIC__NORMALIZED_UNIT, oldNormalizedUnit, normalizedUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIndicator() {
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndicator(String newIndicator) {
		String oldIndicator = indicator;
		indicator = newIndicator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.METRIC__INDICATOR, oldIndicator, indicator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPeriod() {
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriod(String newPeriod) {
		String oldPeriod = period;
		period = newPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.METRIC__PERIOD, oldPeriod, period));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComparison() {
		return comparison;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComparison(String newComparison) {
		String oldComparison = comparison;
		comparison = newComparison;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.METRIC__COMPARISON, oldComparison, comparison));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getUpperValue() {
		return upperValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpperValue(BigDecimal newUpperValue) {
		BigDecimal oldUpperValue = upperValue;
		upperValue = newUpperValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.METRIC__UPPER_VALUE, oldUpperValue, upperValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getNormalizedUpperValue() {
		return normalizedUpperValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNormalizedUpperValue(BigDecimal newNormalizedUpperValue) {
		BigDecimal oldNormalizedUpperValue = normalizedUpperValue;
		normalizedUpperValue = newNormalizedUpperValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.METRIC__NORMALIZED_UPPER_VALUE, oldNormalizedUpperValue, normalizedUpperValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ReportbankPackage.METRIC__VALUE:
				return getValue();
			case ReportbankPackage.METRIC__UNIT:
				return getUnit();
			case ReportbankPackage.METRIC__APPROXIMATE:
				return isApproximate();
			case ReportbankPackage.METRIC__QUALIFIER:
				return getQualifier();
			case ReportbankPackage.METRIC__KIND:
				return getKind();
			case ReportbankPackage.METRIC__NORMALIZED_VALUE:
				return getNormalizedValue();
			case ReportbankPackage.METRIC__NORMALIZED_UNIT:
				return getNormalizedUnit();
			case ReportbankPackage.METRIC__INDICATOR:
				return getIndicator();
			case ReportbankPackage.METRIC__PERIOD:
				return getPeriod();
			case ReportbankPackage.METRIC__COMPARISON:
				return getComparison();
			case ReportbankPackage.METRIC__UPPER_VALUE:
				return getUpperValue();
			case ReportbankPackage.METRIC__NORMALIZED_UPPER_VALUE:
				return getNormalizedUpperValue();
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
			case ReportbankPackage.METRIC__VALUE:
				setValue((BigDecimal)newValue);
				return;
			case ReportbankPackage.METRIC__UNIT:
				setUnit((String)newValue);
				return;
			case ReportbankPackage.METRIC__APPROXIMATE:
				setApproximate((Boolean)newValue);
				return;
			case ReportbankPackage.METRIC__QUALIFIER:
				setQualifier((String)newValue);
				return;
			case ReportbankPackage.METRIC__KIND:
				setKind((MetricKind)newValue);
				return;
			case ReportbankPackage.METRIC__NORMALIZED_VALUE:
				setNormalizedValue((BigDecimal)newValue);
				return;
			case ReportbankPackage.METRIC__NORMALIZED_UNIT:
				setNormalizedUnit((String)newValue);
				return;
			case ReportbankPackage.METRIC__INDICATOR:
				setIndicator((String)newValue);
				return;
			case ReportbankPackage.METRIC__PERIOD:
				setPeriod((String)newValue);
				return;
			case ReportbankPackage.METRIC__COMPARISON:
				setComparison((String)newValue);
				return;
			case ReportbankPackage.METRIC__UPPER_VALUE:
				setUpperValue((BigDecimal)newValue);
				return;
			case ReportbankPackage.METRIC__NORMALIZED_UPPER_VALUE:
				setNormalizedUpperValue((BigDecimal)newValue);
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
			case ReportbankPackage.METRIC__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case ReportbankPackage.METRIC__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case ReportbankPackage.METRIC__APPROXIMATE:
				setApproximate(APPROXIMATE_EDEFAULT);
				return;
			case ReportbankPackage.METRIC__QUALIFIER:
				setQualifier(QUALIFIER_EDEFAULT);
				return;
			case ReportbankPackage.METRIC__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ReportbankPackage.METRIC__NORMALIZED_VALUE:
				setNormalizedValue(NORMALIZED_VALUE_EDEFAULT);
				return;
			case ReportbankPackage.METRIC__NORMALIZED_UNIT:
				setNormalizedUnit(NORMALIZED_UNIT_EDEFAULT);
				return;
			case ReportbankPackage.METRIC__INDICATOR:
				setIndicator(INDICATOR_EDEFAULT);
				return;
			case ReportbankPackage.METRIC__PERIOD:
				setPeriod(PERIOD_EDEFAULT);
				return;
			case ReportbankPackage.METRIC__COMPARISON:
				setComparison(COMPARISON_EDEFAULT);
				return;
			case ReportbankPackage.METRIC__UPPER_VALUE:
				setUpperValue(UPPER_VALUE_EDEFAULT);
				return;
			case ReportbankPackage.METRIC__NORMALIZED_UPPER_VALUE:
				setNormalizedUpperValue(NORMALIZED_UPPER_VALUE_EDEFAULT);
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
			case ReportbankPackage.METRIC__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case ReportbankPackage.METRIC__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case ReportbankPackage.METRIC__APPROXIMATE:
				return approximate != APPROXIMATE_EDEFAULT;
			case ReportbankPackage.METRIC__QUALIFIER:
				return QUALIFIER_EDEFAULT == null ? qualifier != null : !QUALIFIER_EDEFAULT.equals(qualifier);
			case ReportbankPackage.METRIC__KIND:
				return kind != KIND_EDEFAULT;
			case ReportbankPackage.METRIC__NORMALIZED_VALUE:
				return NORMALIZED_VALUE_EDEFAULT == null ? normalizedValue != null : !NORMALIZED_VALUE_EDEFAULT.equals(normalizedValue);
			case ReportbankPackage.METRIC__NORMALIZED_UNIT:
				return NORMALIZED_UNIT_EDEFAULT == null ? normalizedUnit != null : !NORMALIZED_UNIT_EDEFAULT.equals(normalizedUnit);
			case ReportbankPackage.METRIC__INDICATOR:
				return INDICATOR_EDEFAULT == null ? indicator != null : !INDICATOR_EDEFAULT.equals(indicator);
			case ReportbankPackage.METRIC__PERIOD:
				return PERIOD_EDEFAULT == null ? period != null : !PERIOD_EDEFAULT.equals(period);
			case ReportbankPackage.METRIC__COMPARISON:
				return COMPARISON_EDEFAULT == null ? comparison != null : !COMPARISON_EDEFAULT.equals(comparison);
			case ReportbankPackage.METRIC__UPPER_VALUE:
				return UPPER_VALUE_EDEFAULT == null ? upperValue != null : !UPPER_VALUE_EDEFAULT.equals(upperValue);
			case ReportbankPackage.METRIC__NORMALIZED_UPPER_VALUE:
				return NORMALIZED_UPPER_VALUE_EDEFAULT == null ? normalizedUpperValue != null : !NORMALIZED_UPPER_VALUE_EDEFAULT.equals(normalizedUpperValue);
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
		result.append(" (value: ");
		result.append(value);
		result.append(", unit: ");
		result.append(unit);
		result.append(", approximate: ");
		result.append(approximate);
		result.append(", qualifier: ");
		result.append(qualifier);
		result.append(", kind: ");
		result.append(kind);
		result.append(", normalizedValue: ");
		result.append(normalizedValue);
		result.append(", normalizedUnit: ");
		result.append(normalizedUnit);
		result.append(", indicator: ");
		result.append(indicator);
		result.append(", period: ");
		result.append(period);
		result.append(", comparison: ");
		result.append(comparison);
		result.append(", upperValue: ");
		result.append(upperValue);
		result.append(", normalizedUpperValue: ");
		result.append(normalizedUpperValue);
		result.append(')');
		return result.toString();
	}

} //MetricImpl
