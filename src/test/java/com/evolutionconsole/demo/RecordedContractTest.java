package com.evolutionconsole.demo;

import com.evolutionconsole.testing.MutableClock;
import com.evolutionconsole.testing.Recording;
import com.evolutionconsole.testing.Recording.Exchange;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays exchanges #01–#60 of the real v2.3.6 recording, in order and byte for byte, against one embedded
 * server in the same "cannot reach WhatsApp" mode, and compares status codes exactly and bodies structurally.
 *
 * <p>Time: a fake clock is set to each exchange's recorded wall time (plus an offset, below), and the server has
 * no blocking delays. The live state of an instance whose connection loops flaps with a 5 s phase on both servers,
 * but the real phase depended on network timing. Where an answer reveals the phase (connectionState, restart,
 * logout) the test makes the server's phase match: if it differs, the clock offset grows by one flap period, which
 * keeps the recorded spacing and flips the phase. Create's {@code instance.status} cannot be aligned that way (the
 * instance does not exist before the call, and the real server took its snapshot after a 5–10 s wait), so there
 * either {@code close} or {@code connecting} is accepted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordedContractTest {

    private static final Duration FLAP = Duration.ofSeconds(5);
    /** The day of the recording: its createdAt values are all on it. */
    private static final String RECORDED_DAY = "2026-11-25";
    private static final Pattern HEADING_TIME =
            Pattern.compile("(?m)^### (\\d+)\\. .*\\(t=.*, (\\d\\d:\\d\\d:\\d\\d\\.\\d{3})Z\\)$");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
            + "[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern CUID = Pattern.compile("c[0-9a-z]{24}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    private static final Set<String> IDENTIFIER_KEYS = Set.of("id", "instanceId", "hash", "token");
    private static final Set<String> TIMESTAMP_KEYS = Set.of("createdAt", "updatedAt");
    private static final String TYPE_ERROR_PREFIX = "TypeError: Cannot read properties of undefined";
    /** Where the recording cut the 500 dump short. */
    private static final String CUT_MARKER = " ... [about";
    private static final int FIRST_SERVER_RESTART = 61;
    /** The recorded server's own address, which GET / repeats; here it is the embedded server's. */
    private static final String RECORDED_SERVER_URL = "http://127.0.0.1:8080";

    private final MutableClock clock = MutableClock.at(RECORDED_DAY + "T08:00:00Z");
    private final JsonAdapter<Object> json = new Moshi.Builder().build().adapter(Object.class);
    /** Recorded volatile value (id, token) to the one this server issued in the same place. */
    private final Map<String, String> issued = new HashMap<>();
    private final List<DemoEvent> events = new CopyOnWriteArrayList<>();
    private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    private Map<Integer, Instant> recordedTimes;
    private EmbeddedEvolutionServer server;
    private Duration offset = Duration.ZERO;

    @BeforeAll
    void startServer() throws IOException {
        recordedTimes = readRecordedTimes();
        server = new EmbeddedEvolutionServer(DemoServerConfig.builder(Recording.GLOBAL_KEY).clock(clock)
                .noDelays().whatsappReachable(false).flapPeriod(FLAP).build());
        server.backend().addListener(events::add);
        server.start();
    }

    @AfterAll
    void stopServer() {
        server.stop();
    }

    @TestFactory
    Stream<DynamicTest> everyRecordedExchangeInOrder() {
        Stream<DynamicTest> exchanges = Recording.all().stream().map(exchange -> DynamicTest.dynamicTest(
                String.format("#%02d %s", exchange.number(), exchange.label()), () -> {
                    Assumptions.assumeTrue(exchange.number() < FIRST_SERVER_RESTART,
                            "#61-#63 follow restarts of the real server (one keeping its database, one with an "
                                    + "empty one); the embedded server keeps instances only in memory");
                    replay(exchange);
                }));
        DynamicTest capture = DynamicTest.dynamicTest("Socket.IO capture of #56-#60: delete of a connecting instance",
                this::deleteOfConnectingInstanceEmitsTheCapturedEvents);
        return Stream.concat(exchanges, Stream.of(capture));
    }

    private void replay(Exchange exchange) throws IOException {
        clock.set(recordedTimes.get(exchange.number()).plus(offset));
        alignFlapPhase(exchange);

        try (Response response = http.newCall(request(exchange)).execute()) {
            String body = Objects.requireNonNull(response.body()).string();
            String report = String.format("exchange #%02d %s %s%n  expected %d %s%n  actual   %d %s",
                    exchange.number(), exchange.method(), exchange.path(), exchange.status(),
                    exchange.responseBody(), response.code(), body);
            assertThat(response.code()).as(report).isEqualTo(exchange.status());
            assertThat(response.header("Content-Type")).as(report).isEqualTo("application/json; charset=utf-8");
            List<String> differences = new ArrayList<>();
            compare("$", json.fromJson(exchange.responseBody()), json.fromJson(body), exchange, differences);
            assertThat(differences).as(report).isEmpty();
        }
    }

    /** Sends what curl sent: no body, {@code {}}, malformed JSON or a numeric name, with the mapped token. */
    private Request request(Exchange exchange) {
        Request.Builder request = new Request.Builder().url(server.url() + exchange.path());
        if (exchange.apikey() != null) {
            request.header("apikey", issued.getOrDefault(exchange.apikey(), exchange.apikey()));
        }
        RequestBody body = null;
        if (exchange.requestBody() != null) {
            MediaType type = exchange.requestContentType() == null ? null
                    : MediaType.get(exchange.requestContentType());
            body = RequestBody.create(exchange.requestBody().getBytes(StandardCharsets.UTF_8), type);
        } else if (exchange.method().equals("POST")) {
            body = RequestBody.create(new byte[0], null);
        }
        return request.method(exchange.method(), body).build();
    }

    /** Moves the clock one flap period on when the answer will reveal a phase the server is not in. */
    private void alignFlapPhase(Exchange exchange) {
        String recordedState = recordedLiveState(exchange);
        if (recordedState == null) {
            return;
        }
        String path = exchange.path();
        String name = UriComponents.pathSegment(path.substring(path.lastIndexOf('/') + 1));
        boolean otherPhase = server.backend().instance(name)
                .filter(instance -> instance.sessionActive() && !instance.liveState().equals(recordedState))
                .isPresent();
        if (otherPhase) {
            offset = offset.plus(FLAP);
            clock.set(recordedTimes.get(exchange.number()).plus(offset));
        }
    }

    /** The live state the real server was in, where its answer shows it. */
    private static String recordedLiveState(Exchange exchange) {
        String path = exchange.path();
        if (path.startsWith("/instance/connectionState/") && exchange.status() == 200) {
            return exchange.responseBody().contains("\"state\":\"connecting\"") ? "connecting" : "close";
        }
        if (path.startsWith("/instance/restart/") && exchange.status() == 200) {
            return exchange.responseBody().contains("\"error\":true") ? "close" : "connecting";
        }
        if (path.startsWith("/instance/logout/")) {
            return exchange.status() == 400 ? "close" : "connecting";
        }
        return null;
    }

    private void compare(String where, Object expected, Object actual, Exchange exchange, List<String> differences) {
        if (expected instanceof Map<?, ?> expectedMap) {
            if (!(actual instanceof Map<?, ?> actualMap)) {
                differences.add(where + ": expected an object, got " + actual);
                return;
            }
            List<?> expectedKeys = new ArrayList<>(expectedMap.keySet());
            List<?> actualKeys = new ArrayList<>(actualMap.keySet());
            if (!expectedKeys.equals(actualKeys)) {
                differences.add(where + ": keys " + actualKeys + " instead of " + expectedKeys);
                return;
            }
            for (Object key : expectedKeys) {
                String child = where + "." + key;
                Object expectedValue = expectedMap.get(key);
                Object actualValue = actualMap.get(key);
                if (!compareVolatile((String) key, child, expectedValue, actualValue, exchange, differences)) {
                    compare(child, expectedValue, actualValue, exchange, differences);
                }
            }
        } else if (expected instanceof List<?> expectedList) {
            if (!(actual instanceof List<?> actualList) || actualList.size() != expectedList.size()) {
                differences.add(where + ": expected " + expectedList.size() + " elements, got " + actual);
                return;
            }
            for (int i = 0; i < expectedList.size(); i++) {
                compare(where + "[" + i + "]", expectedList.get(i), actualList.get(i), exchange, differences);
            }
        } else if (expected instanceof String text && text.startsWith(TYPE_ERROR_PREFIX)) {
            // The property named in the TypeError varies with the real server's code path.
            if (!(actual instanceof String actualText) || !actualText.startsWith(TYPE_ERROR_PREFIX)) {
                differences.add(where + ": expected a TypeError text, got " + actual);
            }
        } else if (expected instanceof String text && text.contains(CUT_MARKER)) {
            String prefix = text.substring(0, text.indexOf(CUT_MARKER));
            if (!(actual instanceof String actualText) || !actualText.startsWith(prefix)
                    || actualText.length() < 10_000) {
                differences.add(where + ": expected a dump of about 12 KB starting " + prefix);
            }
        } else if (expected instanceof String text && text.startsWith(RECORDED_SERVER_URL)) {
            String here = server.url() + text.substring(RECORDED_SERVER_URL.length());
            if (!here.equals(actual)) {
                differences.add(where + ": " + actual + " instead of " + here);
            }
        } else if (!Objects.equals(expected, actual)) {
            differences.add(where + ": " + actual + " instead of " + expected);
        }
    }

    /** True when the value was volatile and has been checked here. */
    private boolean compareVolatile(String key, String where, Object expected, Object actual, Exchange exchange,
                                    List<String> differences) {
        if (IDENTIFIER_KEYS.contains(key) && expected instanceof String recorded) {
            Pattern format = UUID.matcher(recorded).matches() ? UUID : CUID;
            if (!(actual instanceof String value) || !format.matcher(value).matches()) {
                differences.add(where + ": " + actual + " does not look like " + recorded);
                return true;
            }
            String known = issued.putIfAbsent(recorded, value);
            if (known != null && !known.equals(value)) {
                differences.add(where + ": " + value + " where this server issued " + known);
            }
            return true;
        }
        if (TIMESTAMP_KEYS.contains(key) && expected instanceof String) {
            if (!(actual instanceof String value) || !TIMESTAMP.matcher(value).matches()) {
                differences.add(where + ": " + actual + " is not an ISO timestamp with milliseconds");
            }
            return true;
        }
        boolean createSnapshot = key.equals("status") && exchange.path().equals("/instance/create")
                && where.equals("$.instance.status");
        if (createSnapshot) {
            if (!Set.of("close", "connecting").contains(actual)) {
                differences.add(where + ": " + actual + " is not a snapshot of the flapping state");
            }
            return true;
        }
        return false;
    }

    /** Part 2 of the recording: deleting the connecting probe-ws gave remove, logout, then close/401. */
    private void deleteOfConnectingInstanceEmitsTheCapturedEvents() {
        List<DemoEvent> probeWs = events.stream().filter(event -> event.instance().equals("probe-ws")).toList();
        Instant deletedAt = recordedTimes.get(60).plus(offset);
        List<DemoEvent> atDelete = probeWs.stream().filter(event -> event.dateTime().equals(deletedAt)).toList();
        assertThat(atDelete).extracting(DemoEvent::event)
                .containsSubsequence("remove.instance", "logout.instance", "connection.update");
        assertThat(atDelete.get(atDelete.size() - 1).data()).containsEntry("state", "close")
                .containsEntry("statusReason", 401);
        assertThat(probeWs.stream().filter(event -> !event.dateTime().equals(deletedAt)
                && event.event().equals("connection.update")))
                .isNotEmpty()
                .allSatisfy(event -> assertThat(event.data()).containsEntry("state", "connecting")
                        .containsEntry("statusReason", 200));
    }

    private static Map<Integer, Instant> readRecordedTimes() throws IOException {
        try (InputStream in = RecordedContractTest.class.getResourceAsStream("/fixtures/recorded-2.3.6.txt")) {
            String text = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
            Map<Integer, Instant> times = new HashMap<>();
            Matcher heading = HEADING_TIME.matcher(text);
            while (heading.find()) {
                times.put(Integer.parseInt(heading.group(1)),
                        Instant.parse(RECORDED_DAY + "T" + heading.group(2) + "Z"));
            }
            assertThat(times).hasSize(Recording.all().size());
            return times;
        }
    }
}
