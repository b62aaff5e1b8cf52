package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reportbank.core.fields.DocumentFields;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;

/** A document field as text a person types, and back into the report's own type. */
class DocumentFieldsTest {

	@Test
	void theYearIsDigitsOfAPlausibleYearAndComesBackAsANumber() {
		assertEquals(2022, DocumentFields.parse("year", "2022"));
		assertNull(DocumentFields.problem("year", null), "no year is a value too");
		assertTrue(DocumentFields.problem("year", "二〇二二").contains("not a whole number from 1949 to 2100"));
		assertTrue(DocumentFields.problem("year", "1900").contains("not a whole number"));
		assertTrue(DocumentFields.problem("year", "+2022").contains("not a whole number"));
		assertThrows(IllegalArgumentException.class, () -> DocumentFields.parse("year", "22年"));
	}

	@Test
	void aPublicationDateIsARealDateAndTextFieldsAreTextWithoutBlanksAround() {
		assertNull(DocumentFields.problem("published", "2023-03-15"));
		assertTrue(DocumentFields.problem("published", "2023-02-30").contains("not a date as yyyy-MM-dd"));
		assertNull(DocumentFields.problem("title", "秦州区2022年法治政府建设情况报告"));
		assertTrue(DocumentFields.problem("region", " 秦州区").contains("blanks around it"));
		assertTrue(DocumentFields.problem("author", "王芳").contains("is no document field"));
		assertEquals("秦州区", DocumentFields.typed("  秦州区 "));
		assertNull(DocumentFields.typed("  "));
	}

	@Test
	void aReportsFieldsReadAsText() {
		Report report = ReportbankFactory.eINSTANCE.createReport();
		report.setYear(2021);
		report.setRegion("秦州区");
		assertEquals("2021", DocumentFields.text(report, "year"));
		assertEquals("秦州区", DocumentFields.text(report, "region"));
		assertNull(DocumentFields.text(report, "publisher"));
		assertEquals(5, DocumentFields.NAMES.size());
	}
}
