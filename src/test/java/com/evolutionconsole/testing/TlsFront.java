package com.evolutionconsole.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.HttpUrl;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * HTTPS in front of a plain local server, as a reverse proxy with its own certificate would be: TLS ends here and
 * the bytes pass through unchanged, so HTTP and Socket.IO (polling and WebSocket) both work behind it.
 */
public final class TlsFront implements AutoCloseable {

    private final ServerSocket listener;
    private final HttpUrl target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "tls-front");
        thread.setDaemon(true);
        return thread;
    });

    /** Listens on 127.0.0.1 with {@code certificate} and forwards to the server at {@code plainUrl}. */
    public TlsFront(HeldCertificate certificate, String plainUrl) {
        target = HttpUrl.get(plainUrl);
        HandshakeCertificates server = new HandshakeCertificates.Builder().heldCertificate(certificate).build();
        try {
            listener = server.sslContext().getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.execute(this::accept);
    }

    /** The HTTPS URL of the front, by address: https://127.0.0.1:port */
    public String url() {
        return "https://127.0.0.1:" + listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException closed) {
                continue;
            }
            open.add(client);
            try {
                Socket backend = new Socket(target.host(), target.port());
                open.add(backend);
                threads.execute(() -> pump(client, backend));
                threads.execute(() -> pump(backend, client));
            } catch (IOException backendDown) {
                closeQuietly(client);
            }
        }
    }

    /** Copies one direction until it ends (a refused handshake ends it at once), then closes both sides. */
    private void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException ended) {
            // the other side went away
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // already closed
        }
        open.forEach(this::closeQuietly);
        threads.shutdownNow();
    }
}
