package com.evolutionconsole.demo;

import com.evolutionconsole.service.DaemonThreads;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on loopback that behaves like an Evolution API v2.3.6 server: for demo mode, tests,
 * benchmarks, and curl. Start it, point a client at {@link #url()}, drive time through the config's clock.
 */
public final class EmbeddedEvolutionServer implements AutoCloseable {

    static {
        // The JDK server writes headers and body separately; with Nagle on, each small answer then waits ~40 ms
        // for the client's delayed ACK. The real server answers connectionState in 1-4 ms, so this one must too.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedEvolutionServer.class);
    private static final long TICK_MILLIS = 250;

    private final DemoServerConfig config;
    private final DemoBackend backend;
    private final FaultInjector faults = new FaultInjector();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private HttpServer http;
    private ExecutorService handlers;
    private ScheduledExecutorService ticker;

    public EmbeddedEvolutionServer(DemoServerConfig config) {
        this.config = config;
        this.backend = new DemoBackend(config);
    }

    /**
     * Binds and starts serving. With the system clock a ticker advances the backend every 250 ms so events come
     * on time; with any other clock time moves only when the test moves it.
     *
     * @throws UncheckedIOException wrapping a {@link java.net.BindException} when the port is taken
     */
    public synchronized void start() {
        if (http != null) {
            throw new IllegalStateException("already started");
        }
        InetSocketAddress address = new InetSocketAddress(config.host(), config.port());
        try {
            if (address.isUnresolved()) {
                throw new UnknownHostException(config.host());
            }
            http = HttpServer.create(address, 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + config.host() + ":" + config.port(), e);
        }
        // Handlers block (connect, create, injected delays), so each request gets its own thread.
        handlers = Executors.newCachedThreadPool(DaemonThreads.named("evolution-demo-http"));
        http.setExecutor(handlers);
        http.createContext("/", new EvolutionRoutes(backend, faults, this::url));
        http.createContext("/socket.io/", new SocketIoEndpoint(backend, config, this::url));
        http.start();
        if (config.usesSystemClock()) {
            ticker = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("evolution-demo-clock"));
            ticker.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Stops serving at once; requests in flight are cut off. Safe to call twice. */
    public synchronized void stop() {
        if (http == null) {
            return;
        }
        http.stop(0);
        handlers.shutdownNow();
        if (ticker != null) {
            ticker.shutdownNow();
        }
        http = null;
        stopped.countDown();
    }

    @Override
    public void close() {
        stop();
    }

    /** Blocks until {@link #stop()} runs, for a standalone server. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** For example {@code http://127.0.0.1:8080}, without a trailing slash. */
    public synchronized String url() {
        if (http == null) {
            throw new IllegalStateException("not started");
        }
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + http.getAddress().getPort();
    }

    public int port() {
        synchronized (this) {
            if (http == null) {
                throw new IllegalStateException("not started");
            }
            return http.getAddress().getPort();
        }
    }

    public DemoBackend backend() {
        return backend;
    }

    public FaultInjector faults() {
        return faults;
    }

    public DemoServerConfig config() {
        return config;
    }

    private void tick() {
        try {
            backend.advance();
        } catch (RuntimeException e) {
            LOG.warn("demo clock tick failed", e);
        }
    }
}
