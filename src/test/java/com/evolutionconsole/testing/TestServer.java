package com.evolutionconsole.testing;

import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.demo.DemoServerConfig;
import com.evolutionconsole.demo.EmbeddedEvolutionServer;
import com.evolutionconsole.domain.CreateInstanceRequest;
import com.evolutionconsole.domain.Secret;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import org.testfx.util.WaitForAsyncUtils;

/** An embedded Evolution API server on a test clock, with no artificial delays, and a client for it. */
public final class TestServer implements AutoCloseable {

    public static final String KEY = "test-global-key-0123456789";

    public final MutableClock clock = MutableClock.at("2026-11-25T10:00:00Z");
    /** The server now listening; {@link #restartEmpty()} replaces it. */
    public EmbeddedEvolutionServer server;
    public final EvolutionClient client;
    /** A small pool for code under test that fans out (state reads, health checks). */
    public final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final UnaryOperator<DemoServerConfig.Builder> configure;

    public TestServer() {
        this(builder -> builder);
    }

    public TestServer(UnaryOperator<DemoServerConfig.Builder> configure) {
        this.configure = configure;
        server = new EmbeddedEvolutionServer(configure.apply(DemoServerConfig.builder(KEY).noDelays()).clock(clock).build());
        server.start();
        client = EvolutionClient.create(server.url(), Secret.of(KEY));
    }

    /**
     * Plays a server restarted with other data: the current server stops (if it has not already) and an empty one
     * with the same settings takes its port, so the client reaches it at the same URL.
     */
    public void restartEmpty() {
        int port = client.baseUrl().port();
        server.stop();
        server = new EmbeddedEvolutionServer(configure.apply(DemoServerConfig.builder(KEY).noDelays()).clock(clock)
                .port(port).build());
        server.start();
    }

    /**
     * Plays a server that dies while working on a request: the next {@code method} request to a path starting with
     * {@code pathPrefix} is held, and the server stops as soon as it has arrived (no other fault rule may be pending).
     * Completes once the server has stopped.
     */
    public CompletableFuture<Void> stopDuringNext(String method, String pathPrefix) {
        EmbeddedEvolutionServer dying = server;
        dying.faults().when(method, pathPrefix).delayed(Duration.ofMinutes(1)).answerNormally();
        return CompletableFuture.runAsync(() -> {
            try {
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dying.faults().pendingRules() == 0);
            } catch (TimeoutException e) {
                throw new IllegalStateException("no " + method + " " + pathPrefix + " request arrived", e);
            }
            dying.stop();
        });
    }

    /** Creates an instance through the API, as an operator would. */
    public void create(String name, boolean qrcode) {
        client.create(CreateInstanceRequest.simple(name, qrcode));
    }

    /** Plays the phone that scans the current QR code. */
    public void scan(String name, String profileName, String number) {
        server.backend().phoneScanned(name, profileName, number);
    }

    @Override
    public void close() {
        pool.shutdownNow();
        client.close();
        server.stop();
    }
}
