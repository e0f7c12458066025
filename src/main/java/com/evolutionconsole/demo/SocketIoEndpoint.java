package com.evolutionconsole.demo;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Socket.IO v4 (Engine.IO v4) at {@code /socket.io/}, over HTTP long-polling, as the embedded server's event
 * stream (CONTRACT §5): per-instance namespaces {@code /{instance}} that exist only once an event passed the
 * instance's websocket filter ("Invalid namespace" before), the global namespace {@code /} when global events are
 * on, the apikey checked at the handshake, and the real envelopes. Polling only (no upgrade offered): the JDK HTTP
 * server has no WebSocket, and Socket.IO clients fall back to polling by themselves.
 */
final class SocketIoEndpoint implements HttpHandler, DemoEventListener {

    private static final char SEPARATOR = '\u001e';

    private final DemoBackend backend;
    private final DemoServerConfig config;
    private final Supplier<String> serverUrl;
    private final JsonAdapter<Object> json = new Moshi.Builder().build().adapter(Object.class).serializeNulls();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Set<String> namespaces = ConcurrentHashMap.newKeySet();
    private volatile boolean listening;

    /** One Engine.IO client: its outgoing packets and the namespaces it joined. */
    private static final class Session {
        final String sid = UUID.randomUUID().toString();
        final BlockingQueue<String> outbox = new LinkedBlockingQueue<>();
        final Set<String> joined = ConcurrentHashMap.newKeySet();
        volatile long lastSeenNanos = System.nanoTime();
    }

    SocketIoEndpoint(DemoBackend backend, DemoServerConfig config, Supplier<String> serverUrl) {
        this.backend = backend;
        this.config = config;
        this.serverUrl = serverUrl;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            dropIdleSessions();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            if (!"4".equals(query.get("EIO"))) {
                answer(exchange, 400, "application/json", "{\"code\":5,\"message\":\"Unsupported protocol version\"}");
                return;
            }
            if (!"polling".equals(query.get("transport"))) {
                answer(exchange, 400, "application/json", "{\"code\":3,\"message\":\"Bad request\"}");
                return;
            }
            String sid = query.get("sid");
            if (sid == null) {
                handshake(exchange, query);
                return;
            }
            Session session = sessions.get(sid);
            if (session == null) {
                answer(exchange, 400, "application/json", "{\"code\":1,\"message\":\"Session ID unknown\"}");
                return;
            }
            session.lastSeenNanos = System.nanoTime();
            if ("POST".equals(exchange.getRequestMethod())) {
                receive(session, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                answer(exchange, 200, "text/html", "ok");
            } else {
                answer(exchange, 200, "text/plain; charset=UTF-8", poll(session));
            }
        }
    }

    private void handshake(HttpExchange exchange, Map<String, String> query) throws IOException {
        String key = exchange.getRequestHeaders().getFirst("apikey");
        if (key == null) {
            key = query.get("apikey");
        }
        if (key == null || key.isBlank()) {
            answer(exchange, 403, "application/json", "{\"code\":4,\"message\":\"apiKey is required\"}");
            return;
        }
        if (!key.equals(config.apiKey()) && !backend.isInstanceToken(key)) {
            answer(exchange, 403, "application/json", "{\"code\":4,\"message\":\"Invalid global token\"}");
            return;
        }
        Session session = new Session();
        sessions.put(session.sid, session);
        listen();
        long ping = config.socketPingInterval().toMillis();
        answer(exchange, 200, "text/plain; charset=UTF-8", "0{\"sid\":\"" + session.sid + "\",\"upgrades\":[],"
                + "\"pingInterval\":" + ping + ",\"pingTimeout\":20000,\"maxPayload\":1000000}");
    }

    /** Client packets: namespace connects and disconnects, pongs, close. */
    private void receive(Session session, String payload) {
        for (String packet : payload.split(String.valueOf(SEPARATOR))) {
            if (packet.isEmpty()) {
                continue;
            }
            switch (packet.charAt(0)) {
                case '1' -> sessions.remove(session.sid);
                case '4' -> socketPacket(session, packet.substring(1));
                default -> { } // '3' pong: lastSeen is enough; others are not sent by v4 clients
            }
        }
    }

