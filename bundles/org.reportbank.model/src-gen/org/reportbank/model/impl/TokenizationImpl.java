/**
 */
package org.reportbank.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.reportbank.model.ReportbankPackage;
import org.reportbank.model.Tokenization;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Tokenization</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.reportbank.model.impl.TokenizationImpl#getTool <em>Tool</em>}</li>
 *   <li>{@link org.reportbank.model.impl.TokenizationImpl#getLengths <em>Lengths</em>}</li>
 *   <li>{@link org.reportbank.model.impl.TokenizationImpl#getPartsOfSpeech <em>Parts Of Speech</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TokenizationImpl extends MinimalEObjectImpl.Container implements Tokenization {
	/**
	 * The default value of the '{@link #getTool() <em>Tool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTool()
	 * @generated
	 * @ordered
	 */
	protected static final String TOOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTool() <em>Tool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTool()
	 * @generated
	 * @ordered
	 */
	protected String tool = TOOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getLengths() <em>Lengths</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLengths()
	 * @generated
	 * @ordered
	 */
	protected static final String LENGTHS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLengths() <em>Lengths</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLengths()
	 * @generated
	 * @ordered
	 */
	protected String lengths = LENGTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPartsOfSpeech() <em>Parts Of Speech</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartsOfSpeech()
	 * @generated
	 * @ordered
	 */
	protected static final String PARTS_OF_SPEECH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPartsOfSpeech() <em>Parts Of Speech</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartsOfSpeech()
	 * @generated
	 * @ordered
	 */
	protected String partsOfSpeech = PARTS_OF_SPEECH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TokenizationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReportbankPackage.Literals.TOKENIZATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTool() {
		return tool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTool(String newTool) {
		String oldTool = tool;
		tool = newTool;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.TOKENIZATION__TOOL, oldTool, tool));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLengths() {
		return lengths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLengths(String newLengths) {
		String oldLengths = lengths;
		lengths = newLengths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.TOKENIZATION__LENGTHS, oldLengths, lengths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPartsOfSpeech() {
		return partsOfSpeech;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartsOfSpeech(String newPartsOfSpeech) {
		String oldPartsOfSpeech = partsOfSpeech;
		partsOfSpeech = newPartsOfSpeech;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.TOKENIZATION__PARTS_OF_SPEECH, oldPartsOfSpeech, partsOfSpeech));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ReportbankPackage.TOKENIZATION__TOOL:
				return getTool();
			case ReportbankPackage.TOKENIZATION__LENGTHS:
				return getLengths();
			case ReportbankPackage.TOKENIZATION__PARTS_OF_SPEECH:
				return getPartsOfSpeech();
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
			case ReportbankPackage.TOKENIZATION__TOOL:
				setTool((String)newValue);
				return;
			case ReportbankPackage.TOKENIZATION__LENGTHS:
				setLengths((String)newValue);
				return;
			case ReportbankPackage.TOKENIZATION__PARTS_OF_SPEECH:
				setPartsOfSpeech((String)newValue);
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
			case ReportbankPackage.TOKENIZATION__TOOL:
				setTool(TOOL_EDEFAULT);
				return;
			case ReportbankPackage.TOKENIZATION__LENGTHS:
				setLengths(LENGTHS_EDEFAULT);
				return;
			case ReportbankPackage.TOKENIZATION__PARTS_OF_SPEECH:
				setPartsOfSpeech(PARTS_OF_SPEECH_EDEFAULT);
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
			case ReportbankPackage.TOKENIZATION__TOOL:
				return TOOL_EDEFAULT == null ? tool != null : !TOOL_EDEFAULT.equals(tool);
			case ReportbankPackage.TOKENIZATION__LENGTHS:
				return LENGTHS_EDEFAULT == null ? lengths != null : !LENGTHS_EDEFAULT.equals(lengths);
			case ReportbankPackage.TOKENIZATION__PARTS_OF_SPEECH:
				return PARTS_OF_SPEECH_EDEFAULT == null ? partsOfSpeech != null : !PARTS_OF_SPEECH_EDEFAULT.equals(partsOfSpeech);
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
		result.append(" (tool: ");
		result.append(tool);
		result.append(", lengths: ");
		result.append(lengths);
		result.append(", partsOfSpeech: ");
		result.append(partsOfSpeech);
		result.append(')');
		return result.toString();
	}

} //TokenizationImpl
