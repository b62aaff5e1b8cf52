/**
 */
package org.reportbank.model;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Metric</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.reportbank.model.Metric#getValue <em>Value</em>}</li>
 *   <li>{@link org.reportbank.model.Metric#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.reportbank.model.Metric#isApproximate <em>Approximate</em>}</li>
 *   <li>{@link org.reportbank.model.Metric#getQualifier <em>Qualifier</em>}</li>
 *   <li>{@link org.reportbank.model.Metric#getKind <em>Kind</em>}</li>
 *   <li>{@link org.reportbank.model.Metric#getNormalizedValue <em>Normalized Value</em>}</li>
 *   <li>{@link org.reportbank.model.Metric#getNormalizedUnit <em>Normalized Unit</em>}</li>
 *   <li>{@link org.reportbank.model.Metric#getIndicator <em>Indicator</em>}</li>
 *   <li>{@link org.reportbank.model.Metric#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.reportbank.model.Metric#getComparison <em>Comparison</em>}</li>
 *   <li>{@link org.reportbank.model.Metric#getUpperValue <em>Upper Value</em>}</li>
 *   <li>{@link org.reportbank.model.Metric#getNormalizedUpperValue <em>Normalized Upper Value</em>}</li>
 * </ul>
 *
 * @see org.reportbank.model.ReportbankPackage#getMetric()
 * @model
 * @generated
 */
public interface Metric extends Span {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(BigDecimal)
	 * @see org.reportbank.model.ReportbankPackage#getMetric_Value()
	 * @model
	 * @generated
	 */
	BigDecimal getValue();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Metric#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.reportbank.model.ReportbankPackage#getMetric_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Metric#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Approximate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approximate</em>' attribute.
	 * @see #setApproximate(boolean)
	 * @see org.reportbank.model.ReportbankPackage#getMetric_Approximate()
	 * @model
	 * @generated
	 */
	boolean isApproximate();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Metric#isApproximate <em>Approximate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approximate</em>' attribute.
	 * @see #isApproximate()
	 * @generated
	 */
	void setApproximate(boolean value);

	/**
	 * Returns the value of the '<em><b>Qualifier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The word that makes the value approximate or a bound: 余, 近, 约, 超过, 以上.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Qualifier</em>' attribute.
	 * @see #setQualifier(String)
	 * @see org.reportbank.model.ReportbankPackage#getMetric_Qualifier()
	 * @model
	 * @generated
	 */
	String getQualifier();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Metric#getQualifier <em>Qualifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Qualifier</em>' attribute.
	 * @see #getQualifier()
	 * @generated
	 */
	void setQualifier(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.reportbank.model.MetricKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.reportbank.model.MetricKind
	 * @see #setKind(MetricKind)
	 * @see org.reportbank.model.ReportbankPackage#getMetric_Kind()
	 * @model
	 * @generated
	 */
	MetricKind getKind();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Metric#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.reportbank.model.MetricKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MetricKind value);

	/**
	 * Returns the value of the '<em><b>Normalized Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Normalized Value</em>' attribute.
	 * @see #setNormalizedValue(BigDecimal)
	 * @see org.reportbank.model.ReportbankPackage#getMetric_NormalizedValue()
	 * @model
	 * @generated
	 */
	BigDecimal getNormalizedValue();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Metric#getNormalizedValue <em>Normalized Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Normalized Value</em>' attribute.
	 * @see #getNormalizedValue()
	 * @generated
	 */
	void setNormalizedValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Normalized Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Normalized Unit</em>' attribute.
	 * @see #setNormalizedUnit(String)
	 * @see org.reportbank.model.ReportbankPackage#getMetric_NormalizedUnit()
	 * @model
	 * @generated
	 */
	String getNormalizedUnit();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Metric#getNormalizedUnit <em>Normalized Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Normalized Unit</em>' attribute.
	 * @see #getNormalizedUnit()
	 * @generated
	 */
	void setNormalizedUnit(String value);

	/**
	 * Returns the value of the '<em><b>Indicator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicator</em>' attribute.
	 * @see #setIndicator(String)
	 * @see org.reportbank.model.ReportbankPackage#getMetric_Indicator()
	 * @model
	 * @generated
	 */
	String getIndicator();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Metric#getIndicator <em>Indicator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicator</em>' attribute.
	 * @see #getIndicator()
	 * @generated
	 */
	void setIndicator(String value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #setPeriod(String)
	 * @see org.reportbank.model.ReportbankPackage#getMetric_Period()
	 * @model
	 * @generated
	 */
	String getPeriod();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Metric#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Comparison</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comparison</em>' attribute.
	 * @see #setComparison(String)
	 * @see org.reportbank.model.ReportbankPackage#getMetric_Comparison()
	 * @model
	 * @generated
	 */
	String getComparison();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Metric#getComparison <em>Comparison</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comparison</em>' attribute.
	 * @see #getComparison()
	 * @generated
	 */
	void setComparison(String value);

	/**
	 * Returns the value of the '<em><b>Upper Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a range (1-2部, 3至5个工作日): its high end, as written; value is then the low end. Null for a single value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Upper Value</em>' attribute.
	 * @see #setUpperValue(BigDecimal)
	 * @see org.reportbank.model.ReportbankPackage#getMetric_UpperValue()
	 * @model
	 * @generated
	 */
	BigDecimal getUpperValue();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Metric#getUpperValue <em>Upper Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Upper Value</em>' attribute.
	 * @see #getUpperValue()
	 * @generated
	 */
	void setUpperValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Normalized Upper Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The high end of a range in the normalized unit; null for a single value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Normalized Upper Value</em>' attribute.
	 * @see #setNormalizedUpperValue(BigDecimal)
	 * @see org.reportbank.model.ReportbankPackage#getMetric_NormalizedUpperValue()
	 * @model
	 * @generated
	 */
	BigDecimal getNormalizedUpperValue();

	/**
	 * Sets the value of the '{@link org.reportbank.model.Metric#getNormalizedUpperValue <em>Normalized Upper Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Normalized Upper Value</em>' attribute.
	 * @see #getNormalizedUpperValue()
	 * @generated
	 */
	void setNormalizedUpperValue(BigDecimal value);

} // Metric
