package com.evolutionconsole.demo;

import com.evolutionconsole.testing.MutableClock;
import com.evolutionconsole.demo.HttpProbe.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each kind of injected misbehaviour, seen by a real HTTP client. */
class FaultInjectorTest {

    private static final String KEY = "global-key";
    private static final String FETCH = "/instance/fetchInstances";

    private EmbeddedEvolutionServer server;
    private HttpProbe http;

    @BeforeEach
    void start() {
        server = new EmbeddedEvolutionServer(DemoServerConfig.builder(KEY)
                .clock(MutableClock.at("2026-11-25T08:00:00Z")).noDelays().build());
        server.start();
        http = new HttpProbe(server.url());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aCannedHtmlPageIsAnsweredOnceThenTheServerIsNormalAgain() throws IOException {
        server.faults().when("GET", FETCH).respond(502, "text/html", "<html><h1>502 Bad Gateway</h1></html>");

        assertThat(http.get(FETCH, KEY))
                .isEqualTo(new Answer(502, "text/html", "<html><h1>502 Bad Gateway</h1></html>"));
        assertThat(http.get(FETCH, KEY)).isEqualTo(new Answer(200, "application/json; charset=utf-8", "[]"));
        assertThat(server.faults().pendingRules()).isZero();
    }

    @Test
    void truncatedEmptyAndWronglyTypedBodies() throws IOException {
        server.faults().when("GET", FETCH).respond(200, "application/json; charset=utf-8", "[{\"id\":\"ab");
        server.faults().when("GET", FETCH).respond(200, "application/json; charset=utf-8", "");
        server.faults().when("GET", FETCH).respond(200, "text/plain", "OK");

        assertThat(http.get(FETCH, KEY).body()).isEqualTo("[{\"id\":\"ab");
        assertThat(http.get(FETCH, KEY)).isEqualTo(new Answer(200, "application/json; charset=utf-8", ""));
        assertThat(http.get(FETCH, KEY)).isEqualTo(new Answer(200, "text/plain", "OK"));
    }

    @Test
    void aTwentyMegabyteBody() throws IOException {
        server.faults().when("GET", FETCH).respondWithSize(200, "application/json; charset=utf-8", 20_000_000);

        String body = http.get(FETCH, KEY).body();

        assertThat(body).hasSize(20_000_000).startsWith("{\"filler\":\"xxx").endsWith("xxx\"}");
    }

    @Test
    void aDelayLongerThanTheClientTimeout() throws IOException {
        server.faults().when("GET", "/").delayed(Duration.ofSeconds(2)).answerNormally();
        HttpProbe impatient = new HttpProbe(server.url(), Duration.ofMillis(200));

        assertThatThrownBy(() -> impatient.get("/", null)).isInstanceOf(InterruptedIOException.class);
        assertThat(impatient.get("/", null).status()).isEqualTo(200);
    }

    @Test
    void aDelayedAnswerIsTheNormalOneLater() throws IOException {
        server.faults().when("GET", "/").delayed(Duration.ofMillis(300)).answerNormally();

        long start = System.nanoTime();
        Answer answer = http.get("/", null);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(answer.body()).contains("Welcome to the Evolution API");
    }

    @Test
    void aDroppedConnectionGetsNoAnswerForAsManyTimesAsAsked() throws IOException {
        server.faults().when("GET", FETCH).times(2).dropConnection();

        assertThatThrownBy(() -> http.get(FETCH, KEY)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> http.get(FETCH, KEY)).isInstanceOf(IOException.class);
        assertThat(http.get(FETCH, KEY).status()).isEqualTo(200);
    }

    @Test
    void regexAnyMethodAlwaysAndClear() throws IOException {
        server.faults().when("*", Pattern.compile("/instance/connectionState/.+")).always()
                .respond(503, "application/json", "{\"down\":true}");

        assertThat(http.get("/instance/connectionState/a", KEY).status()).isEqualTo(503);
        assertThat(http.send("POST", "/instance/connectionState/b", KEY, null).status()).isEqualTo(503);
        assertThat(http.get("/instance/connectionState/c", KEY).status()).isEqualTo(503);
        assertThat(http.get("/instance/connectionStat", KEY).status()).isEqualTo(404);

        server.faults().clear();

        assertThat(http.get("/instance/connectionState/a", KEY).status()).isEqualTo(404);
    }

    @Test
    void rulesMatchTheMethod() throws IOException {
        server.faults().when("POST", "/").respond(500, "text/plain", "boom");

        assertThat(http.get("/", null).status()).isEqualTo(200);
        assertThat(http.send("POST", "/", null, null).status()).isEqualTo(500);
    }
}
