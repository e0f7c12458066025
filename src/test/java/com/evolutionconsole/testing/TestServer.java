package com.evolutionconsole.testing;

import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.demo.DemoServerConfig;
import com.evolutionconsole.demo.EmbeddedEvolutionServer;
import com.evolutionconsole.domain.CreateInstanceRequest;
import com.evolutionconsole.domain.Secret;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/** An embedded Evolution API server on a test clock, with no artificial delays, and a client for it. */
public final class TestServer implements AutoCloseable {

    public static final String KEY = "test-global-key-0123456789";

    public final MutableClock clock = MutableClock.at("2026-11-25T10:00:00Z");
    public final EmbeddedEvolutionServer server;
    public final EvolutionClient client;
    /** A small pool for code under test that fans out (state reads, health checks). */
    public final ExecutorService pool = Executors.newFixedThreadPool(4);

    public TestServer() {
        this(builder -> builder);
    }

    public TestServer(UnaryOperator<DemoServerConfig.Builder> configure) {
        server = new EmbeddedEvolutionServer(configure.apply(DemoServerConfig.builder(KEY).noDelays()).clock(clock).build());
        server.start();
        client = EvolutionClient.create(server.url(), Secret.of(KEY));
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
