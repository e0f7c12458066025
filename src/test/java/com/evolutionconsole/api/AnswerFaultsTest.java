package com.evolutionconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.evolutionconsole.domain.Secret;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Answers no real server should send, and no answer at all: each becomes a typed error with a clear text. */
class AnswerFaultsTest {

    private MockWebServer server;
    private EvolutionClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        client = EvolutionClient.create(server.url("/").toString(), Secret.of("global-key-for-tests"),
                Duration.ofMillis(300), Duration.ofMillis(600));
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.shutdown();
    }

    @Test
    void htmlPageFromAProxyIsNamedAsSuch() {
        server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
                .setBody("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"));
        ServerErrorException e = catchThrowableOfType(ServerErrorException.class, () -> client.fetchInstances());
        assertThat(e.status()).isEqualTo(502);
        assertThat(e.summary()).contains("proxy").contains("502");
        assertThat(e.getMessage()).doesNotContain("<html>");
        assertThat(e.tip()).isEqualTo(ErrorMapper.TIP_SERVER_DOWN);
    }

    @Test
    void htmlPageWithSuccessStatusMeansAWrongUrl() {
        server.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Type", "text/html; charset=utf-8")
                .setBody("<!doctype html><html><body>Evolution Manager</body></html>"));
        BadResponseException e = catchThrowableOfType(BadResponseException.class, () -> client.fetchInstances());
        assertThat(e.summary()).contains("web page");
        assertThat(e.tip()).contains("base URL");
    }

    @Test
    void malformedJsonIsUnreadableNotAStackTrace() {
        server.enqueue(json(200, "{\"instance\":{\"instanceName\":"));
        BadResponseException truncated = catchThrowableOfType(BadResponseException.class,
                () -> client.connectionState("shop1"));
        assertThat(truncated.summary()).contains("could not be read");
        server.enqueue(json(200, "[1, 2, oops]"));
        BadResponseException garbage = catchThrowableOfType(BadResponseException.class, () -> client.fetchInstances());
        assertThat(garbage.summary()).contains("not the JSON");
    }

    @Test
    void wrongShapeIsUnreadable() {
        server.enqueue(json(200, "\"just a string\""));
        BadResponseException e = catchThrowableOfType(BadResponseException.class, () -> client.fetchInstances());
        assertThat(e.summary()).contains("list the instances");
    }

    @Test
    void emptyErrorBodyStillGivesTheStatusMeaning() {
        server.enqueue(new MockResponse().setResponseCode(401));
        AuthenticationException e = catchThrowableOfType(AuthenticationException.class, () -> client.fetchInstances());
        assertThat(e.serverMessages()).isEmpty();
        assertThat(e.getMessage()).isEqualTo(e.summary());
    }

    @Test
    void unexpectedStatusIsReportedWithItsNumber() {
        server.enqueue(json(429, "{\"message\":\"Too many requests\"}"));
        BadResponseException e = catchThrowableOfType(BadResponseException.class, () -> client.fetchInstances());
        assertThat(e.status()).isEqualTo(429);
        assertThat(e.summary()).contains("429");
        assertThat(e.serverMessages()).containsExactly("Too many requests");
    }

    @Test
    void hugeErrorBodyIsReadOnlyInPartAndShownShort() {
        String dump = "x".repeat(2_000_000);
        server.enqueue(json(500, "{\"status\":500,\"error\":\"Internal Server Error\",\"response\":{\"message\":[\"" + dump + "\"]}}"));
        ServerErrorException e = catchThrowableOfType(ServerErrorException.class, () -> client.fetchInstances());
        assertThat(e.getMessage().length()).isLessThan(500);
        assertThat(e.status()).isEqualTo(500);
    }

    @Test
    void slowAnswerIsATimeout() {
        server.enqueue(json(200, "[]").setHeadersDelay(5, TimeUnit.SECONDS));
        RequestTimeoutException e = catchThrowableOfType(RequestTimeoutException.class, () -> client.fetchInstances());
        assertThat(e.status()).isEqualTo(EvolutionApiException.NO_STATUS);
        assertThat(e.summary()).contains("did not answer").contains("list the instances");
    }

    @Test
    void connectionDroppedMidAnswerIsANetworkError() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        EvolutionApiException e = catchThrowableOfType(EvolutionApiException.class, () -> client.fetchInstances());
        assertThat(server.getRequestCount()).as("one retry for a read").isEqualTo(2);
        assertThat(e).isInstanceOfAny(NetworkException.class, BadResponseException.class);
        assertThat(e.tip()).isNotBlank();
    }

    @Test
    void nothingListeningIsANetworkErrorNamingTheAddress() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        EvolutionClient nowhere = EvolutionClient.create("http://127.0.0.1:" + freePort, Secret.of("k-123456789"));
        NetworkException e = catchThrowableOfType(NetworkException.class, nowhere::fetchInstances);
        assertThat(e.summary()).contains("127.0.0.1:" + freePort).contains("nothing answers");
        assertThat(e.tip()).contains("running");
    }

    @Test
    void unicodeNamesArePercentEncoded() throws Exception {
        server.enqueue(json(200, "{\"instance\":{\"instanceName\":\"café ☕/1\",\"state\":\"close\"}}"));
        client.connectionState("café ☕/1");
        assertThat(server.takeRequest().getPath())
                .isEqualTo("/instance/connectionState/caf%C3%A9%20%E2%98%95%2F1");
    }

    @Test
    void dotNamesAreRefusedBeforeTheyCanEscapeThePath() {
        InvalidInstanceNameException e = catchThrowableOfType(InvalidInstanceNameException.class,
                () -> client.delete(".."));
        assertThat(e.summary()).contains("another path");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void baseUrlsAreReadAsTyped() {
        assertThat(EvolutionClient.parseBaseUrl(" localhost:8080 ").toString()).isEqualTo("http://localhost:8080/");
        assertThat(EvolutionClient.parseBaseUrl("https://evo.example.com/api").toString())
                .isEqualTo("https://evo.example.com/api/");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> EvolutionClient.parseBaseUrl("ftp://x")))
                .hasMessageContaining("not a valid");
    }

    @Test
    void aPrefixedBaseUrlKeepsItsPrefix() throws Exception {
        EvolutionClient prefixed = EvolutionClient.create(server.url("/evolution").toString(), Secret.of("k-123456789"));
        server.enqueue(json(200, "{\"version\":\"2.3.6\"}"));
        server.enqueue(json(200, "[]"));
        prefixed.serverInfo();
        prefixed.fetchInstances();
        assertThat(server.takeRequest().getPath()).isEqualTo("/evolution/");
        assertThat(server.takeRequest().getPath()).isEqualTo("/evolution/instance/fetchInstances");
    }

    @Test
    void aServerWithoutAVersionIsNotTakenForEvolution() {
        server.enqueue(json(200, "{\"hello\":\"world\"}"));
        BadResponseException e = catchThrowableOfType(BadResponseException.class, () -> client.serverInfo());
        assertThat(e.summary()).contains("does not look like an Evolution API server");
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json; charset=utf-8")
                .setBody(body);
    }
}
