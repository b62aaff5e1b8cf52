package org.reportbank.ui.team;

import java.io.File;
import java.io.IOException;
import java.util.List;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.reportbank.sync.TokenSource;

/**
 * A person's https tokens for Git hosts, in Eclipse's secure storage (encrypted with a master
 * password the person gives once per session), never in the corpus or its .git folder. The
 * environment variable REPORTBANK_GIT_TOKEN, when set, still comes first.
 */
public final class GitTokens implements TokenSource {

	/** A system property naming another secure storage file than the person's default (tests). */
	public static final String STORAGE_PROPERTY = "reportbank.keyring";
	private static final String NODE = "/org.reportbank/git-tokens";
	private static final String TOKEN = "token";

	@Override
	public String tokenFor(String host) {
		try {
			ISecurePreferences hosts = tokens();
			return hosts.nodeExists(host) ? hosts.node(host).get(TOKEN, null) : null;
		} catch (StorageException | IOException e) {
			return null; // no password given, or the storage cannot be read: the remote asks and says it was refused
		}
	}

	/** Keeps the token for the host, encrypted. */
	public void store(String host, String token) throws StorageException, IOException {
		ISecurePreferences hosts = tokens();
		hosts.node(host).put(TOKEN, token, true);
		hosts.flush();
	}

	/** Forgets the host's token. */
	public void remove(String host) throws IOException {
		ISecurePreferences hosts = tokens();
		if (hosts.nodeExists(host)) {
			hosts.node(host).removeNode();
			hosts.flush();
		}
	}

	/** The hosts a token is kept for (reading them needs no password). */
	public List<String> hosts() throws IOException {
		return List.of(tokens().childrenNames());
	}

	private static ISecurePreferences tokens() throws IOException {
		String file = System.getProperty(STORAGE_PROPERTY);
		ISecurePreferences root = file == null || file.isBlank() ? SecurePreferencesFactory.getDefault()
				: SecurePreferencesFactory.open(new File(file).toURI().toURL(), null);
		if (root == null) {
			throw new IOException("the secure storage cannot be opened");
		}
		return root.node(NODE);
	}
}
