package org.reportbank.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.sync.Arrival;
import org.reportbank.sync.CorpusRepository;
import org.reportbank.sync.SyncResult;

/**
 * ssh:// remotes as a team's hosting serves them: a real SSH server (Apache MINA sshd with JGit's
 * git commands behind it) that lets in one key; the client finds that key in the folder of SSH
 * keys or in a running ssh-agent, and trusts the server only when known_hosts says so.
 */
class SshRemoteTest {

	private static final String SSH_DIRECTORY = "reportbank.ssh.dir";

	@TempDir
	Path dir;

	private Path ssh;
	private KeyPair key;
	private GitOverSsh server;
	private Team team;
	private String remote;

	@BeforeEach
	void aServerThatLetsInOneKey() throws Exception {
		team = new Team(dir); // dir/remote.git, served
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		key = generator.generateKeyPair();
		server = new GitOverSsh(dir, dir.resolve("host-key"), key.getPublic());
		remote = "ssh://git@127.0.0.1:" + server.port() + "/remote.git";
		ssh = Files.createDirectories(dir.resolve("home-ssh"));
		System.setProperty(SSH_DIRECTORY, ssh.toString());
	}

	@AfterEach
	void stop() throws Exception {
		System.clearProperty(SSH_DIRECTORY);
		server.close();
	}

	@Test
	void withTheKeyInTheSshFolderOnePersonSharesAnotherClonesAndWorkArrives() throws Exception {
		writePrivateKey(ssh.resolve("id_ecdsa"));
		Files.writeString(ssh.resolve("known_hosts"), server.knownHostsLine() + "\n");

		Path wang = team.sampleCorpus("wang");
		CorpusRepository.share(wang, remote, "王芳", new NullProgressMonitor());
		Path li = CorpusRepository.cloneInto(remote, dir.resolve("li"), new NullProgressMonitor()).directory();
		String report = CorpusStore.open(li).entries().get(0).getId();
		SyncOverAndOver.addSpan(li, report, "李娜", "li-1", new Random(1));
		assertTrue(CorpusRepository.open(li).sync("李娜", new NullProgressMonitor()).pushed());

		SyncResult received = CorpusRepository.open(wang).sync("王芳", new NullProgressMonitor());

		assertEquals(List.of(new Arrival(report, "李娜", true, Set.of("李娜"))), received.arrived(), received.summary());
	}

	@Test
	void withTheKeyOnlyInARunningSshAgentTheCloneWorks() throws Exception {
		Path keyFile = dir.resolve("agent-only-key"); // not in the SSH folder: only the agent has it
		writePrivateKey(keyFile);
		Files.writeString(ssh.resolve("known_hosts"), server.knownHostsLine() + "\n");
		Path socket = dir.resolve("agent.sock");
		Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString()).redirectErrorStream(true).start();
		try {
			for (int wait = 0; wait < 100 && !Files.exists(socket); wait++) {
				Thread.sleep(50);
			}
			ProcessBuilder add = new ProcessBuilder("ssh-add", keyFile.toString()).redirectErrorStream(true);
			add.environment().put("SSH_AUTH_SOCK", socket.toString());
			Process adding = add.start();
			String said = new String(adding.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertEquals(0, adding.waitFor(), "ssh-add: " + said);
			Files.writeString(ssh.resolve("config"), "Host 127.0.0.1\n  IdentityAgent " + socket + "\n");
			team.share("wang", "王芳"); // over file://, as the server's own folder

			Path li = CorpusRepository.cloneInto(remote, dir.resolve("li"), new NullProgressMonitor()).directory();

			assertEquals(CorpusStore.open(dir.resolve("wang")).entries().size(), CorpusStore.open(li).entries().size());
		} finally {
			agent.destroy();
			agent.waitFor();
		}
	}

	@Test
	void aServerNotInKnownHostsIsRefusedWithAMessageThatSaysSo() throws Exception {
		writePrivateKey(ssh.resolve("id_ecdsa"));
		team.share("wang", "王芳");

		StoreException refused = assertThrows(StoreException.class,
				() -> CorpusRepository.cloneInto(remote, dir.resolve("li"), new NullProgressMonitor()));

		assertTrue(refused.getMessage().startsWith("could not reach " + remote), refused.getMessage());
		assertTrue(!Files.exists(dir.resolve("li")) || Files.list(dir.resolve("li")).findAny().isEmpty(), "nothing half-cloned stays");
	}

	private void writePrivateKey(Path file) throws Exception {
		try (OutputStream out = Files.newOutputStream(file)) {
			OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "reportbank test", (OpenSSHKeyEncryptionContext) null, out);
		}
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
	}
}
