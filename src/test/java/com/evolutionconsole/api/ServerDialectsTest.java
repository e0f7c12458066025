package com.evolutionconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.evolutionconsole.domain.ConnectResult;
import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.CreateInstanceRequest;
import com.evolutionconsole.domain.CreatedInstance;
import com.evolutionconsole.domain.Instance;
import com.evolutionconsole.domain.InstanceSettings;
import com.evolutionconsole.domain.Presence;
import com.evolutionconsole.domain.Secret;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** v1.8 shapes (CONTRACT §4) and the restart method fallback (§3.6). */
class ServerDialectsTest {

    private static final String V1_INFO = "{\"status\":200,\"message\":\"Welcome to the Evolution API, it is working!\","
            + "\"version\":\"1.8.2\",\"swagger\":\"http://localhost:8080/docs\",\"manager\":\"http://localhost:8080/manager\","
            + "\"documentation\":\"https://doc.evolution-api.com\"}";

    private MockWebServer server;
    private EvolutionClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        client = EvolutionClient.create(server.url("/").toString(), Secret.of("global-key-for-tests"));
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.shutdown();
    }

    @Test
    void v1ListIsWrappedAndProfileFieldsAreRead() throws Exception {
        answer(200, "[{\"instance\":{\"instanceName\":\"shop1\",\"instanceId\":\"id-1\",\"owner\":\"5511999990000@s.whatsapp.net\","
                + "\"profileName\":\"Shop\",\"profilePictureUrl\":null,\"profileStatus\":\"\",\"status\":\"open\","
                + "\"serverUrl\":\"http://localhost:8080\",\"apikey\":\"TOKEN-1\",\"integration\":\"WHATSAPP-BAILEYS\"}},"
                + "{\"instance\":{\"instanceName\":\"shop2\",\"status\":\"close\"}}]");
        List<Instance> instances = client.fetchInstances();
        assertThat(instances).extracting(Instance::name).containsExactly("shop1", "shop2");
        Instance shop1 = instances.get(0);
        assertThat(shop1.storedState()).isEqualTo(ConnectionState.OPEN);
        assertThat(shop1.phoneNumber()).isEqualTo("5511999990000");
        assertThat(shop1.profileName()).isEqualTo("Shop");
        assertThat(shop1.token().reveal()).isEqualTo("TOKEN-1");
        assertThat(instances.get(1).token()).isNull();
    }

    @Test
    void v1SingleObjectForOneName() throws Exception {
        answer(200, "{\"instance\":{\"instanceName\":\"shop1\",\"status\":\"close\"}}");
        assertThat(client.fetchInstance("shop1")).map(Instance::name).contains("shop1");
        assertThat(server.takeRequest().getPath()).isEqualTo("/instance/fetchInstances?instanceName=shop1");
    }

    @Test
    void v1ServerGetsSnakeCaseCreateAndReadsTheHashObject() throws Exception {
        answer(200, V1_INFO);
        assertThat(client.serverInfo().isV1()).isTrue();
        answer(201, "{\"instance\":{\"instanceName\":\"shop3\",\"instanceId\":\"id-3\",\"status\":\"created\"},"
                + "\"hash\":{\"apikey\":\"V1-TOKEN\"},\"webhook\":\"\",\"websocket\":{\"enabled\":false},"
                + "\"settings\":{\"reject_call\":true,\"msg_call\":\"busy\",\"groups_ignore\":true,\"always_online\":false,"
                + "\"read_messages\":false,\"read_status\":false,\"sync_full_history\":false}}");
        CreatedInstance created = client.create(new CreateInstanceRequest("shop3", null, false, null, null,
                new InstanceSettings(true, "busy", true, false, false, false, false, null), null));
        server.takeRequest();
        Map<String, Object> body = json(server.takeRequest());
        assertThat(body).containsEntry("reject_call", true).containsEntry("msg_call", "busy")
                .containsEntry("groups_ignore", true).doesNotContainKey("rejectCall");
        assertThat(created.token().reveal()).isEqualTo("V1-TOKEN");
        assertThat(created.statusSnapshot().kind()).isEqualTo(ConnectionState.Kind.CLOSE);
        assertThat(created.statusSnapshot().raw()).isEqualTo("created");
        assertThat(created.settings().rejectCall()).isTrue();
        assertThat(created.settings().msgCall()).isEqualTo("busy");
        assertThat(created.settings().groupsIgnore()).isTrue();
    }

    @Test
    void v1JwtHashIsReadToo() throws Exception {
        answer(201, "{\"instance\":{\"instanceName\":\"jwt1\",\"status\":\"created\"},\"hash\":{\"jwt\":\"eyJ.jwt.token\"}}");
        assertThat(client.create(CreateInstanceRequest.simple("jwt1", false)).token().reveal()).isEqualTo("eyJ.jwt.token");
    }

    @Test
    void v1SettingsFindReadsSnakeCase() throws Exception {
        answer(200, "{\"reject_call\":false,\"msg_call\":\"\",\"groups_ignore\":true}");
        InstanceSettings settings = client.findSettings("shop1").orElseThrow();
        assertThat(settings.groupsIgnore()).isTrue();
        assertThat(settings.rejectCall()).isFalse();
    }

    @Test
    void settingsFindNullMeansNoneStored() throws Exception {
        answer(200, "null");
        assertThat(client.findSettings("shop1")).isEmpty();
    }

    @Test
    void v1PresenceAnswersWithNoBody() throws Exception {
        answer(201, "");
        client.setPresence("shop1", Presence.COMPOSING);
        assertThat(json(server.takeRequest())).containsEntry("presence", "composing");
    }

    @Test
    void v1ConnectEmptyBodyIsAFailureNotACrash() {
        answer(200, "");
        assertThatThrownBy(() -> client.connect("shop1")).isInstanceOf(OperationFailedException.class)
                .hasMessageContaining("empty body");
    }

    @Test
    void restartFallsBackToPutOnceAndRemembersIt() throws Exception {
        answer(404, "{\"status\":404,\"error\":\"Not Found\",\"response\":{\"message\":[\"Cannot POST /instance/restart/shop1\"]}}");
        answer(200, "{\"instance\":{\"instanceName\":\"shop1\",\"state\":\"open\"}}");
        answer(200, "{\"instance\":{\"instanceName\":\"shop1\",\"state\":\"open\"}}");
        assertThat(client.restart("shop1").alreadyConnected()).isTrue();
        assertThat(client.restart("shop1").alreadyConnected()).isTrue();
        assertThat(List.of(server.takeRequest().getMethod(), server.takeRequest().getMethod(),
                server.takeRequest().getMethod())).containsExactly("POST", "PUT", "PUT");
    }

    @Test
    void v1ServerInfoSelectsPutStraightAway() throws Exception {
        answer(200, V1_INFO);
        client.serverInfo();
        answer(200, "{\"instance\":{\"instanceName\":\"shop1\",\"state\":\"open\"}}");
        client.restart("shop1");
        server.takeRequest();
        assertThat(server.takeRequest().getMethod()).isEqualTo("PUT");
    }

    @Test
    void restartOfAConnectingInstanceAnswersWithItsCode() throws Exception {
        answer(200, "{\"pairingCode\":null,\"code\":\"2@abc,def,ghi,jkl\",\"base64\":\"data:image/png;base64,notapng\",\"count\":3}");
        ConnectResult result = client.restart("shop1");
        assertThat(result.qrCode().code()).isEqualTo("2@abc,def,ghi,jkl");
        assertThat(result.qrCode().count()).isEqualTo(3);
        assertThat(result.qrCode().png()).as("base64 that is not a PNG is dropped, the code is kept").isNull();
        assertThat(result.qrCode().isReady()).isTrue();
    }

    @Test
    void connectWithOtherStateCarriesTheNestedCode() throws Exception {
        answer(200, "{\"instance\":{\"instanceName\":\"shop1\",\"status\":\"refused\"},\"qrcode\":{\"pairingCode\":\"WZYEH1YY\",\"code\":\"2@x\",\"count\":30}}");
        ConnectResult result = client.connect("shop1", "+55 11 99999-0000");
        assertThat(server.takeRequest().getPath()).isEqualTo("/instance/connect/shop1?number=5511999990000");
        assertThat(result.state()).isEqualTo(ConnectionState.REFUSED);
        assertThat(result.qrCode().formattedPairingCode()).isEqualTo("WZYE-H1YY");
        assertThat(result.qrCode().count()).isEqualTo(30);
    }

    @Test
    void unknownStatesAreKeptVerbatim() throws Exception {
        answer(200, "{\"instance\":{\"instanceName\":\"shop1\",\"state\":\"syncing\"}}");
        ConnectionState state = client.connectionState("shop1");
        assertThat(state.kind()).isEqualTo(ConnectionState.Kind.UNKNOWN);
        assertThat(state.label()).isEqualTo("syncing");
    }

    @Test
    void stateMissingForAnInstanceNotLoadedIsAbsent() throws Exception {
        answer(200, "{\"instance\":{\"instanceName\":\"shop1\"}}");
        assertThat(client.connectionState("shop1")).isEqualTo(ConnectionState.ABSENT);
    }

    @Test
    void websocketSetOnAServerWithWebsocketsOffAnswersEmpty() throws Exception {
        answer(201, "");
        assertThat(client.setWebsocket("shop1", new com.evolutionconsole.domain.WebsocketConfig(true,
                List.of("QRCODE_UPDATED")))).isEmpty();
        assertThat(json(server.takeRequest())).containsOnlyKeys("websocket");
    }

    @Test
    void settingsAreSentWithAllSixBooleans() throws Exception {
        answer(201, "{\"settings\":{\"instanceName\":\"shop1\",\"settings\":{\"rejectCall\":true,\"msgCall\":\"no calls\","
                + "\"groupsIgnore\":false,\"alwaysOnline\":true,\"readMessages\":false,\"readStatus\":false,"
                + "\"syncFullHistory\":false,\"wavoipToken\":\"\"}}}");
        InstanceSettings saved = client.setSettings("shop1",
                new InstanceSettings(true, "no calls", false, true, false, false, false, null));
        assertThat(json(server.takeRequest())).containsKeys("rejectCall", "groupsIgnore", "alwaysOnline",
                "readMessages", "readStatus", "syncFullHistory");
        assertThat(saved.alwaysOnline()).isTrue();
        assertThat(saved.msgCall()).isEqualTo("no calls");
    }

    private void answer(int status, String body) {
        server.enqueue(new MockResponse().setResponseCode(status)
                .setHeader("Content-Type", "application/json; charset=utf-8").setBody(body));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(RecordedRequest request) throws IOException {
        return (Map<String, Object>) new Moshi.Builder().build().adapter(Object.class).fromJson(request.getBody().readUtf8());
    }
}