    private void socketPacket(Session session, String packet) {
        if (packet.isEmpty()) {
            return;
        }
        char type = packet.charAt(0);
        String namespace = "/";
        String rest = packet.substring(1);
        if (rest.startsWith("/")) {
            int comma = rest.indexOf(',');
            namespace = comma < 0 ? rest : rest.substring(0, comma);
            rest = comma < 0 ? "" : rest.substring(comma + 1);
        }
        String name = URLDecoder.decode(namespace, StandardCharsets.UTF_8);
        if (type == '0') {
            if (name.equals("/") || namespaces.contains(name)) {
                session.joined.add(name);
                session.outbox.add("40" + prefix(namespace) + "{\"sid\":\"" + UUID.randomUUID() + "\"}");
            } else {
                session.outbox.add("44" + prefix(namespace) + "{\"message\":\"Invalid namespace\"}");
            }
        } else if (type == '1') {
            session.joined.remove(name);
        }
    }

    /** A long poll: whatever is queued, or a ping once the ping interval passed with nothing to say. */
    private String poll(Session session) {
        try {
            String first = session.outbox.poll(config.socketPingInterval().toMillis(), TimeUnit.MILLISECONDS);
            if (first == null) {
                return "2";
            }
            StringBuilder out = new StringBuilder(first);
            String next;
            while ((next = session.outbox.poll()) != null) {
                out.append(SEPARATOR).append(next);
            }
            return out.toString();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return "6"; // noop: the server is stopping
        }
    }

    @Override
    public void onEvent(DemoEvent event) {
        if (sessions.isEmpty()) {
            return;
        }
        String envelope = json.toJson(event.envelope(serverUrl.get()));
        String body = "[" + json.toJson(event.event()) + "," + envelope + "]";
        String namespace = "/" + event.instance();
        if (passesInstanceFilter(event)) {
            namespaces.add(namespace); // the first emit creates the namespace
            broadcast(namespace, "42" + namespace + "," + body);
        }
        if (config.websocketGlobalEvents()) {
            broadcast("/", "42" + body);
        }
    }

    @Override
    public boolean wants(String instance, boolean configured) {
        String namespace = "/" + instance;
        for (Session session : sessions.values()) {
            if (session.joined.contains(namespace) || config.websocketGlobalEvents() && session.joined.contains("/")) {
                return true;
            }
        }
        // the first event that passes the filter creates the namespace, so it must be built even unheard
        return configured && !namespaces.contains(namespace);
    }

    private boolean passesInstanceFilter(DemoEvent event) {
        Map<String, Object> row = backend.websocketConfig(event.instance());
        if (row == null || !Boolean.TRUE.equals(row.get("enabled"))) {
            return false;
        }
        Object events = row.get("events");
        if (!(events instanceof List<?> list) || list.isEmpty()) {
            return true; // [] stores all events
        }
        String configName = event.event().replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
        return list.contains(configName);
    }

    private void broadcast(String namespace, String packet) {
        for (Session session : sessions.values()) {
            if (session.joined.contains(namespace)) {
                session.outbox.add(packet);
            }
        }
    }

    /** Listens to the backend only while a client is connected: an unheard QR event is costly to build. */
    private synchronized void listen() {
        if (!listening) {
            backend.addListener(this);
            listening = true;
        }
    }

    private synchronized void dropIdleSessions() {
        long limit = config.socketPingInterval().plus(Duration.ofSeconds(20)).toNanos();
        long now = System.nanoTime();
        sessions.values().removeIf(s -> now - s.lastSeenNanos > limit);
        if (sessions.isEmpty() && listening) {
            backend.removeListener(this);
            listening = false;
        }
    }

    private static String prefix(String namespace) {
        return namespace.equals("/") ? "" : namespace + ",";
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(key, value);
        }
        return params;
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
