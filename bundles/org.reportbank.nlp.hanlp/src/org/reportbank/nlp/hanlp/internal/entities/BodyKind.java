package org.reportbank.nlp.hanlp.internal.entities;

/** What a body word may do on its own, which decides how much context it needs to be an organization. */
enum BodyKind {
	/** A governing body that names a specific one only with its level or place: 区 + 政府, 柳南区 + 委. */
	TOP,
	/** A body that is one specific organization by itself: 国务院, 中共中央. */
	SELF,
	/** A department: specific enough alone (司法局), more so with its level (区司法局). */
	DEPT,
	/** A sub-unit that needs a name or a parent: 城中 + 分局, 市公安局 + 派出所. */
	UNIT,
	/** Only the end of a longer name: 区政府 + 办公室, 区委 + 常委会. */
	TAIL
}
