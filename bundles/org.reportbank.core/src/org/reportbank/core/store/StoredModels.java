package org.reportbank.core.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

/**
 * The corpus files as bytes, read as strictly and written exactly as the store reads and writes
 * them in the folder: for files held elsewhere, such as the versions in a Git history that a
 * sync merges.
 */
public final class StoredModels {

	private StoredModels() {
	}

	/** The root object of a file's bytes; {@code path} (inside the corpus folder) names it in messages. */
	public static <T extends EObject> T read(byte[] bytes, String path, Class<T> type) throws StoreException {
		if (bytes.length > StoreLimits.MAX_FILE_BYTES) {
			throw new StoreException(path + " is " + bytes.length / (1024 * 1024) + " MB; a corpus file is at most "
					+ StoreLimits.MAX_FILE_BYTES / (1024 * 1024) + " MB");
		}
		try {
			return ModelFiles.read(new ByteArrayInputStream(bytes), URI.createURI("corpus:/" + path), path, type);
		} catch (IOException e) {
			throw new StoreException(e.getMessage());
		}
	}

	/** The bytes the store writes for the object as a file of its own. */
	public static byte[] write(EObject root) throws StoreException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ModelFiles.write(root, URI.createURI("corpus:/file.xmi"), out);
		} catch (IOException e) {
			throw new StoreException("could not write a " + root.eClass().getName() + ": " + e.getMessage());
		}
		return out.toByteArray();
	}
}
