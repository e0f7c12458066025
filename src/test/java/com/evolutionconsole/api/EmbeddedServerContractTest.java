package com.evolutionconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.evolutionconsole.demo.DemoServerConfig;
import com.evolutionconsole.demo.EmbeddedEvolutionServer;
import com.evolutionconsole.domain.ConnectResult;
import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.CreateInstanceRequest;
import com.evolutionconsole.domain.CreatedInstance;
import com.evolutionconsole.domain.Instance;
import com.evolutionconsole.domain.InstanceSettings;
import com.evolutionconsole.domain.Integration;
import com.evolutionconsole.domain.KeyKind;
import com.evolutionconsole.domain.Presence;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.domain.WebsocketConfig;
import com.evolutionconsole.testing.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The client against the embedded server over real HTTP: the pairing journey the recording could not show (no QR
 * ever came there), and the same error scenarios the recording has, so client, recording and embedded server agree.
 */
class EmbeddedServerContractTest {

    private static final String KEY = "embedded-contract-key";

    private final MutableClock clock = MutableClock.at("2026-11-25T10:00:00Z");
    private EmbeddedEvolutionServer server;
    private EvolutionClient client;

    @BeforeEach
    void start() {
        server = new EmbeddedEvolutionServer(DemoServerConfig.builder(KEY).clock(clock).noDelays().build());
        server.start();
        client = EvolutionClient.create(server.url(), Secret.of(KEY));
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop();
    }

    @Test
    void fromCreateToDeleteThroughAScannedQrCode() throws IOException {
        assertThat(client.serverInfo().version()).isEqualTo("2.3.6");
        assertThat(client.checkKey().kind()).isEqualTo(KeyKind.GLOBAL);

        CreatedInstance created = client.create(CreateInstanceRequest.simple("journey-bot", true));
        assertThat(created.qrCode().isReady()).isTrue();
        assertThat(created.qrCode().code()).startsWith("2@");
        assertThat(created.qrCode().png()).as("the server's image is a real PNG").isNotNull();
        assertThat(client.connectionState("journey-bot")).isEqualTo(ConnectionState.CONNECTING);

        ConnectResult first = client.connect("journey-bot");
        clock.advance(Duration.ofSeconds(46));
        ConnectResult rotated = client.connect("journey-bot");
        assertThat(rotated.qrCode().code()).isNotEqualTo(first.qrCode().code());
        assertThat(rotated.qrCode().count()).isEqualTo(first.qrCode().count() + 1);

        scanPhone("journey-bot", "Journey Shop", "5511988887777");
        assertThat(client.connectionState("journey-bot")).isEqualTo(ConnectionState.OPEN);
        Instance listed = client.fetchInstance("journey-bot").orElseThrow();
        assertThat(listed.profileName()).isEqualTo("Journey Shop");
        assertThat(listed.phoneNumber()).isEqualTo("5511988887777");
        assertThat(client.connect("journey-bot").alreadyConnected()).isTrue();

        client.setPresence("journey-bot", Presence.COMPOSING);
        assertThat(client.restart("journey-bot").alreadyConnected()).isTrue();

        client.logout("journey-bot");
        assertThat(client.connectionState("journey-bot")).isEqualTo(ConnectionState.CLOSE);
        assertThat(client.fetchInstance("journey-bot")).as("logout keeps the instance").isPresent();

        client.delete("journey-bot");
        assertThat(client.fetchInstance("journey-bot")).isEmpty();
        assertThat(catchThrowableOfType(NotFoundException.class, () -> client.connectionState("journey-bot"))
                .routeMissing()).isFalse();
    }

