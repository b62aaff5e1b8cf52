package org.reportbank.sync;

import java.io.File;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * How sync reaches a remote: file:// and git:// as they are; ssh:// with the person's SSH agent
 * and keys, known hosts and config of ~/.ssh (JGit's Apache MINA client, no ssh installation
 * needed); https:// with a token from the environment or the workbench's secure storage, never
 * written in the corpus.
 */
final class Transports {

	/** A system property naming another folder than ~/.ssh (keys, known_hosts, config), for tests and unusual set-ups. */
	static final String SSH_DIRECTORY_PROPERTY = "reportbank.ssh.dir";

	/** The user name sent with a token: hostings read the token and ignore the name (GitLab wants this one). */
	private static final String TOKEN_USER = "oauth2";

	/** One SSH client per folder of keys: it keeps its connections' shared state. */
	private static final Map<File, SshdSessionFactory> SSH = new ConcurrentHashMap<>();

	/** Where an https token comes from when the environment has none (the workbench's secure storage). */
	private static volatile CredentialsProvider stored;

	private Transports() {
	}

	/** The command, set up to reach any kind of remote. */
	static <C extends TransportCommand<C, ?>> C configure(C command) {
		return command.setCredentialsProvider(credentials()).setTransportConfigCallback(transport -> {
			if (transport instanceof SshTransport ssh) {
				ssh.setSshSessionFactory(ssh(sshDirectory()));
			}
		});
	}

	/** The https token: the environment's first, else what the workbench gave; null when neither. */
	static CredentialsProvider credentials() {
		String token = System.getenv(CorpusRepository.TOKEN_VARIABLE);
		return token == null || token.isEmpty() ? stored : new UsernamePasswordCredentialsProvider(TOKEN_USER, token);
	}

	/** Tokens kept elsewhere, asked for by host whenever a remote wants a user and password. */
	static void useTokens(TokenSource source) {
		stored = source == null ? null : new CredentialsProvider() {
			@Override
			public boolean isInteractive() {
				return false;
			}

			@Override
			public boolean supports(CredentialItem... items) {
				for (CredentialItem item : items) {
					if (!(item instanceof CredentialItem.Username || item instanceof CredentialItem.Password)) {
						return false;
					}
				}
				return true;
			}

			@Override
			public boolean get(URIish uri, CredentialItem... items) {
				String token = uri.getHost() == null ? null : source.tokenFor(uri.getHost());
				if (token == null || token.isEmpty()) {
					return false;
				}
				for (CredentialItem item : items) {
					if (item instanceof CredentialItem.Username user) {
						user.setValue(uri.getUser() != null ? uri.getUser() : TOKEN_USER);
					} else if (item instanceof CredentialItem.Password password) {
						password.setValue(token.toCharArray());
					}
				}
				return true;
			}
		};
	}

	private static File sshDirectory() {
		String configured = System.getProperty(SSH_DIRECTORY_PROPERTY);
		return configured != null && !configured.isBlank() ? new File(configured) : new File(System.getProperty("user.home"), ".ssh");
	}

	private static SshdSessionFactory ssh(File directory) {
		return SSH.computeIfAbsent(directory,
				dir -> new SshdSessionFactoryBuilder().setHomeDirectory(new File(System.getProperty("user.home")))
						.setSshDirectory(dir).setConnectorFactory(new AgentConnectors()).build(null));
	}
}
