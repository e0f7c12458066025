package com.evolutionconsole.service.live;

import com.evolutionconsole.service.DaemonThreads;
import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.domain.Secret;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.socket.client.IO;
import io.socket.client.Manager;
import io.socket.client.Socket;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's live events over Socket.IO (CONTRACT §5): the global namespace {@code /} (every instance's events
 * when the server has global events on), plus per-instance namespaces on request — which exist only after the
 * server's first event for that instance, so "Invalid namespace" is retried. The key travels in the handshake's
 * {@code apikey} header. Events may arrive twice (global and per-instance): they are de-duplicated. Reconnects by
 * itself; {@link Status} tells whether the stream is live.
 */
public final class LiveEventStream implements LiveSubscription {

    /** Whether events flow. */
    public enum Status { CONNECTING, LIVE, DOWN }

    private static final Logger LOG = LoggerFactory.getLogger(LiveEventStream.class);
    private static final List<String> EVENTS = List.of(LiveEvent.QRCODE_UPDATED, LiveEvent.CONNECTION_UPDATE,
            LiveEvent.LOGOUT_INSTANCE, LiveEvent.REMOVE_INSTANCE, LiveEvent.INSTANCE_CREATE, LiveEvent.INSTANCE_DELETE);
    private static final long NAMESPACE_RETRY_MILLIS = 2000;
    private static final int REMEMBERED = 256;
    private static final ScheduledExecutorService RETRIES = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("live-events-namespace-retry"));

    private final Manager manager;
    private final Socket global;
    private final Consumer<LiveEvent> events;
    private final Consumer<Status> status;
    private final Map<String, Socket> instanceSockets = new ConcurrentHashMap<>();
    private final JsonAdapter<Object> json = new Moshi.Builder().build().adapter(Object.class);
    private final Deque<String> recent = new ArrayDeque<>();
    private final Set<String> recentSet = new HashSet<>();
    private volatile boolean globalSeen;

    /**
     * Listens to {@code server}'s events over its own HTTP client, so an HTTPS server is trusted exactly as for API
     * calls (a pinned certificate included). Events and status changes are reported on Socket.IO's own thread: hand
     * them to the UI thread yourself.
     */
    public LiveEventStream(EvolutionClient server, Secret key, Consumer<LiveEvent> events, Consumer<Status> status) {
        this.events = events;
        this.status = status;
        HttpUrl baseUrl = server.baseUrl();
        OkHttpClient http = server.streamingHttpClient();
        IO.Options options = IO.Options.builder()
                .setPath(baseUrl.encodedPath() + "socket.io")
                .setExtraHeaders(Map.of("apikey", List.of(key.reveal())))
                .setReconnection(true)
                .setReconnectionDelay(1000)
                .setReconnectionDelayMax(10_000)
                .setTimeout(10_000)
                .build();
        options.callFactory = http;
        options.webSocketFactory = http;
        URI root = baseUrl.newBuilder().encodedPath("/").build().uri();
        manager = new Manager(root, options);
        global = manager.socket("/", options);
        global.on(Socket.EVENT_CONNECT, args -> status.accept(Status.LIVE));
        global.on(Socket.EVENT_DISCONNECT, args -> status.accept(Status.DOWN));
        global.on(Socket.EVENT_CONNECT_ERROR, args -> status.accept(Status.DOWN));
        subscribe(global, true);
    }

    public void start() {
        status.accept(Status.CONNECTING);
        global.connect();
    }

    /**
     * Also listens on the instance's own namespace (for servers without global events). The namespace appears
     * once the server emitted to it; until then the connect is refused with "Invalid namespace" and retried.
     */
    @Override
    public void watchInstance(String name) {
        instanceSockets.computeIfAbsent(name, n -> {
            Socket socket = manager.socket("/" + n);
            subscribe(socket, false);
            socket.on(Socket.EVENT_CONNECT_ERROR, args -> retryLater(socket));
            socket.connect();
            return socket;
        });
    }

    private void retryLater(Socket socket) {
        RETRIES.schedule(() -> {
            if (instanceSockets.containsValue(socket) && !socket.connected()) {
                socket.connect();
            }
        }, NAMESPACE_RETRY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void subscribe(Socket socket, boolean isGlobal) {
        for (String name : EVENTS) {
            socket.on(name, args -> {
                if (isGlobal) {
                    globalSeen = true;
                }
                deliver(args);
            });
        }
    }

    @Override
    public boolean globalEventsSeen() {
        return globalSeen;
    }

    private void deliver(Object[] args) {
        if (args.length == 0 || args[0] == null) {
            return;
        }
        String text = args[0].toString();
        synchronized (recent) {
            // the same event reaches the global and the instance namespace: pass it on once
            if (!recentSet.add(text)) {
                return;
            }
            recent.addLast(text);
            if (recent.size() > REMEMBERED) {
                recentSet.remove(recent.removeFirst());
            }
        }
        try {
            if (json.fromJson(text) instanceof Map<?, ?> envelope) {
                LiveEvent event = LiveEvent.fromEnvelope(envelope);
                if (event != null) {
                    events.accept(event);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            LOG.debug("An event that is not an Evolution envelope was ignored", unreadable);
        }
    }

    @Override
    public void close() {
        instanceSockets.values().forEach(Socket::disconnect);
        instanceSockets.clear();
        global.off();
        global.disconnect();
        status.accept(Status.DOWN);
    }
}
