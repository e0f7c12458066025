package com.evolutionconsole.demo;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The HTTP face of the backend: Evolution API v2.3.6 routes with the real server's guard order (body parsing,
 * route match, instance exists, duplicate name, apikey, schema, controller) and its JSON, key order included.
 */
final class EvolutionRoutes implements HttpHandler {

    private static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final Logger LOG = LoggerFactory.getLogger(EvolutionRoutes.class);

    /** Which key a route accepts, after the instance and duplicate guards. */
    private enum Access { NONE, GLOBAL_KEY, INSTANCE_TOKEN, ANY_TOKEN }

    @FunctionalInterface
    private interface Controller {
        Reply answer(Call call) throws InterruptedException;
    }

    /** One route: fixed segments, optionally followed by the instance name as the last segment. */
    private record Route(String method, String path, boolean takesInstance, Access access, RequestSchema schema,
                         Controller controller) {
    }

    /** A request as a controller sees it. */
    private record Call(String instanceName, Map<String, String> query, Map<String, Object> body, String apikey) {
    }

    /** A matched route's instance segment, still percent-encoded; null for routes without one. */
    private record Match(String rawInstanceName) {
    }

    /** Status and JSON text; an empty text means an empty body. */
    private record Reply(int status, String json) {
    }

    private final DemoBackend backend;
    private final FaultInjector faults;
    private final DemoServerConfig config;
    private final Supplier<String> serverUrl;
    private final JsonAdapter<Object> json = new Moshi.Builder().build().adapter(Object.class).serializeNulls();
    private final List<Route> routes;

    EvolutionRoutes(DemoBackend backend, FaultInjector faults, Supplier<String> serverUrl) {
        this.backend = backend;
        this.faults = faults;
        this.config = backend.config();
        this.serverUrl = serverUrl;
        this.routes = List.of(
                new Route("GET", "/", false, Access.NONE, null, this::welcome),
                new Route("POST", "/verify-creds", false, Access.GLOBAL_KEY, null, this::verifyCredentials),
                new Route("POST", "/instance/create", false, Access.GLOBAL_KEY, RequestSchema.CREATE, this::create),
                new Route("GET", "/instance/fetchInstances", false, Access.ANY_TOKEN, null, this::fetchInstances),
                new Route("GET", "/instance/connect", true, Access.INSTANCE_TOKEN, null, this::connect),
                new Route("POST", "/instance/restart", true, Access.INSTANCE_TOKEN, null, this::restart),
                new Route("GET", "/instance/connectionState", true, Access.INSTANCE_TOKEN, null,
                        call -> ok(200, backend.connectionState(call.instanceName()))),
                new Route("POST", "/instance/setPresence", true, Access.INSTANCE_TOKEN, RequestSchema.PRESENCE,
                        call -> ok(201, backend.setPresence(call.instanceName(), (String) call.body().get("presence")))),
                new Route("DELETE", "/instance/logout", true, Access.INSTANCE_TOKEN, null,
                        call -> ok(200, backend.logout(call.instanceName()))),
                new Route("DELETE", "/instance/delete", true, Access.INSTANCE_TOKEN, null,
                        call -> ok(200, backend.delete(call.instanceName()))),
                new Route("POST", "/settings/set", true, Access.INSTANCE_TOKEN, RequestSchema.SETTINGS,
                        call -> ok(201, backend.setSettings(call.instanceName(), call.body()))),
                new Route("GET", "/settings/find", true, Access.INSTANCE_TOKEN, null,
                        call -> ok(200, backend.findSettings(call.instanceName()))),
                new Route("POST", "/websocket/set", true, Access.INSTANCE_TOKEN, RequestSchema.WEBSOCKET,
                        call -> ok(201, backend.setWebsocket(call.instanceName(), call.body().get("websocket")))),
                new Route("GET", "/websocket/find", true, Access.INSTANCE_TOKEN, null,
                        call -> ok(200, backend.findWebsocket(call.instanceName()))),
                new Route("POST", "/demo/phone-scanned", true, Access.INSTANCE_TOKEN, RequestSchema.PHONE_SCANNED,
                        call -> ok(200, backend.phoneScanned(call.instanceName(),
                                (String) call.body().get("profileName"), (String) call.body().get("number")))));
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            pause(config.latency());
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String rawPath = exchange.getRequestURI().getRawPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            Optional<FaultInjector.Fault> fault = faults.take(method, rawPath);
            if (fault.isPresent()) {
                pause(fault.get().delay);
                if (fault.get().outcome == FaultInjector.Fault.Outcome.DROP_CONNECTION) {
                    return; // closing an exchange that sent no headers closes the connection without an answer
                }
                if (fault.get().outcome == FaultInjector.Fault.Outcome.RESPOND) {
                    sendFault(exchange, fault.get());
                    return;
                }
            }
            send(exchange, method, answer(exchange, method, rawPath, body));
        } catch (IOException e) {
            LOG.debug("client went away: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("demo server failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
        } finally {
            exchange.close();
        }
    }

