package org.reportbank.sync.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A Git server over SSH for tests, as a hosting's is: Apache MINA sshd on a free local port,
 * serving the bare repositories of one folder to the holder of one key, with JGit's own
 * upload-pack and receive-pack behind the commands a client sends.
 */
final class GitOverSsh implements AutoCloseable {

	private final SshServer server;
	private final Path repositories;

	GitOverSsh(Path repositories, Path hostKey, PublicKey allowed) throws IOException {
		this.repositories = repositories;
		server = SshServer.setUpDefaultServer();
		server.setHost("127.0.0.1");
		server.setPort(0);
		SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(hostKey);
		keys.setAlgorithm(KeyUtils.EC_ALGORITHM);
		server.setKeyPairProvider(keys);
		server.setPublickeyAuthenticator((user, key, session) -> KeyUtils.compareKeys(key, allowed));
		server.setCommandFactory(new GitCommands());
		server.start();
	}

	int port() {
		return server.getPort();
	}

	/** The known_hosts line a client needs to trust this server. */
	String knownHostsLine() throws Exception {
		KeyPair host = server.getKeyPairProvider().loadKeys(null).iterator().next();
		return "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(host.getPublic());
	}

	@Override
	public void close() throws IOException {
		server.stop(true);
	}

	/** git-upload-pack 'path' and git-receive-pack 'path', on a repository of the served folder. */
	private final class GitCommands implements CommandFactory {
		@Override
		public Command createCommand(ChannelSession channel, String command) throws IOException {
			List<String> words = CommandFactory.split(command);
			if (words.size() != 2 || !List.of("git-upload-pack", "git-receive-pack").contains(words.get(0))) {
				throw new IOException("not a git command: " + command);
			}
			String name = words.get(1).replaceAll("^'|'$", "").replaceFirst("^/", "");
			Path repository = repositories.resolve(name).normalize();
			if (!repository.startsWith(repositories)) {
				throw new IOException("outside the served folder: " + name);
			}
			return new GitCommand(words.get(0).equals("git-upload-pack"), repository);
		}
	}

	private static final class GitCommand implements Command {
		private final boolean upload;
		private final Path repository;
		private InputStream in;
		private OutputStream out;
		private OutputStream err;
		private ExitCallback exit;

		GitCommand(boolean upload, Path repository) {
			this.upload = upload;
			this.repository = repository;
		}

		@Override
		public void setInputStream(InputStream in) {
			this.in = in;
		}

		@Override
		public void setOutputStream(OutputStream out) {
			this.out = out;
		}

		@Override
		public void setErrorStream(OutputStream err) {
			this.err = err;
		}

		@Override
		public void setExitCallback(ExitCallback exit) {
			this.exit = exit;
		}

		@Override
		public void start(ChannelSession channel, Environment environment) {
			Thread serving = new Thread(() -> {
				int status = 0;
				try (Repository repo = new FileRepositoryBuilder().setGitDir(repository.toFile()).setMustExist(true).build()) {
					if (upload) {
						new UploadPack(repo).upload(in, out, err);
					} else {
						new ReceivePack(repo).receive(in, out, err);
					}
				} catch (IOException e) {
					status = 1;
				} finally {
					exit.onExit(status);
				}
			}, "git over ssh");
			serving.start();
		}

		@Override
		public void destroy(ChannelSession channel) {
			// the serving thread ends with its streams
		}
	}
}