    @Test
    void theRecordedFailuresHappenHereToo() {
        client.create(CreateInstanceRequest.simple("probe-2", false));
        assertThat(catchThrowableOfType(NameConflictException.class,
                () -> client.create(CreateInstanceRequest.simple("probe-2", false))).serverMessages())
                .containsExactly("This name \"probe-2\" is already in use.");
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> client.setPresence("probe-2", Presence.AVAILABLE)).summary()).contains("not connected");
        assertThat(catchThrowableOfType(ValidationException.class, () -> client.logout("probe-2")).serverMessages())
                .containsExactly("The \"probe-2\" instance is not connected");
        assertThat(catchThrowableOfType(OperationFailedException.class, () -> client.restart("probe-2")).status())
                .isEqualTo(200);
        assertThat(catchThrowableOfType(NotFoundException.class, () -> client.connect("no-such-instance")).tip())
                .isEqualTo(ErrorMapper.TIP_CREATE_FIRST);

        EvolutionClient wrongKey = EvolutionClient.create(server.url(), Secret.of("wrong-key"));
        assertThat(catchThrowableOfType(AuthenticationException.class, wrongKey::fetchInstances).status()).isEqualTo(401);
        assertThat(catchThrowableOfType(NotFoundException.class, () -> wrongKey.connectionState("no-such-instance")))
                .as("404 before 401").isNotNull();
    }

    @Test
    void anInstanceTokenSeesOnlyItsInstanceAndCannotCreate() {
        CreatedInstance mine = client.create(CreateInstanceRequest.simple("token-owner", false));
        client.create(CreateInstanceRequest.simple("someone-else", false));
        EvolutionClient tokenClient = EvolutionClient.create(server.url(), mine.token());
        var check = tokenClient.checkKey();
        assertThat(check.kind()).isEqualTo(KeyKind.INSTANCE_TOKEN);
        assertThat(check.instanceName()).isEqualTo("token-owner");
        assertThat(tokenClient.fetchInstances()).extracting(Instance::name).containsExactly("token-owner");
        assertThat(tokenClient.connectionState("token-owner")).isEqualTo(ConnectionState.CLOSE);
        assertThat(catchThrowableOfType(AuthenticationException.class,
                () -> tokenClient.connectionState("someone-else"))).isNotNull();
        assertThat(catchThrowableOfType(AuthenticationException.class,
                () -> tokenClient.create(CreateInstanceRequest.simple("sneaky", false)))).isNotNull();
    }

    @Test
    void aNumberGivesAPairingCode() {
        client.create(CreateInstanceRequest.simple("pairing-bot", false));
        ConnectResult result = client.connect("pairing-bot", "+55 11 91234-5678");
        assertThat(result.qrCode().pairingCode()).hasSize(8);
        assertThat(result.qrCode().formattedPairingCode()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
    }

    @Test
    void settingsAndEventConfigRoundTrip() {
        client.create(new CreateInstanceRequest("settings-bot", Integration.WHATSAPP_BAILEYS, false, null, null,
                new InstanceSettings(true, "Calls are not answered", false, true, false, false, false, null), null));
        assertThat(client.findSettings("settings-bot").orElseThrow().msgCall()).isEqualTo("Calls are not answered");
        InstanceSettings saved = client.setSettings("settings-bot",
                new InstanceSettings(false, "", true, false, true, true, false, null));
        assertThat(saved.groupsIgnore()).isTrue();
        assertThat(client.findSettings("settings-bot").orElseThrow().readStatus()).isTrue();
        assertThat(client.findWebsocket("settings-bot")).isEmpty();
        client.setWebsocket("settings-bot", new WebsocketConfig(true, List.of("QRCODE_UPDATED", "CONNECTION_UPDATE")));
        assertThat(client.findWebsocket("settings-bot").orElseThrow().events()).contains("QRCODE_UPDATED");
    }

    @Test
    void oddNamesTravelAsOneSegment() {
        for (String name : List.of("bad name/with slash", "café ☕", "100% real")) {
            client.create(CreateInstanceRequest.simple(name, false));
            assertThat(client.connectionState(name)).as(name).isEqualTo(ConnectionState.CLOSE);
            client.delete(name);
            assertThat(client.fetchInstance(name)).as(name).isEmpty();
        }
    }

    @Test
    void withoutWhatsAppNoCodeEverComes() {
        server.stop();
        server = new EmbeddedEvolutionServer(DemoServerConfig.builder(KEY).clock(clock).noDelays()
                .whatsappReachable(false).build());
        server.start();
        client = EvolutionClient.create(server.url(), Secret.of(KEY));
        CreatedInstance created = client.create(CreateInstanceRequest.simple("offline-bot", true));
        assertThat(created.qrCode().isReady()).isFalse();
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(7));
            assertThat(client.connect("offline-bot").qrCode().isReady()).isFalse();
        }
        assertThat(client.fetchInstance("offline-bot").orElseThrow().storedState()).isEqualTo(ConnectionState.CLOSE);
    }

    @Test
    void injectedFaultsReachTheClientAsTypedErrors() {
        server.faults().when("GET", "/instance/fetchInstances").once()
                .respond(502, "text/html", "<html><body>502 Bad Gateway</body></html>");
        assertThat(catchThrowableOfType(ServerErrorException.class, client::fetchInstances).summary()).contains("proxy");
        server.faults().when("GET", "/instance/fetchInstances").once().dropConnection();
        assertThat(client.fetchInstances()).as("a read is retried once after a dropped connection").isEmpty();
        server.faults().when("GET", "/instance/fetchInstances").times(2).dropConnection();
        assertThat(catchThrowableOfType(NetworkException.class, client::fetchInstances).tip()).contains("running");
        server.faults().when("DELETE", "/instance/delete/").once().dropConnection();
        client.create(CreateInstanceRequest.simple("drop-me", false));
        assertThat(catchThrowableOfType(NetworkException.class, () -> client.delete("drop-me")))
                .as("a delete is never resent").isNotNull();
        server.faults().when("GET", "/instance/fetchInstances").once().respond(200, "application/json", "[{\"name\":");
        assertThat(catchThrowableOfType(BadResponseException.class, client::fetchInstances)).isNotNull();
        assertThat(client.fetchInstances()).as("the next call is normal again").extracting(Instance::name)
                .containsExactly("drop-me");
    }

    private void scanPhone(String name, String profileName, String number) throws IOException {
        Request request = new Request.Builder().url(server.url() + "/demo/phone-scanned/" + name).header("apikey", KEY)
                .post(RequestBody.create("{\"profileName\":\"" + profileName + "\",\"number\":\"" + number + "\"}",
                        MediaType.get("application/json"))).build();
        try (Response response = new OkHttpClient().newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(200);
        }
    }

    @Test
    void twentyMegabyteAnswersGiveAClearMessageAndTheNextCallWorks() {
        String listing = "/instance/fetchInstances";
        server.faults().when("GET", listing).respondWithSize(500, "application/json", 20_000_000);
        assertThat(catchThrowableOfType(ServerErrorException.class, client::fetchInstances).summary())
                .as("only the start of an error body is read").isEqualTo(
                        "The server failed with an internal error (HTTP 500) while trying to list the instances.");
        server.faults().when("GET", listing).respondWithSize(502, "text/html", 20_000_000);
        assertThat(catchThrowableOfType(ServerErrorException.class, client::fetchInstances).summary()).isEqualTo(
                "A proxy in front of the server answered HTTP 502: the Evolution API server behind it is down or unreachable.");
        server.faults().when("GET", listing).respondWithSize(200, "text/html; charset=utf-8", 20_000_000);
        assertThat(catchThrowableOfType(BadResponseException.class, client::fetchInstances).summary())
                .as("a page is refused before its body is read")
                .isEqualTo("The server answered the request to list the instances with a web page (HTTP 200) instead of JSON.");
        server.faults().when("GET", listing).respondWithSize(200, "application/json", 20_000_000);
        assertThat(catchThrowableOfType(BadResponseException.class, client::fetchInstances).summary())
                .as("well-formed JSON that is not a listing").isEqualTo(
                        "The server's answer to the request to list the instances could not be read: it is not the JSON the console expects.");

        assertThat(client.fetchInstances()).isEmpty();
    }

    @Test
    void aDeleteWhileARestartIsInFlightLeavesTheRestartToReportTheInstanceGone() throws TimeoutException {
        client.create(CreateInstanceRequest.simple("busy-bot", true));
        server.faults().when("POST", "/instance/restart/busy-bot").delayed(Duration.ofSeconds(1)).answerNormally();
        CompletableFuture<ConnectResult> restart = CompletableFuture.supplyAsync(() -> client.restart("busy-bot"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> server.faults().pendingRules() == 0);

        client.delete("busy-bot");

        assertThat(catchThrowable(restart::join)).hasCauseInstanceOf(NotFoundException.class)
                .cause().hasMessage("The server has no instance \"busy-bot\". Server said: The \"busy-bot\" instance does not exist");
        assertThat(client.fetchInstance("busy-bot")).isEmpty();
    }
}