    private Reply answer(HttpExchange exchange, String method, String rawPath, byte[] rawBody)
            throws InterruptedException {
        Headers headers = exchange.getRequestHeaders();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        try {
            Map<String, Object> body = RequestBodyParser.parse(headers.getFirst("Content-Type"), rawBody);
            String path = rawPath.length() > 1 && rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1)
                    : rawPath;
            String routeMethod = method.equals("HEAD") ? "GET" : method;
            for (Route route : routes) {
                Match match = match(route, routeMethod, path);
                if (match != null) {
                    return run(route, match.rawInstanceName(), UriComponents.query(rawQuery), body,
                            headers.getFirst("apikey"));
                }
            }
            String url = rawPath + (rawQuery == null ? "" : "?" + rawQuery);
            return error(EvolutionError.notFound("Cannot " + method + " " + url));
        } catch (EvolutionError e) {
            return error(e);
        }
    }

    /** Null when the route does not match. Like Express, fixed segments ignore case. */
    private static Match match(Route route, String method, String path) {
        if (!route.method().equals(method)) {
            return null;
        }
        if (!route.takesInstance()) {
            return route.path().equalsIgnoreCase(path) ? new Match(null) : null;
        }
        int slash = path.lastIndexOf('/');
        if (slash <= 0 || slash == path.length() - 1 || !path.substring(0, slash).equalsIgnoreCase(route.path())) {
            return null;
        }
        return new Match(path.substring(slash + 1));
    }

    private Reply run(Route route, String rawName, Map<String, String> query, Map<String, Object> body, String apikey)
            throws InterruptedException {
        String name = null;
        if (rawName != null) {
            try {
                name = UriComponents.pathSegment(rawName);
            } catch (IllegalArgumentException e) {
                throw EvolutionError.unparsableRequest("Failed to decode param '" + rawName + "'");
            }
            if (!backend.exists(name)) {
                throw EvolutionError.notFound("The \"" + name + "\" instance does not exist");
            }
        }
        if (route.path().equals("/instance/create")) {
            rejectTakenName(body);
        }
        checkKey(route.access(), name, apikey);
        if (route.schema() != null) {
            List<String> violations = route.schema().violations(body);
            if (!violations.isEmpty()) {
                throw EvolutionError.schemaViolations(violations);
            }
        }
        return route.controller().answer(new Call(name, query, body, apikey));
    }

    /**
     * The duplicate-name guard, which runs before the key check. It looks the name up as a JavaScript property
     * key first, so a missing name is "undefined"; a name that is not a string then breaks the database query.
     */
    private void rejectTakenName(Map<String, Object> body) {
        boolean sent = body.containsKey("instanceName");
        Object name = body.get("instanceName");
        String key = sent ? javascriptString(name) : "undefined";
        if (backend.exists(key) || (!sent && backend.instanceCount() > 0)) {
            throw EvolutionError.forbidden("This name \"" + key + "\" is already in use.");
        }
        if (sent && !(name instanceof String)) {
            throw EvolutionError.internal(PrismaValidationDump.text());
        }
    }

    private void checkKey(Access access, String instanceName, String apikey) {
        if (access == Access.NONE) {
            return;
        }
        if (apikey == null || apikey.isEmpty()) {
            throw EvolutionError.unauthorized();
        }
        boolean accepted = apikey.equals(config.apiKey())
                || (access == Access.INSTANCE_TOKEN && backend.isTokenOf(instanceName, apikey))
                || (access == Access.ANY_TOKEN && backend.isInstanceToken(apikey));
        if (!accepted) {
            throw EvolutionError.unauthorized();
        }
    }

    // ---- controllers -----------------------------------------------------------------------------------------

    private Reply welcome(Call call) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("status", 200);
        info.put("message", "Welcome to the Evolution API, it is working!");
        info.put("version", config.version());
        info.put("clientName", config.clientName());
        info.put("manager", serverUrl.get() + "/manager");
        info.put("documentation", "https://doc.evolution-api.com");
        info.put("whatsappWebVersion", config.whatsappWebVersion());
        return ok(200, info);
    }

    /** The Facebook fields come from unset environment variables on a plain server, so they are left out. */
    private Reply verifyCredentials(Call call) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", 200);
        answer.put("message", "Credentials are valid");
        return ok(200, answer);
    }

    private Reply create(Call call) throws InterruptedException {
        PendingCreation creation = backend.create(call.body());
        if (creation.waitsForQr()) {
            pause(config.createQrWait());
        }
        return ok(201, backend.answerCreation(creation, serverUrl.get()));
    }

    private Reply fetchInstances(Call call) {
        String instanceToken = config.apiKey().equals(call.apikey()) ? null : call.apikey();
        return ok(200, backend.fetchInstances(call.query().get("instanceName"), call.query().get("instanceId"),
                call.query().get("number"), instanceToken));
    }

    /** In the brief refused state the real controller returns undefined, which Express sends as an empty body. */
    private Reply restart(Call call) {
        Map<String, Object> answer = backend.restart(call.instanceName());
        return answer == null ? new Reply(200, "") : ok(200, answer);
    }

    /** Starting a connection blocks like the real server's sleep, then shows the QR as it is by then. */
    private Reply connect(Call call) throws InterruptedException {
        ConnectResult result = backend.connect(call.instanceName(), call.query().get("number"));
        if (!result.started()) {
            return ok(200, result.body());
        }
        pause(config.connectBlock());
        return ok(200, backend.qrCode(call.instanceName()).orElse(result.body()));
    }

    // ---- writing ---------------------------------------------------------------------------------------------

    /** A null body is written as JSON {@code null}, as {@code res.json(null)} does. */
    private Reply ok(int status, Object body) {
        return new Reply(status, json.toJson(body));
    }

    private Reply error(EvolutionError error) {
        return new Reply(error.status(), json.toJson(error.envelope()));
    }

    private static void send(HttpExchange exchange, String method, Reply reply) throws IOException {
        byte[] bytes = reply.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", JSON_TYPE);
        boolean noBody = bytes.length == 0 || method.equals("HEAD");
        exchange.sendResponseHeaders(reply.status(), noBody ? -1 : bytes.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static void sendFault(HttpExchange exchange, FaultInjector.Fault fault) throws IOException {
        if (fault.contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", fault.contentType);
        }
        long length = fault.fillerBytes >= 0 ? fault.fillerBytes : fault.body.length;
        exchange.sendResponseHeaders(fault.status, length == 0 ? -1 : length);
        if (length == 0) {
            return;
        }
        try (OutputStream out = exchange.getResponseBody()) {
            if (fault.fillerBytes < 0) {
                out.write(fault.body);
                return;
            }
            out.write("{\"filler\":\"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'x');
            long left = fault.fillerBytes - FaultInjector.FILLER_FRAME;
            while (left > 0) {
                int size = (int) Math.min(chunk.length, left);
                out.write(chunk, 0, size);
                left -= size;
            }
            out.write("\"}".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static void pause(Duration duration) throws InterruptedException {
        if (!duration.isZero()) {
            Thread.sleep(duration.toMillis());
        }
    }

    /** {@code String(value)} in JavaScript, for values parsed from JSON. */
    private static String javascriptString(Object value) {
        if (value instanceof Double number && number == Math.rint(number) && !Double.isInfinite(number)) {
            return Long.toString(number.longValue());
        }
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(item -> item == null ? "" : javascriptString(item)).toList());
        }
        if (value instanceof Map) {
            return "[object Object]";
        }
        return String.valueOf(value);
    }
}
