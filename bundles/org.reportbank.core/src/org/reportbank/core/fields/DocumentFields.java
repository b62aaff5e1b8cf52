package org.reportbank.core.fields;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.reportbank.core.text.Untrusted;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankPackage;

/**
 * The fields the importer reads from a report and people correct, each as text: the year in
 * digits, the publication date as yyyy-MM-dd, the rest as written. A person's value of a field is
 * one string whatever the field, and goes back into the report as the report's own type.
 */
public final class DocumentFields {

	public static final String TITLE = "title", REGION = "region", YEAR = "year", PUBLISHER = "publisher",
			PUBLISHED = "published";
	/** In the order a person reads them on a report's first lines. */
	public static final List<String> NAMES = List.of(TITLE, REGION, YEAR, PUBLISHER, PUBLISHED);
	/** The earliest year a report may be about: the first year of the People's Republic. */
	public static final int MIN_YEAR = 1949;
	/** The latest year a report may be about; later ones are typing errors, not reports. */
	public static final int MAX_YEAR = 2100;

	private DocumentFields() {
	}

	/** The report's attribute that holds the field; an unknown field is a programming error. */
	public static EAttribute attribute(String field) {
		return switch (field) {
		case TITLE -> ReportbankPackage.Literals.REPORT__TITLE;
		case REGION -> ReportbankPackage.Literals.REPORT__REGION;
		case YEAR -> ReportbankPackage.Literals.REPORT__YEAR;
		case PUBLISHER -> ReportbankPackage.Literals.REPORT__PUBLISHER;
		case PUBLISHED -> ReportbankPackage.Literals.REPORT__PUBLISHED;
		default -> throw new IllegalArgumentException("no document field " + Untrusted.quote(field));
		};
	}

	/** The report's value of the field as text, or null when it has none. */
	public static String text(Report report, String field) {
		Object value = report.eGet(attribute(field));
		return value == null ? null : value.toString();
	}

	/** A value as typed: without the blanks around it, null when nothing is left. */
	public static String typed(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * Why the text cannot be the field's value, or null when it can (null, no value, always can): a
	 * year is a whole number from {@value #MIN_YEAR} to {@value #MAX_YEAR}, a publication date a
	 * real date as yyyy-MM-dd.
	 */
	public static String problem(String field, String value) {
		if (!NAMES.contains(field)) {
			return Untrusted.quote(field) + " is no document field (" + String.join(", ", NAMES) + ")";
		}
		if (value == null) {
			return null;
		}
		if (value.isBlank() || !value.equals(value.strip())) {
			return "the " + field + " " + Untrusted.quote(value) + " is blank or has blanks around it";
		}
		if (field.equals(YEAR)) {
			Integer year = year(value);
			if (year == null || year < MIN_YEAR || year > MAX_YEAR) {
				return "the year " + Untrusted.quote(value) + " is not a whole number from " + MIN_YEAR + " to " + MAX_YEAR;
			}
		}
		if (field.equals(PUBLISHED)) {
			try {
				LocalDate.parse(value);
			} catch (DateTimeParseException e) {
				return "the publication date " + Untrusted.quote(value) + " is not a date as yyyy-MM-dd";
			}
		}
		return null;
	}

	/** The value as the report holds it (an Integer for the year); refused with the {@link #problem} it has. */
	public static Object parse(String field, String value) {
		String problem = problem(field, value);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		return value != null && field.equals(YEAR) ? year(value) : value;
	}

	private static Integer year(String digits) {
		if (digits.length() > 4 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return null;
		}
		return Integer.valueOf(digits);
	}
}
