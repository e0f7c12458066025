package com.evolutionconsole.app;

import com.evolutionconsole.demo.DemoServerConfig;
import com.evolutionconsole.demo.EmbeddedEvolutionServer;
import com.evolutionconsole.domain.Secret;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The console with nothing configured: the embedded Evolution API server on a free loopback port, with a fresh
 * random key and sample instances in different states.
 */
final class DemoMode implements AutoCloseable {

    private final EmbeddedEvolutionServer server;
    private final Secret key;

    private DemoMode(EmbeddedEvolutionServer server, Secret key) {
        this.server = server;
        this.key = key;
    }

    static DemoMode start() {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        Secret key = Secret.of("demo-" + HexFormat.of().formatHex(random));
        EmbeddedEvolutionServer server = new EmbeddedEvolutionServer(DemoServerConfig.builder(key.reveal()).build());
        server.start();
        server.backend().seedSamples();
        return new DemoMode(server, key);
    }

    String url() {
        return server.url();
    }

    Secret key() {
        return key;
    }

    @Override
    public void close() {
        server.stop();
    }
}
