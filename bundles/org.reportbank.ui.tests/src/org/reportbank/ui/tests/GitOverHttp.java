package org.reportbank.ui.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.RefAdvertiser;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A Git hosting's smart HTTP for tests: one bare repository, served with JGit's upload-pack and
 * receive-pack to whoever sends the token (HTTP Basic, as hostings take tokens), 401 to anyone else.
 */
final class GitOverHttp implements AutoCloseable {

	private final HttpServer server;
	private final Path repository;
	private final String token;
	/** Requests refused for a missing or wrong token. */
	volatile int refused;

	GitOverHttp(Path repository, String token) throws IOException {
		this.repository = repository;
		this.token = token;
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", this::serve);
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/team.git";
	}

	private void serve(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
				refused++;
				exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"git\"");
				exchange.sendResponseHeaders(401, -1);
				return;
			}
			String path = exchange.getRequestURI().getPath();
			String query = exchange.getRequestURI().getQuery();
			try (Repository repo = new FileRepositoryBuilder().setGitDir(repository.toFile()).setMustExist(true).build()) {
				if (path.endsWith("/info/refs") && query != null && query.startsWith("service=")) {
					String service = query.substring("service=".length());
					exchange.getResponseHeaders().add("Content-Type", "application/x-" + service + "-advertisement");
					exchange.sendResponseHeaders(200, 0);
					OutputStream out = exchange.getResponseBody();
					PacketLineOut lines = new PacketLineOut(out);
					lines.writeString("# service=" + service + "\n");
					lines.end();
					RefAdvertiser.PacketLineOutRefAdvertiser advertiser = new RefAdvertiser.PacketLineOutRefAdvertiser(lines);
					if (service.equals("git-upload-pack")) {
						UploadPack upload = new UploadPack(repo);
						upload.setBiDirectionalPipe(false);
						upload.sendAdvertisedRefs(advertiser);
					} else {
						ReceivePack receive = new ReceivePack(repo);
						receive.setBiDirectionalPipe(false);
						receive.sendAdvertisedRefs(advertiser);
					}
					out.flush();
				} else if (path.endsWith("/git-upload-pack") || path.endsWith("/git-receive-pack")) {
					boolean upload = path.endsWith("/git-upload-pack");
					exchange.getResponseHeaders().add("Content-Type",
							"application/x-" + (upload ? "git-upload-pack" : "git-receive-pack") + "-result");
					exchange.sendResponseHeaders(200, 0);
					InputStream in = "gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))
							? new GZIPInputStream(exchange.getRequestBody())
							: exchange.getRequestBody();
					if (upload) {
						UploadPack pack = new UploadPack(repo);
						pack.setBiDirectionalPipe(false);
						pack.upload(in, exchange.getResponseBody(), null);
					} else {
						ReceivePack pack = new ReceivePack(repo);
						pack.setBiDirectionalPipe(false);
						pack.receive(in, exchange.getResponseBody(), null);
					}
				} else {
					exchange.sendResponseHeaders(404, -1);
				}
			}
		}
	}

	private boolean authorized(String header) {
		if (header == null || !header.startsWith("Basic ")) {
			return false;
		}
		String pair = new String(Base64.getDecoder().decode(header.substring("Basic ".length())), StandardCharsets.UTF_8);
		return pair.endsWith(":" + token);
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
