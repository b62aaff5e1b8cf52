package org.reportbank.core.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.ReportbankPackage;

/**
 * Index entries a write session made, kept in a file of the session's staging folder instead of
 * in memory, each found again by the offset {@link #append} gave it. Written and read by the
 * model's own attributes, so a field added to {@link ReportEntry} is kept without a change here.
 * The file is the session's scratch: abandoning the session removes it with the staging folder.
 */
final class EntrySpill implements AutoCloseable {

	private static final List<EAttribute> FIELDS = ReportbankPackage.Literals.REPORT_ENTRY.getEAllAttributes();
	/** Entries are written in batches of about this many bytes, not one system call each. */
	private static final int BATCH = 64 * 1024;

	private final RandomAccessFile file;
	private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
	private final DataOutputStream out = new DataOutputStream(pending);
	private long flushed;

	EntrySpill(Path file) throws IOException {
		this.file = new RandomAccessFile(file.toFile(), "rw");
	}

	/** Keeps a copy of the entry's fields; the offset finds them again. */
	long append(ReportEntry entry) throws IOException {
		long offset = flushed + pending.size();
		ByteArrayOutputStream record = new ByteArrayOutputStream(128);
		DataOutputStream fields = new DataOutputStream(record);
		for (int i = 0; i < FIELDS.size(); i++) {
			EAttribute field = FIELDS.get(i);
			if (entry.eIsSet(field)) {
				byte[] value = EcoreUtil.convertToString(field.getEAttributeType(), entry.eGet(field)).getBytes(StandardCharsets.UTF_8);
				fields.writeByte(i);
				fields.writeInt(value.length);
				fields.write(value);
			}
		}
		out.writeInt(record.size());
		record.writeTo(out);
		if (pending.size() >= BATCH) {
			flush();
		}
		return offset;
	}

	/** The entry kept at {@code offset}, as a new object. */
	ReportEntry read(long offset) throws IOException {
		if (offset >= flushed) {
			flush();
		}
		file.seek(offset);
		byte[] record = new byte[file.readInt()];
		file.readFully(record);
		ReportEntry entry = ReportbankFactory.eINSTANCE.createReportEntry();
		DataInputStream fields = new DataInputStream(new ByteArrayInputStream(record));
		while (fields.available() > 0) {
			EAttribute field = FIELDS.get(fields.readUnsignedByte());
			byte[] value = new byte[fields.readInt()];
			fields.readFully(value);
			entry.eSet(field, EcoreUtil.createFromString(field.getEAttributeType(), new String(value, StandardCharsets.UTF_8)));
		}
		return entry;
	}

	private void flush() throws IOException {
		file.seek(flushed);
		file.write(pending.toByteArray());
		flushed += pending.size();
		pending.reset();
	}

	@Override
	public void close() throws IOException {
		file.close();
	}
}
