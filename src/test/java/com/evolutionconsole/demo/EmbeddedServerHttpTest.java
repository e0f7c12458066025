package com.evolutionconsole.demo;

import com.evolutionconsole.testing.MutableClock;
import com.evolutionconsole.demo.HttpProbe.Answer;
import com.squareup.moshi.Moshi;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/** The embedded server over real loopback HTTP: guard order, names, tokens, the QR flow, latency, the ticker. */
class EmbeddedServerHttpTest {

    private static final String KEY = "global-key";
    private static final String BAILEYS = "\"integration\":\"WHATSAPP-BAILEYS\"";

    private final MutableClock clock = MutableClock.at("2026-11-25T08:00:00Z");
    private EmbeddedEvolutionServer server;
    private HttpProbe http;

    @BeforeEach
    void start() {
        server = started(DemoServerConfig.builder(KEY).clock(clock).noDelays().build());
        http = new HttpProbe(server.url());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private static EmbeddedEvolutionServer started(DemoServerConfig config) {
        EmbeddedEvolutionServer embedded = new EmbeddedEvolutionServer(config);
        embedded.start();
        return embedded;
    }

    private Answer create(String name, boolean qrcode) throws IOException {
        Map<String, Object> body = Map.of("instanceName", name, "qrcode", qrcode, "integration", "WHATSAPP-BAILEYS");
        return http.send("POST", "/instance/create", KEY, new Moshi.Builder().build().adapter(Object.class)
                .toJson(body));
    }

    /** One encoded path segment, as a client library would build it. */
    private static String segment(String name) {
        return HttpUrl.get("http://h/").newBuilder().addPathSegment(name).build().encodedPath().substring(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String json) throws IOException {
        return (Map<String, Object>) new Moshi.Builder().build().adapter(Object.class).fromJson(json);
    }

    @Test
    void rootNeedsNoKeyAndEveryAnswerIsUtf8Json() throws IOException {
        Answer root = http.get("/", null);

        assertThat(root.status()).isEqualTo(200);
        assertThat(root.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(object(root.body())).containsEntry("version", "2.3.6")
                .containsEntry("manager", server.url() + "/manager");
        assertThat(http.get("/nope", null).contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(http.send("HEAD", "/", null, null)).extracting(Answer::status, Answer::body)
                .containsExactly(200, "");
    }

    @Test
    void anUnknownInstanceIs404EvenWithAWrongKey() throws IOException {
        create("shop1", false);

        assertThat(http.get("/instance/connectionState/ghost", "wrong")).isEqualTo(new Answer(404,
                "application/json; charset=utf-8",
                "{\"status\":404,\"error\":\"Not Found\",\"response\":{\"message\":[\"The \\\"ghost\\\" instance does "
                        + "not exist\"]}}"));
        assertThat(http.get("/instance/connectionState/shop1", "wrong").body())
                .isEqualTo("{\"status\":401,\"error\":\"Unauthorized\",\"response\":{\"message\":\"Unauthorized\"}}");
        assertThat(http.get("/instance/connectionState/shop1", null).status()).isEqualTo(401);
    }

    @Test
    void aTakenNameIs403BeforeTheKeyIsChecked() throws IOException {
        create("shop1", false);

        Answer duplicate = http.send("POST", "/instance/create", "wrong", "{\"instanceName\":\"shop1\"," + BAILEYS + "}");
        Answer noName = http.send("POST", "/instance/create", "wrong", null);
        Answer numeric = http.send("POST", "/instance/create", "wrong", "{\"instanceName\":123," + BAILEYS + "}");

        assertThat(duplicate.status()).isEqualTo(403);
        assertThat(duplicate.body()).contains("[\"This name \\\"shop1\\\" is already in use.\"]");
        assertThat(noName.body()).contains("This name \\\"undefined\\\" is already in use.");
        assertThat(numeric.status()).isEqualTo(500);
        assertThat(numeric.body()).contains("PrismaClientValidationError").hasSizeGreaterThan(10_000);
        assertThat(http.send("POST", "/instance/create", "wrong", "{\"instanceName\":\"new\"," + BAILEYS + "}")
                .status()).isEqualTo(401);
    }

    @Test
    void theBodyIsParsedFirstThenTheRouteMatched() throws IOException {
        Answer truncated = http.send("POST", "/nope", null, "{\"instanceName\":");
        Answer notJson = http.send("POST", "/instance/create", "wrong", "nope");
        Answer badToken = http.send("POST", "/instance/create", KEY, "{\"instanceName\":\"a\",,}");
        Answer unknown = http.get("/nope?x=1", null);
        Answer wrongMethod = http.send("DELETE", "/instance/create", KEY, null);

        assertThat(truncated.body()).isEqualTo("{\"status\":400,\"error\":\"Internal Server Error\",\"response\":"
                + "{\"message\":\"Unexpected end of JSON input\"}}");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(object(notJson.body())).containsEntry("response",
                Map.of("message", "Unexpected token 'n', \"nope\" is not valid JSON"));
        assertThat(object(badToken.body())).containsEntry("response",
                Map.of("message", "Expected property name or '}' in JSON at position 20"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("[\"Cannot GET /nope?x=1\"]");
        assertThat(wrongMethod.body()).contains("[\"Cannot DELETE /instance/create\"]");
    }

    @Test
    void schemaViolationsComeAfterTheKeyAsNestedArrays() throws IOException {
        create("shop1", false);

        assertThat(http.send("POST", "/instance/setPresence/shop1", "wrong", "{\"presence\":\"sleeping\"}").status())
                .isEqualTo(401);
        assertThat(http.send("POST", "/instance/setPresence/shop1", KEY, "{\"presence\":\"sleeping\"}").body())
                .contains("[[\"presence is not one of enum values: unavailable,available,composing,recording,"
                        + "paused\"]]");
        assertThat(http.send("POST", "/instance/create", KEY, "{\"instanceName\":\"x\",\"qrcode\":\"yes\"}").body())
                .contains("[[\"qrcode is not of a type(s) boolean\"]]");
        assertThat(http.send("POST", "/settings/set/shop1", KEY, "{\"groupsIgnore\":false,\"alwaysOnline\":false,"
                + "\"readMessages\":false,\"readStatus\":false,\"syncFullHistory\":false}").body())
                .contains("[[\"instance requires property \\\"rejectCall\\\"\"]]");
        assertThat(http.send("POST", "/websocket/set/shop1", KEY, "{\"websocket\":{\"events\":[\"NOPE\"]}}").body())
                .contains("websocket.events[0] is not one of enum values: APPLICATION_STARTUP,")
                .contains("websocket requires property \\\"enabled\\\"");
        assertThat(http.send("POST", "/instance/create", KEY, "{\"instanceName\":\"y\",\"integration\":\"FOO\"}")
                .body()).contains("[\"Invalid integration\"]");
    }

    @Test
    void settingsAndWebsocketRoundTrip() throws IOException {
        create("shop1", false);
        String settings = "{\"rejectCall\":true,\"msgCall\":\"busy\",\"groupsIgnore\":false,\"alwaysOnline\":false,"
                + "\"readMessages\":false,\"readStatus\":false,\"syncFullHistory\":false,\"wavoipToken\":\"\"}";

        assertThat(http.get("/websocket/find/shop1", KEY).body()).isEqualTo("null");
        Answer set = http.send("POST", "/settings/set/shop1", KEY, settings);
        Answer websocket = http.send("POST", "/websocket/set/shop1", KEY,
                "{\"websocket\":{\"enabled\":true,\"events\":[\"QRCODE_UPDATED\"]}}");

        assertThat(set.status()).isEqualTo(201);
        assertThat(set.body()).isEqualTo("{\"settings\":{\"instanceName\":\"shop1\",\"settings\":" + settings + "}}");
        assertThat(http.get("/settings/find/shop1", KEY).body()).isEqualTo(settings);
        assertThat(websocket.status()).isEqualTo(201);
        assertThat(http.get("/websocket/find/shop1", KEY).body()).isEqualTo(websocket.body())
                .contains("\"events\":[\"QRCODE_UPDATED\"]");
    }

    @Test
    void namesAreOnePercentEncodedSegment() throws IOException {
        for (String name : List.of("bad name/with slash", "café ☕ ünï", "a+b", "")) {
            assertThat(create(name, false).status()).as(name).isEqualTo(201);
        }

        assertThat(http.get("/instance/connectionState/bad%20name%2Fwith%20slash", KEY).body())
                .isEqualTo("{\"instance\":{\"instanceName\":\"bad name/with slash\",\"state\":\"close\"}}");
        assertThat(http.get("/instance/connectionState/" + segment("café ☕ ünï"), KEY).body())
                .contains("\"instanceName\":\"café ☕ ünï\"");
        assertThat(http.get("/instance/connectionState/a+b", KEY).body()).contains("\"instanceName\":\"a+b\"");
        assertThat(http.get("/instance/connectionState/%C3%28", KEY).body()).isEqualTo("{\"status\":400,\"error\":"
                + "\"Internal Server Error\",\"response\":{\"message\":\"Failed to decode param '%C3%28'\"}}");
        // Like the real server, no route reaches the empty name.
        assertThat(http.get("/instance/connectionState/", KEY).body()).contains("Cannot GET /instance/connectionState/");
        assertThat(http.send("DELETE", "/instance/delete/" + segment("bad name/with slash"), KEY, null).status())
                .isEqualTo(200);
        assertThat(http.get("/instance/fetchInstances", KEY).body()).doesNotContain("bad name");
    }

    @Test
    void anInstanceTokenWorksOnlyOnItsOwnInstance() throws IOException {
        String token = (String) object(create("shop1", false).body()).get("hash");
        create("shop2", false);

        assertThat(http.get("/instance/connectionState/shop1", token).status()).isEqualTo(200);
        assertThat(http.get("/instance/connectionState/shop2", token).status()).isEqualTo(401);
        assertThat(http.get("/instance/fetchInstances", token).body()).contains("\"name\":\"shop1\"")
                .doesNotContain("shop2");
        assertThat(http.get("/instance/fetchInstances?instanceName=shop2", token).status()).isEqualTo(401);
        assertThat(http.send("POST", "/instance/create", token, "{\"instanceName\":\"x\"," + BAILEYS + "}").status())
                .isEqualTo(401);
        assertThat(http.send("POST", "/verify-creds", token, null).status()).isEqualTo(401);
        assertThat(http.send("POST", "/verify-creds", KEY, null).body())
                .isEqualTo("{\"status\":200,\"message\":\"Credentials are valid\"}");
        assertThat(http.send("DELETE", "/instance/delete/shop1", token, null).status()).isEqualTo(200);
    }

    @Test
    void theWholeQrFlowWithAScannedPhone() throws IOException {
        Answer created = create("shop1", true);
        assertThat(object(created.body())).extractingByKey("qrcode").asInstanceOf(MAP)
                .containsEntry("count", 1.0).containsKey("base64");
        assertThat(http.send("POST", "/instance/setPresence/shop1", KEY, "{\"presence\":\"available\"}").status())
                .isEqualTo(400);

        Answer scanned = http.send("POST", "/demo/phone-scanned/shop1", KEY,
                "{\"profileName\":\"Shop One\",\"number\":\"5511999990000\"}");

        assertThat(scanned.status()).isEqualTo(200);
        assertThat(http.get("/instance/connectionState/shop1", KEY).body()).contains("\"state\":\"open\"");
        assertThat(http.send("POST", "/instance/setPresence/shop1", KEY, "{\"presence\":\"available\"}"))
                .extracting(Answer::status, Answer::body).containsExactly(201, "{\"presence\":\"available\"}");
        assertThat(http.send("DELETE", "/instance/logout/shop1", KEY, null).body()).isEqualTo(
                "{\"status\":\"SUCCESS\",\"error\":false,\"response\":{\"message\":\"Instance logged out\"}}");
        assertThat(http.get("/instance/connect/shop1?number=5511912345678", KEY).body())
                .matches("\\{\"pairingCode\":\"[A-Z0-9]{8}\",\"code\":\"2@.*\",\"count\":1}");
        assertThat(http.send("POST", "/demo/phone-scanned/ghost", KEY, null).status()).isEqualTo(404);
        clock.advance(Duration.ofSeconds(1));
        http.send("DELETE", "/instance/logout/shop1", KEY, null);
        assertThat(http.send("POST", "/demo/phone-scanned/shop1", KEY, null).body())
                .contains("has no QR code to scan");
    }

    @Test
    void latencyIsAddedToEveryAnswer() throws IOException {
        EmbeddedEvolutionServer slow = started(DemoServerConfig.builder(KEY).clock(clock).noDelays()
                .latency(Duration.ofMillis(300)).build());
        try {
            long start = System.nanoTime();
            new HttpProbe(slow.url()).get("/", null);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        } finally {
            slow.stop();
        }
    }

    @Test
    void withTheSystemClockAQrArrivesWithoutAnyCall() throws Exception {
        EmbeddedEvolutionServer live = started(DemoServerConfig.builder(KEY).firstQrDelay(Duration.ofMillis(300))
                .createQrWait(Duration.ZERO).build());
        try {
            CountDownLatch qr = new CountDownLatch(1);
            live.backend().addListener(event -> {
                if (event.event().equals("qrcode.updated")) {
                    qr.countDown();
                }
            });
            new HttpProbe(live.url()).send("POST", "/instance/create", KEY,
                    "{\"instanceName\":\"shop1\",\"qrcode\":true," + BAILEYS + "}");

            assertThat(qr.await(5, TimeUnit.SECONDS)).as("qrcode.updated from the ticker").isTrue();
        } finally {
            live.stop();
        }
    }
}
