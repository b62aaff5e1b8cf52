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

import org.reportbank.model.ReportbankPackage;
import org.reportbank.model.Section;
import org.reportbank.model.SectionKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Section</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.reportbank.model.impl.SectionImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.reportbank.model.impl.SectionImpl#getNumbering <em>Numbering</em>}</li>
 *   <li>{@link org.reportbank.model.impl.SectionImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.reportbank.model.impl.SectionImpl#getHeading <em>Heading</em>}</li>
 *   <li>{@link org.reportbank.model.impl.SectionImpl#getBegin <em>Begin</em>}</li>
 *   <li>{@link org.reportbank.model.impl.SectionImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.reportbank.model.impl.SectionImpl#getHeadingEnd <em>Heading End</em>}</li>
 *   <li>{@link org.reportbank.model.impl.SectionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.reportbank.model.impl.SectionImpl#getChildren <em>Children</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SectionImpl extends MinimalEObjectImpl.Container implements Section {
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
	 * The default value of the '{@link #getNumbering() <em>Numbering</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumbering()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBERING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumbering() <em>Numbering</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumbering()
	 * @generated
	 * @ordered
	 */
	protected String numbering = NUMBERING_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final int LEVEL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected int level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeading() <em>Heading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeading()
	 * @generated
	 * @ordered
	 */
	protected static final String HEADING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHeading() <em>Heading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeading()
	 * @generated
	 * @ordered
	 */
	protected String heading = HEADING_EDEFAULT;

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
	 * The default value of the '{@link #getHeadingEnd() <em>Heading End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeadingEnd()
	 * @generated
	 * @ordered
	 */
	protected static final int HEADING_END_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHeadingEnd() <em>Heading End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeadingEnd()
	 * @generated
	 * @ordered
	 */
	protected int headingEnd = HEADING_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SectionKind KIND_EDEFAULT = SectionKind.PREAMBLE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SectionKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<Section> children;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReportbankPackage.Literals.SECTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.SECTION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumbering() {
		return numbering;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumbering(String newNumbering) {
		String oldNumbering = numbering;
		numbering = newNumbering;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.SECTION__NUMBERING, oldNumbering, numbering));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(int newLevel) {
		int oldLevel = level;
		level = newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.SECTION__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHeading() {
		return heading;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeading(String newHeading) {
		String oldHeading = heading;
		heading = newHeading;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.SECTION__HEADING, oldHeading, heading));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.SECTION__BEGIN, oldBegin, begin));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.SECTION__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeadingEnd() {
		return headingEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeadingEnd(int newHeadingEnd) {
		int oldHeadingEnd = headingEnd;
		headingEnd = newHeadingEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.SECTION__HEADING_END, oldHeadingEnd, headingEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SectionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SectionKind newKind) {
		SectionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReportbankPackage.SECTION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Section> getChildren() {
		if (children == null) {
			children = new EObjectContainmentEList<Section>(Section.class, this, ReportbankPackage.SECTION__CHILDREN);
		}
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ReportbankPackage.SECTION__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
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
			case ReportbankPackage.SECTION__ID:
				return getId();
			case ReportbankPackage.SECTION__NUMBERING:
				return getNumbering();
			case ReportbankPackage.SECTION__LEVEL:
				return getLevel();
			case ReportbankPackage.SECTION__HEADING:
				return getHeading();
			case ReportbankPackage.SECTION__BEGIN:
				return getBegin();
			case ReportbankPackage.SECTION__END:
				return getEnd();
			case ReportbankPackage.SECTION__HEADING_END:
				return getHeadingEnd();
			case ReportbankPackage.SECTION__KIND:
				return getKind();
			case ReportbankPackage.SECTION__CHILDREN:
				return getChildren();
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
			case ReportbankPackage.SECTION__ID:
				setId((String)newValue);
				return;
			case ReportbankPackage.SECTION__NUMBERING:
				setNumbering((String)newValue);
				return;
			case ReportbankPackage.SECTION__LEVEL:
				setLevel((Integer)newValue);
				return;
			case ReportbankPackage.SECTION__HEADING:
				setHeading((String)newValue);
				return;
			case ReportbankPackage.SECTION__BEGIN:
				setBegin((Integer)newValue);
				return;
			case ReportbankPackage.SECTION__END:
				setEnd((Integer)newValue);
				return;
			case ReportbankPackage.SECTION__HEADING_END:
				setHeadingEnd((Integer)newValue);
				return;
			case ReportbankPackage.SECTION__KIND:
				setKind((SectionKind)newValue);
				return;
			case ReportbankPackage.SECTION__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends Section>)newValue);
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
			case ReportbankPackage.SECTION__ID:
				setId(ID_EDEFAULT);
				return;
			case ReportbankPackage.SECTION__NUMBERING:
				setNumbering(NUMBERING_EDEFAULT);
				return;
			case ReportbankPackage.SECTION__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case ReportbankPackage.SECTION__HEADING:
				setHeading(HEADING_EDEFAULT);
				return;
			case ReportbankPackage.SECTION__BEGIN:
				setBegin(BEGIN_EDEFAULT);
				return;
			case ReportbankPackage.SECTION__END:
				setEnd(END_EDEFAULT);
				return;
			case ReportbankPackage.SECTION__HEADING_END:
				setHeadingEnd(HEADING_END_EDEFAULT);
				return;
			case ReportbankPackage.SECTION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ReportbankPackage.SECTION__CHILDREN:
				getChildren().clear();
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
			case ReportbankPackage.SECTION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ReportbankPackage.SECTION__NUMBERING:
				return NUMBERING_EDEFAULT == null ? numbering != null : !NUMBERING_EDEFAULT.equals(numbering);
			case ReportbankPackage.SECTION__LEVEL:
				return level != LEVEL_EDEFAULT;
			case ReportbankPackage.SECTION__HEADING:
				return HEADING_EDEFAULT == null ? heading != null : !HEADING_EDEFAULT.equals(heading);
			case ReportbankPackage.SECTION__BEGIN:
				return begin != BEGIN_EDEFAULT;
			case ReportbankPackage.SECTION__END:
				return end != END_EDEFAULT;
			case ReportbankPackage.SECTION__HEADING_END:
				return headingEnd != HEADING_END_EDEFAULT;
			case ReportbankPackage.SECTION__KIND:
				return kind != KIND_EDEFAULT;
			case ReportbankPackage.SECTION__CHILDREN:
				return children != null && !children.isEmpty();
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
		result.append(", numbering: ");
		result.append(numbering);
		result.append(", level: ");
		result.append(level);
		result.append(", heading: ");
		result.append(heading);
		result.append(", begin: ");
		result.append(begin);
		result.append(", end: ");
		result.append(end);
		result.append(", headingEnd: ");
		result.append(headingEnd);
		result.append(", kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //SectionImpl
