package com.evolutionconsole.service.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.api.ClientOptions;
import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.demo.DemoServerConfig;
import com.evolutionconsole.demo.EmbeddedEvolutionServer;
import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.CreateInstanceRequest;
import com.evolutionconsole.domain.Integration;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.domain.WebsocketConfig;
import com.evolutionconsole.testing.TlsFront;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real Socket.IO client against the embedded server's event stream, both namespaces, auth, reconnection, and
 * HTTPS through a TLS front with the client's own certificate trust.
 */
class LiveEventStreamTest {

    private static final String KEY = "live-events-key-0123456789";

    private EmbeddedEvolutionServer server;
    private TlsFront front;
    private EvolutionClient client;
    private LiveEventStream stream;
    private final List<LiveEvent> events = new CopyOnWriteArrayList<>();
    private final List<LiveEventStream.Status> statuses = new CopyOnWriteArrayList<>();

    private void start(UnaryOperator<DemoServerConfig.Builder> configure, String key) {
        startServer(configure);
        client = EvolutionClient.create(server.url(), Secret.of(KEY));
        listen(key);
    }

    private void startServer(UnaryOperator<DemoServerConfig.Builder> configure) {
        server = new EmbeddedEvolutionServer(configure.apply(DemoServerConfig.builder(KEY).noDelays()
                .qrRotation(Duration.ofSeconds(1)).socketPingInterval(Duration.ofSeconds(2))).build());
        server.start();
    }

    private void listen(String key) {
        stream = new LiveEventStream(client, Secret.of(key), events::add, statuses::add);
        stream.start();
    }

    @AfterEach
    void stop() {
        if (stream != null) {
            stream.close();
        }
        client.close();
        if (front != null) {
            front.close();
        }
        server.stop();
    }

    @Test
    void globalEventsArriveWithTheirEnvelope() {
        start(b -> b, KEY);
        waitFor(() -> last() == LiveEventStream.Status.LIVE);
        client.create(CreateInstanceRequest.simple("live-bot", true));
        waitFor(() -> events.stream().anyMatch(e -> e.event().equals(LiveEvent.QRCODE_UPDATED)));
        LiveEvent qr = events.stream().filter(e -> e.event().equals(LiveEvent.QRCODE_UPDATED)).findFirst().orElseThrow();
        assertThat(qr.instance()).isEqualTo("live-bot");
        assertThat(qr.qrCode().code()).startsWith("2@");
        assertThat(qr.dateTime()).endsWith("Z");
        waitFor(() -> events.stream().anyMatch(e -> e.event().equals(LiveEvent.CONNECTION_UPDATE)
                && ConnectionState.CONNECTING.equals(e.state()) && Integer.valueOf(200).equals(e.statusReason())));
        client.delete("live-bot");
        waitFor(() -> events.stream().anyMatch(e -> e.event().equals(LiveEvent.REMOVE_INSTANCE)));
    }

    @Test
    void anInstanceNamespaceIsRetriedUntilTheServerCreatesIt() {
        start(b -> b.websocketGlobalEvents(false), KEY);
        waitFor(() -> last() == LiveEventStream.Status.LIVE);
        stream.watchInstance("ns-bot");
        client.create(new CreateInstanceRequest("ns-bot", Integration.WHATSAPP_BAILEYS, true, null, null, null,
                new WebsocketConfig(true, List.of())));
        // codes rotate every second; once the namespace exists and the retry connects, they arrive there
        waitFor(() -> events.stream().anyMatch(e -> e.event().equals(LiveEvent.QRCODE_UPDATED)
                && e.instance().equals("ns-bot")));
    }

    @Test
    void withoutGlobalEventsAnInstanceWithoutConfigIsSilent() {
        start(b -> b.websocketGlobalEvents(false), KEY);
        waitFor(() -> last() == LiveEventStream.Status.LIVE);
        client.create(CreateInstanceRequest.simple("quiet-bot", true));
        client.create(new CreateInstanceRequest("marker-bot", Integration.WHATSAPP_BAILEYS, true, null, null, null,
                new WebsocketConfig(true, List.of())));
        stream.watchInstance("marker-bot");
        waitFor(() -> events.stream().anyMatch(e -> e.instance().equals("marker-bot")));
        assertThat(events).noneMatch(e -> e.instance().equals("quiet-bot"));
    }

    @Test
    void aWrongKeyKeepsTheStreamDown() {
        start(b -> b, "wrong-key");
        waitFor(() -> statuses.contains(LiveEventStream.Status.DOWN));
        assertThat(statuses).doesNotContain(LiveEventStream.Status.LIVE);
    }

    @Test
    void theStreamComesBackAfterTheServerRestarts() {
        start(b -> b, KEY);
        waitFor(() -> last() == LiveEventStream.Status.LIVE);
        int port = server.port();
        server.stop();
        waitFor(() -> last() == LiveEventStream.Status.DOWN);
        server = new EmbeddedEvolutionServer(DemoServerConfig.builder(KEY).noDelays().port(port)
                .socketPingInterval(Duration.ofSeconds(2)).build());
        server.start();
        waitFor(() -> last() == LiveEventStream.Status.LIVE);
    }

    @Test
    void overHttpsThePinnedCertificateOfTheClientIsTrustedToo() throws Exception {
        startServer(b -> b);
        HeldCertificate selfSigned = new HeldCertificate.Builder().commonName("evolution.lan").build();
        front = new TlsFront(selfSigned, server.url());
        client = EvolutionClient.create(front.url(), Secret.of(KEY),
                ClientOptions.defaults().withPinnedCertificate(fingerprint(selfSigned.certificate())));
        listen(KEY);
        waitFor(() -> last() == LiveEventStream.Status.LIVE);
        client.create(CreateInstanceRequest.simple("tls-bot", true));
        waitFor(() -> events.stream().anyMatch(e -> e.event().equals(LiveEvent.QRCODE_UPDATED)
                && e.instance().equals("tls-bot")));
    }

    @Test
    void overHttpsAnUntrustedCertificateKeepsTheStreamDown() {
        startServer(b -> b);
        front = new TlsFront(new HeldCertificate.Builder().commonName("evolution.lan").build(), server.url());
        client = EvolutionClient.create(front.url(), Secret.of(KEY));
        listen(KEY);
        waitFor(() -> statuses.contains(LiveEventStream.Status.DOWN));
        assertThat(statuses).doesNotContain(LiveEventStream.Status.LIVE);
    }

    /** SHA-256 of the certificate as browsers show it, computed here rather than by the code under test. */
    private static String fingerprint(X509Certificate certificate) throws GeneralSecurityException {
        return HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    }

    private LiveEventStream.Status last() {
        return statuses.isEmpty() ? null : statuses.get(statuses.size() - 1);
    }

    private static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("the expected events did not arrive in 20 s", e);
        }
    }
}
