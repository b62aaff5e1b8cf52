package org.reportbank.sync;

import java.io.File;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Collection;
import java.util.List;

import org.eclipse.jgit.transport.sshd.agent.AbstractConnector;
import org.eclipse.jgit.transport.sshd.agent.Connector;
import org.eclipse.jgit.transport.sshd.agent.ConnectorFactory;

/**
 * The SSH agent (ssh-agent, gpg-agent, a desktop's keyring) reached through its Unix socket, as
 * {@code $SSH_AUTH_SOCK} or an {@code IdentityAgent} line of ~/.ssh/config names it: the person's
 * keys stay in the agent. Java's own Unix domain sockets are used (JGit's connector bundle for this
 * needs a native library and is not published for this JGit).
 */
final class AgentConnectors implements ConnectorFactory {

	private static final String ENVIRONMENT = "SSH_AUTH_SOCK";

	private static final ConnectorDescriptor AGENT = new ConnectorDescriptor() {
		@Override
		public String getIdentityAgent() {
			return ENVIRONMENT;
		}

		@Override
		public String getDisplayName() {
			return "SSH agent (Unix socket)";
		}
	};

	@Override
	public Connector create(String identityAgent, File homeDir) throws IOException {
		String socket = identityAgent == null || identityAgent.isEmpty() || identityAgent.equals(ENVIRONMENT)
				|| identityAgent.equals("$" + ENVIRONMENT) ? System.getenv(ENVIRONMENT) : identityAgent;
		if (socket != null && socket.startsWith("~/")) {
			socket = new File(homeDir, socket.substring(2)).getPath();
		}
		return new AgentSocket(socket);
	}

	@Override
	public boolean isSupported() {
		return !System.getProperty("os.name", "").startsWith("Windows");
	}

	@Override
	public String getName() {
		return "reportbank-unix-socket";
	}

	@Override
	public Collection<ConnectorDescriptor> getSupportedConnectors() {
		return List.of(AGENT);
	}

	@Override
	public ConnectorDescriptor getDefaultConnector() {
		return AGENT;
	}

	/** One conversation with the agent: each request is a length-prefixed message, answered by one. */
	private static final class AgentSocket extends AbstractConnector {

		private final String socket;
		private SocketChannel channel;

		AgentSocket(String socket) {
			this.socket = socket;
		}

		@Override
		public synchronized boolean connect() throws IOException {
			if (channel != null) {
				return true;
			}
			if (socket == null || socket.isEmpty() || !new File(socket).exists()) {
				return false; // no agent running: the keys of ~/.ssh are tried instead
			}
			SocketChannel opened = SocketChannel.open(StandardProtocolFamily.UNIX);
			try {
				opened.connect(UnixDomainSocketAddress.of(socket));
			} catch (IOException e) {
				opened.close();
				throw new IOException("the SSH agent at " + socket + " cannot be reached: " + e.getMessage(), e);
			}
			channel = opened;
			return true;
		}

		@Override
		public synchronized byte[] rpc(byte command, byte[] message) throws IOException {
			if (channel == null) {
				throw new IOException("not connected to the SSH agent");
			}
			prepareMessage(command, message); // the length and the command go into the message's first five bytes
			ByteBuffer request = ByteBuffer.wrap(message);
			while (request.hasRemaining()) {
				channel.write(request);
			}
			ByteBuffer length = ByteBuffer.allocate(4);
			readFully(length);
			ByteBuffer reply = ByteBuffer.allocate(toLength(command, length.array()));
			readFully(reply);
			return reply.array();
		}

		private void readFully(ByteBuffer buffer) throws IOException {
			while (buffer.hasRemaining()) {
				if (channel.read(buffer) < 0) {
					throw new IOException("the SSH agent closed the connection");
				}
			}
		}

		@Override
		public synchronized void close() throws IOException {
			if (channel != null) {
				channel.close();
				channel = null;
			}
		}
	}
}
