/**
 */
package org.reportbank.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.reportbank.model.ReportbankPackage;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Span</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.reportbank.model.impl.SpanImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.reportbank.model.impl.SpanImpl#getBegin <em>Begin</em>}</li>
 *   <li>{@link org.reportbank.model.impl.SpanImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.reportbank.model.impl.SpanImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.reportbank.model.impl.SpanImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.reportbank.model.impl.SpanImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.reportbank.model.impl.SpanImpl#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link org.reportbank.model.impl.SpanImpl#getAnnotator <em>Annotator</em>}</li>
 *   <li>{@link org.reportbank.model.impl.SpanImpl#getTool <em>Tool</em>}</li>
 *   <li>{@link org.reportbank.model.impl.SpanImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.reportbank.model.impl.SpanImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.reportbank.model.impl.SpanImpl#getBasedOn <em>Based On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SpanImpl extends MinimalEObjectImpl.Container implements Span {
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
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final SpanOrigin ORIGIN_EDEFAULT = SpanOrigin.HUMAN;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected SpanOrigin origin = ORIGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final SpanStatus STATUS_EDEFAULT = SpanStatus.SUGGESTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected SpanStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected static final double CONFIDENCE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected double confidence = CONFIDENCE_EDEFAULT;

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
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<String> sources;

	/**
	 * The default value of the '{@link #getBasedOn() <em>Based On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasedOn()
	 * @generated
	 * @ordered
	 */
	protected static final String BASED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBasedOn() <em>Based On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasedOn()
	 * @generated
	 * @ordered
	 */
	protected String basedOn = BASED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SpanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReportbankPackage.Literals.SPAN;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.SPAN__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.SPAN__BEGIN, oldBegin, begin));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.SPAN__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.SPAN__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpanOrigin getOrigin() {
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(SpanOrigin newOrigin) {
		SpanOrigin oldOrigin = origin;
		origin = newOrigin == null ? ORIGIN_EDEFAULT : newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.SPAN__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpanStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(SpanStatus newStatus) {
		SpanStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.SPAN__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getConfidence() {
		return confidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidence(double newConfidence) {
		double oldConfidence = confidence;
		confidence = newConfidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.SPAN__CONFIDENCE, oldConfidence, confidence));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.SPAN__ANNOTATOR, oldAnnotator, annotator));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.SPAN__TOOL, oldTool, tool));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.SPAN__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSources() {
		if (sources == null) {
			sources = new EDataTypeUniqueEList<String>(String.class, this, ReportbankPackage.SPAN__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBasedOn() {
		return basedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBasedOn(String newBasedOn) {
		String oldBasedOn = basedOn;
		basedOn = newBasedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.SPAN__BASED_ON, oldBasedOn, basedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ReportbankPackage.SPAN__ID:
				return getId();
			case ReportbankPackage.SPAN__BEGIN:
				return getBegin();
			case ReportbankPackage.SPAN__END:
				return getEnd();
			case ReportbankPackage.SPAN__LABEL:
				return getLabel();
			case ReportbankPackage.SPAN__ORIGIN:
				return getOrigin();
			case ReportbankPackage.SPAN__STATUS:
				return getStatus();
			case ReportbankPackage.SPAN__CONFIDENCE:
				return getConfidence();
			case ReportbankPackage.SPAN__ANNOTATOR:
				return getAnnotator();
			case ReportbankPackage.SPAN__TOOL:
				return getTool();
			case ReportbankPackage.SPAN__NOTE:
				return getNote();
			case ReportbankPackage.SPAN__SOURCES:
				return getSources();
			case ReportbankPackage.SPAN__BASED_ON:
				return getBasedOn();
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
			case ReportbankPackage.SPAN__ID:
				setId((String)newValue);
				return;
			case ReportbankPackage.SPAN__BEGIN:
				setBegin((Integer)newValue);
				return;
			case ReportbankPackage.SPAN__END:
				setEnd((Integer)newValue);
				return;
			case ReportbankPackage.SPAN__LABEL:
				setLabel((String)newValue);
				return;
			case ReportbankPackage.SPAN__ORIGIN:
				setOrigin((SpanOrigin)newValue);
				return;
			case ReportbankPackage.SPAN__STATUS:
				setStatus((SpanStatus)newValue);
				return;
			case ReportbankPackage.SPAN__CONFIDENCE:
				setConfidence((Double)newValue);
				return;
			case ReportbankPackage.SPAN__ANNOTATOR:
				setAnnotator((String)newValue);
				return;
			case ReportbankPackage.SPAN__TOOL:
				setTool((String)newValue);
				return;
			case ReportbankPackage.SPAN__NOTE:
				setNote((String)newValue);
				return;
			case ReportbankPackage.SPAN__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends String>)newValue);
				return;
			case ReportbankPackage.SPAN__BASED_ON:
				setBasedOn((String)newValue);
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
			case ReportbankPackage.SPAN__ID:
				setId(ID_EDEFAULT);
				return;
			case ReportbankPackage.SPAN__BEGIN:
				setBegin(BEGIN_EDEFAULT);
				return;
			case ReportbankPackage.SPAN__END:
				setEnd(END_EDEFAULT);
				return;
			case ReportbankPackage.SPAN__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case ReportbankPackage.SPAN__ORIGIN:
				setOrigin(ORIGIN_EDEFAULT);
				return;
			case ReportbankPackage.SPAN__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ReportbankPackage.SPAN__CONFIDENCE:
				setConfidence(CONFIDENCE_EDEFAULT);
				return;
			case ReportbankPackage.SPAN__ANNOTATOR:
				setAnnotator(ANNOTATOR_EDEFAULT);
				return;
			case ReportbankPackage.SPAN__TOOL:
				setTool(TOOL_EDEFAULT);
				return;
			case ReportbankPackage.SPAN__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case ReportbankPackage.SPAN__SOURCES:
				getSources().clear();
				return;
			case ReportbankPackage.SPAN__BASED_ON:
				setBasedOn(BASED_ON_EDEFAULT);
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
			case ReportbankPackage.SPAN__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ReportbankPackage.SPAN__BEGIN:
				return begin != BEGIN_EDEFAULT;
			case ReportbankPackage.SPAN__END:
				return end != END_EDEFAULT;
			case ReportbankPackage.SPAN__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case ReportbankPackage.SPAN__ORIGIN:
				return origin != ORIGIN_EDEFAULT;
			case ReportbankPackage.SPAN__STATUS:
				return status != STATUS_EDEFAULT;
			case ReportbankPackage.SPAN__CONFIDENCE:
				return confidence != CONFIDENCE_EDEFAULT;
			case ReportbankPackage.SPAN__ANNOTATOR:
				return ANNOTATOR_EDEFAULT == null ? annotator != null : !ANNOTATOR_EDEFAULT.equals(annotator);
			case ReportbankPackage.SPAN__TOOL:
				return TOOL_EDEFAULT == null ? tool != null : !TOOL_EDEFAULT.equals(tool);
			case ReportbankPackage.SPAN__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case ReportbankPackage.SPAN__SOURCES:
				return sources != null && !sources.isEmpty();
			case ReportbankPackage.SPAN__BASED_ON:
				return BASED_ON_EDEFAULT == null ? basedOn != null : !BASED_ON_EDEFAULT.equals(basedOn);
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
		result.append(", begin: ");
		result.append(begin);
		result.append(", end: ");
		result.append(end);
		result.append(", label: ");
		result.append(label);
		result.append(", origin: ");
		result.append(origin);
		result.append(", status: ");
		result.append(status);
		result.append(", confidence: ");
		result.append(confidence);
		result.append(", annotator: ");
		result.append(annotator);
		result.append(", tool: ");
		result.append(tool);
		result.append(", note: ");
		result.append(note);
		result.append(", sources: ");
		result.append(sources);
		result.append(", basedOn: ");
		result.append(basedOn);
		result.append(')');
		return result.toString();
	}

} //SpanImpl
