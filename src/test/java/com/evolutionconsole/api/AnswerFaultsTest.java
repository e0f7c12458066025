package com.evolutionconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.evolutionconsole.domain.Instance;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.testing.Recording;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
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
    void aRedirectIsReportedAndNeverFollowedSoTheKeyStaysWithTheTypedServer() throws Exception {
        try (MockWebServer elsewhere = new MockWebServer()) {
            elsewhere.start();
            for (int status : new int[] {301, 302, 307, 308}) {
                server.enqueue(new MockResponse().setResponseCode(status)
                        .setHeader("Location", elsewhere.url("/instance/fetchInstances")));
                BadResponseException e = catchThrowableOfType(BadResponseException.class, () -> client.fetchInstances());
                assertThat(e.summary()).contains("redirect (HTTP " + status + ")")
                        .contains(elsewhere.url("/instance/fetchInstances").toString());
                assertThat(e.tip()).contains("use it as the server's URL");
            }
            assertThat(elsewhere.getRequestCount()).as("the key never reached the other server").isZero();
        }
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

    @Test
    void aTwentyMegabyteListingOfManyInstancesStillLoads() throws IOException {
        // A real server with thousands of instances sends this much (about 12 MB for 10,000 were measured).
        JsonAdapter<Object> json = new Moshi.Builder().build().adapter(Object.class);
        Map<?, ?> recordedRow = (Map<?, ?>) ((List<?>) json.fromJson(Recording.get(5).responseBody())).get(0);
        int rowCount = 20_000_000 / json.toJson(recordedRow).length() + 1;
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < rowCount; i++) {
            Map<Object, Object> row = new LinkedHashMap<>(recordedRow);
            // no shorter than the recorded row, so the body reaches the size
            row.put("name", String.format("bulk-%06d", i));
            row.put("id", String.format("%036d", i));
            rows.add(row);
        }
        String body = json.toJson(rows);
        server.enqueue(json(200, body));

        EvolutionClient patient = EvolutionClient.create(server.url("/").toString(), Secret.of("global-key-for-tests"));
        List<Instance> listed = patient.fetchInstances();

        assertThat(body.length()).isGreaterThanOrEqualTo(20_000_000);
        assertThat(listed).hasSize(rowCount);
        assertThat(listed.get(rowCount - 1).name()).isEqualTo(String.format("bulk-%06d", rowCount - 1));
        patient.close();
    }

    @Test
    void theContentTypeIsTrustedOnlyForHtml() {
        server.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Type", "text/plain").setBody("[]"));
        assertThat(client.fetchInstances()).as("JSON labelled as plain text is still read").isEmpty();

        server.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Type", "text/html").setBody("[]"));
        assertThat(catchThrowableOfType(BadResponseException.class, () -> client.fetchInstances()).summary())
                .isEqualTo("The server answered the request to list the instances with a web page (HTTP 200) instead of JSON.");

        Buffer png = new Buffer().write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        server.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json").setBody(png));
        assertThat(catchThrowableOfType(BadResponseException.class, () -> client.fetchInstances()).summary())
                .isEqualTo("The server's answer to the request to list the instances could not be read: it is not the JSON the console expects.");

        server.enqueue(new MockResponse().setResponseCode(404).setHeader("Content-Type", "text/html")
                .setBody("{\"status\":404,\"error\":\"Not Found\",\"response\":{\"message\":[\"The \\\"x\\\" instance does not exist\"]}}"));
        assertThat(catchThrowableOfType(NotFoundException.class, () -> client.connectionState("x")).serverMessages())
                .as("a JSON error body labelled as HTML is still read as JSON")
                .containsExactly("The \"x\" instance does not exist");
    }

    @Test
    void anEmptyListingIsAFaultNotAnEmptyServer() {
        server.enqueue(json(200, ""));
        BadResponseException e = catchThrowableOfType(BadResponseException.class, () -> client.fetchInstances());
        assertThat(e.summary()).isEqualTo("The server's answer to the request to list the instances could not be read: it was empty.");
    }

    @Test
    void anObjectWhereTheListingShouldBeIsUnreadableNotANamelessInstance() {
        server.enqueue(json(200, "{\"error\":true,\"message\":\"Something went wrong\"}"));
        BadResponseException e = catchThrowableOfType(BadResponseException.class, () -> client.fetchInstances());
        assertThat(e.summary()).contains("could not be read").contains("not the JSON");
    }

    @Test
    void aNotFoundForTheListingPointsAtTheUrlNotAtAnInstance() {
        server.enqueue(json(404, "{\"message\":\"Not Found\"}"));
        NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> client.fetchInstances());
        assertThat(e.summary()).isEqualTo("The server answered 404 Not Found to the request to list the instances.");
        assertThat(e.tip()).contains("base URL");
    }

    @Test
    void aServerThatClosesTheConnectionAfterTakingAnActionSaysSoAndItIsNotResent() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        NetworkException e = catchThrowableOfType(NetworkException.class, () -> client.restart("shop1"));
        assertThat(e.summary()).isEqualTo("The server at " + server.getHostName() + ":" + server.getPort()
                + " closed the connection without answering the request to restart \"shop1\".");
        assertThat(e.tip()).isEqualTo(ErrorMapper.TIP_SERVER_DOWN);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anActionIsNotSentOnAConnectionTheServerClosedWhileIdle() throws Exception {
        // Node's keep-alive ends 5 s after the last answer; OkHttp checks an idle connection only after 10 s.
        server.enqueue(json(200, "[]").setSocketPolicy(SocketPolicy.DISCONNECT_AT_END));
        server.enqueue(json(200, "{\"status\":\"SUCCESS\",\"error\":false,\"response\":{\"message\":\"Instance deleted\"}}"));
        client.fetchInstances();

        client.delete("shop1");

        server.takeRequest();
        RecordedRequest delete = server.takeRequest();
        assertThat(delete.getMethod()).isEqualTo("DELETE");
        assertThat(delete.getSequenceNumber()).as("on a new connection").isZero();
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json; charset=utf-8")
                .setBody(body);
    }
}
