package org.reportbank.ui.team;

import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.eclipse.swt.widgets.Display;

/**
 * The master password of the secure storage, asked of the person in the workbench (twice when it is
 * new); Equinox keeps it for the session. Registered for org.eclipse.equinox.security's
 * secureStorage extension point, as the platform's own prompt is not part of this product.
 */
public final class MasterPasswordProvider extends PasswordProvider {

	@Override
	public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
		Display display = Display.getDefault();
		if (display == null || display.isDisposed()) {
			return null;
		}
		boolean isNew = (passwordType & CREATE_NEW_PASSWORD) != 0;
		AtomicReference<char[]> given = new AtomicReference<>();
		display.syncExec(() -> {
			MasterPasswordDialog dialog = new MasterPasswordDialog(display.getActiveShell(), isNew);
			if (dialog.open() == org.eclipse.jface.window.Window.OK) {
				given.set(dialog.password());
			}
		});
		return given.get() == null ? null : new PBEKeySpec(given.get());
	}

	@Override
	public boolean retryOnError(Exception e, IPreferencesContainer container) {
		return true; // a mistyped password is asked again
	}
}
