package com.evolutionconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.evolutionconsole.domain.ConnectResult;
import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.CreateInstanceRequest;
import com.evolutionconsole.domain.CreatedInstance;
import com.evolutionconsole.domain.Instance;
import com.evolutionconsole.domain.Integration;
import com.evolutionconsole.domain.KeyCheck;
import com.evolutionconsole.domain.KeyKind;
import com.evolutionconsole.domain.Presence;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.domain.ServerInfo;
import com.evolutionconsole.domain.WebsocketConfig;
import com.evolutionconsole.testing.Recording;
import com.evolutionconsole.testing.Recording.Exchange;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every exchange of recorded-2.3.6.txt, replayed by MockWebServer with the real server's body verbatim: the client
 * must send the recorded request (method, encoded path, apikey, JSON body) and read the recorded answer into the
 * right domain value or typed error. Exchanges the console can never send (no body, a numeric name, an unknown
 * integration…) are replayed for their answer only, since servers send those shapes for other causes too.
 */
class RecordedExchangesTest {

    private static final Set<Integer> REPLAYED = new ConcurrentSkipListSet<>();
    private static final Moshi MOSHI = new Moshi.Builder().build();

    private MockWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @AfterAll
    static void everyExchangeWasReplayed() {
        Set<Integer> missing = IntStream.rangeClosed(1, Recording.exchanges().size()).boxed()
                .filter(n -> !REPLAYED.contains(n)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).as("recorded exchanges no test replays").isEmpty();
    }

    @Test
    void serverInfoBeforeAndAfterARestart() throws Exception {
        for (int n : new int[] {1, 61}) {
            ServerInfo info = client(n).serverInfo();
            assertRequestAsRecorded(n);
            assertThat(info.version()).isEqualTo("2.3.6");
            assertThat(info.majorVersion()).isEqualTo(2);
            assertThat(info.isV1()).isFalse();
            assertThat(info.clientName()).isEqualTo("evolution_exchange");
            assertThat(info.managerUrl()).isEqualTo("http://127.0.0.1:8080/manager");
            assertThat(info.whatsappWebVersion()).isEqualTo("2.3000.1027934701");
        }
    }

    @Test
    void emptyListsBeforeCreateAfterDeleteAndOnAnEmptyDatabase() throws Exception {
        for (int n : new int[] {2, 18, 63}) {
            assertThat(client(n).fetchInstances()).isEmpty();
            assertRequestAsRecorded(n);
        }
    }

    @Test
    void createWithQrRequestGetsTokenAndANotReadyCode() throws Exception {
        CreatedInstance created = client(3).create(CreateInstanceRequest.simple("probe-1", true));
        assertRequestAsRecorded(3);
        assertThat(created.name()).isEqualTo("probe-1");
        assertThat(created.id()).isEqualTo("ca0eee06-8f9e-4f56-9993-ce1d82614914");
        assertThat(created.token().reveal()).isEqualTo("14CA4F2F-754F-4591-8752-3FB947A0F49A");
        assertThat(created.statusSnapshot()).isEqualTo(ConnectionState.CLOSE);
        assertThat(created.integration()).isEqualTo("WHATSAPP-BAILEYS");
        assertThat(created.qrCode()).isNotNull();
        assertThat(created.qrCode().isReady()).isFalse();
        assertThat(created.qrCode().count()).isZero();
        assertThat(created.settings().groupsIgnore()).isFalse();
    }

    @Test
    void createWithoutQrRequestHasNoCode() throws Exception {
        for (int n : new int[] {32, 41}) {
            Exchange exchange = Recording.get(n);
            String name = (String) json(exchange.requestBody()).get("instanceName");
            CreatedInstance created = client(n).create(CreateInstanceRequest.simple(name, false));
            assertRequestAsRecorded(n);
            assertThat(created.name()).isEqualTo(name);
            assertThat(created.qrCode()).isNull();
            assertThat(created.statusSnapshot()).isEqualTo(ConnectionState.CLOSE);
        }
    }

    @Test
    void createWithWebsocketEventsSendsThemAndReadsTheConnectingSnapshot() throws Exception {
        List<String> events = List.of("APPLICATION_STARTUP", "QRCODE_UPDATED", "CONNECTION_UPDATE", "LOGOUT_INSTANCE",
                "REMOVE_INSTANCE", "PRESENCE_UPDATE", "MESSAGES_UPSERT");
        CreatedInstance created = client(56).create(new CreateInstanceRequest("probe-ws", Integration.WHATSAPP_BAILEYS,
                true, null, null, null, new WebsocketConfig(true, events)));
        assertRequestAsRecorded(56);
        assertThat(created.statusSnapshot()).isEqualTo(ConnectionState.CONNECTING);
        assertThat(created.token().reveal()).isEqualTo("3A1314DE-05F1-49C5-B2EC-FA3E586D61AD");
    }

    @Test
    void connectionStatesAsPolled() throws Exception {
        Map<Integer, ConnectionState> expected = Map.of(4, ConnectionState.CLOSE, 8, ConnectionState.CONNECTING,
                9, ConnectionState.CLOSE, 11, ConnectionState.CLOSE, 13, ConnectionState.CLOSE,
                16, ConnectionState.CLOSE, 59, ConnectionState.CONNECTING);
        for (var entry : expected.entrySet()) {
            int n = entry.getKey();
            assertThat(client(n).connectionState(pathInstance(n))).as("#%d", n).isEqualTo(entry.getValue());
            assertRequestAsRecorded(n);
        }
    }

    @Test
    void instanceTokenReadsItsOwnState() throws Exception {
        assertThat(client(44).connectionState("probe-2")).isEqualTo(ConnectionState.CLOSE);
        assertRequestAsRecorded(44);
    }

    @Test
    void nameWithSpaceAndSlashIsOnePercentEncodedSegment() throws Exception {
        assertThat(client(51).connectionState("bad name/with slash")).isEqualTo(ConnectionState.CLOSE);
        assertRequestAsRecorded(51);
        client(55).delete("bad name/with slash");
        assertRequestAsRecorded(55);
    }

    @Test
    void listingReadsEveryField() throws Exception {
        List<Instance> instances = client(5).fetchInstances();
        assertRequestAsRecorded(5);
        assertThat(instances).hasSize(1);
        Instance probe = instances.get(0);
        assertThat(probe.name()).isEqualTo("probe-1");
        assertThat(probe.id()).isEqualTo("ca0eee06-8f9e-4f56-9993-ce1d82614914");
        assertThat(probe.storedState()).isEqualTo(ConnectionState.CLOSE);
        assertThat(probe.integration()).isEqualTo("WHATSAPP-BAILEYS");
        assertThat(probe.token().reveal()).isEqualTo("14CA4F2F-754F-4591-8752-3FB947A0F49A");
        assertThat(probe.createdAt()).isEqualTo(Instant.parse("2026-11-25T08:16:23.281Z"));
        assertThat(probe.messageCount()).isZero();
        assertThat(probe.contactCount()).isZero();
        assertThat(probe.chatCount()).isZero();
        assertThat(probe.phoneNumber()).isNull();
        assertThat(probe.settings()).isNotNull();
        assertThat(probe.settings().rejectCall()).isFalse();
    }

    @Test
    void listingOneByName() throws Exception {
        assertThat(client(6).fetchInstance("probe-1")).map(Instance::name).contains("probe-1");
        assertRequestAsRecorded(6);
        assertThat(client(31).fetchInstance("no-such-instance")).isEmpty();
        assertRequestAsRecorded(31);
    }

    @Test
    void listingWithOddNamesKeepsTheUnnamedRowVisible() throws Exception {
        List<Instance> instances = client(43).fetchInstances();
        assertRequestAsRecorded(43);
        assertThat(instances).extracting(Instance::name).containsExactly("bad name/with slash", "", "probe-2");
        assertThat(instances.get(1).isUnnamed()).isTrue();
        assertThat(instances.get(1).displayName()).isEqualTo("(unnamed)");

        List<Instance> afterRestart = client(62).fetchInstances();
        assertRequestAsRecorded(62);
        assertThat(afterRestart).singleElement().satisfies(i -> assertThat(i.isUnnamed()).isTrue());
    }

    @Test
    void instanceTokenListsOnlyItsInstanceAndIsRecognisedAsAToken() throws Exception {
        assertThat(client(45).fetchInstances()).extracting(Instance::name).containsExactly("probe-2");
        assertRequestAsRecorded(45);

        // verify-creds refuses a token with the same 401 envelope as every other route (#20), then the listing shows its instance.
        EvolutionClient client = EvolutionClient.create(server.url("/").toString(), Secret.of(Recording.get(45).apikey()));
        server.enqueue(recorded(20));
        server.enqueue(recorded(45));
        KeyCheck check = client.checkKey();
        assertThat(check.kind()).isEqualTo(KeyKind.INSTANCE_TOKEN);
        assertThat(check.instanceName()).isEqualTo("probe-2");
        assertThat(server.takeRequest().getPath()).isEqualTo("/verify-creds");
        assertThat(server.takeRequest().getPath()).isEqualTo("/instance/fetchInstances");
    }

    @Test
    void connectBeforeAnyCodeIsNotReady() throws Exception {
        for (int n : new int[] {7, 10, 50, 58}) {
            ConnectResult result = client(n).connect(pathInstance(n));
            assertRequestAsRecorded(n);
            assertThat(result.qrCode().isReady()).as("#%d", n).isFalse();
            assertThat(result.qrCode().count()).isZero();
            assertThat(result.alreadyConnected()).isFalse();
        }
    }

    @Test
    void restartOfAClosedInstanceIsAFailureSentAsHttp200() throws Exception {
        OperationFailedException e = catchThrowableOfType(OperationFailedException.class,
                () -> client(12).restart("probe-1"));
        assertRequestAsRecorded(12);
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.serverMessages()).containsExactly("[object Object]");
        assertThat(e.summary()).contains("probe-1").contains("not connected");
        assertThat(e.tip()).containsIgnoringCase("connect");
    }

    @Test
    void presenceOnAnInstanceThatIsNotConnected() throws Exception {
        for (int n : new int[] {14, 49}) {
            ValidationException e = catchThrowableOfType(ValidationException.class,
                    () -> client(n).setPresence(pathInstance(n), Presence.AVAILABLE));
            assertRequestAsRecorded(n);
            assertThat(e.serverMessages()).singleElement().asString().startsWith("TypeError: Cannot read properties");
            assertThat(e.summary()).contains("not connected");
            assertThat(e.tip()).isEqualTo(ErrorMapper.TIP_CONNECT_FIRST);
        }
    }

    @Test
    void presenceValidationMessagesAreFlattenedFromNestedArrays() throws Exception {
        ValidationException badValue = catchThrowableOfType(ValidationException.class,
                () -> client(47).setPresence("probe-2", Presence.AVAILABLE));
        assertThat(badValue.serverMessages()).containsExactly(
                "presence is not one of enum values: unavailable,available,composing,recording,paused");
        ValidationException noBody = catchThrowableOfType(ValidationException.class,
                () -> client(48).setPresence("probe-2", Presence.AVAILABLE));
        assertThat(noBody.serverMessages()).containsExactly("instance requires property \"presence\"");
        assertThat(noBody.tip()).as("a missing presence is not a name problem").isEqualTo(ErrorMapper.TIP_CHECK_VALUES);
    }

    @Test
    void logoutOfAClosedInstance() throws Exception {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> client(15).logout("probe-1"));
        assertRequestAsRecorded(15);
        assertThat(e.serverMessages()).containsExactly("The \"probe-1\" instance is not connected");
        assertThat(e.summary()).contains("not connected");
    }

    @Test
    void deleteSucceeds() throws Exception {
        for (int n : new int[] {17, 54, 60}) {
            client(n).delete(pathInstance(n));
            assertRequestAsRecorded(n);
        }
    }

    @Test
    void unknownInstanceIsNotFoundOnEveryRouteEvenWithAWrongKey() throws Exception {
        for (int n : new int[] {19, 24, 25, 26, 27, 28, 29, 30}) {
            String name = pathInstance(n);
            EvolutionClient client = client(n);
            Exchange exchange = Recording.get(n);
            Runnable call = switch (exchange.path().split("/")[2]) {
                case "connectionState" -> () -> client.connectionState(name);
                case "connect" -> () -> client.connect(name);
                case "restart" -> () -> client.restart(name);
                case "setPresence" -> () -> client.setPresence(name, Presence.AVAILABLE);
                case "logout" -> () -> client.logout(name);
                case "delete" -> () -> client.delete(name);
                default -> throw new AssertionError(exchange.path());
            };
            NotFoundException e = catchThrowableOfType(NotFoundException.class, call::run);
            assertRequestAsRecorded(n);
            assertThat(e.routeMissing()).as("#%d", n).isFalse();
            assertThat(e.summary()).contains("\"" + name + "\"");
            assertThat(e.tip()).isEqualTo(ErrorMapper.TIP_CREATE_FIRST);
            assertThat(e.serverMessages()).containsExactly("The \"" + name + "\" instance does not exist");
        }
        // a missing instance must never trigger the PUT fallback meant for v1 servers
        assertThat(server.getRequestCount()).isEqualTo(8);
    }

    @Test
    void wrongOrMissingKeyIsAnAuthenticationError() throws Exception {
        for (int n : new int[] {20, 21}) {
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                    () -> client(n).fetchInstances());
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.serverMessages()).containsExactly("Unauthorized");
            assertThat(e.tip()).isEqualTo(ErrorMapper.TIP_CHECK_KEY);
            assertRequestAsRecorded(n);
        }
        for (int n : new int[] {22, 23, 46}) {
            assertThatThrownBy(() -> client(n).create(CreateInstanceRequest.simple(requestedName(n), requestedQr(n))))
                    .isInstanceOf(AuthenticationException.class);
            assertRequestAsRecorded(n);
        }
    }

    @Test
    void duplicateNameIsANameConflict() throws Exception {
        NameConflictException e = catchThrowableOfType(NameConflictException.class,
                () -> client(33).create(CreateInstanceRequest.simple("probe-2", false)));
        assertRequestAsRecorded(33);
        assertThat(e.summary()).contains("already in use");
        assertThat(e.serverMessages()).containsExactly("This name \"probe-2\" is already in use.");
    }

    @Test
    void missingNameAnswersAreReadAsNoNameSent() {
        for (int n : new int[] {34, 35}) {
            NameConflictException e = catchThrowableOfType(NameConflictException.class,
                    () -> client(n).create(CreateInstanceRequest.simple("any", false)));
            assertThat(e.summary()).contains("no instance name");
        }
    }

    @Test
    void malformedJsonAnswerIsA400WithAStringMessageAndAWrongLabel() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> client(36).create(CreateInstanceRequest.simple("any", false)));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.serverMessages()).containsExactly("Unexpected end of JSON input");
    }

    @Test
    void emptyNameIsRefusedBeforeAnyCall() {
        REPLAYED.add(37);
        assertThat(new com.evolutionconsole.api.dto.CreatedInstanceDto("", null, null, null).instanceName()).isEmpty();
        EvolutionClient client = EvolutionClient.create(server.url("/").toString(), Secret.of(Recording.GLOBAL_KEY));
        InvalidInstanceNameException e = catchThrowableOfType(InvalidInstanceNameException.class,
                () -> client.create(CreateInstanceRequest.simple("", true)));
        assertThat(e.summary()).contains("empty name");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void emptyNameCreateAnswerIsStillReadable() throws Exception {
        // The server answered #37 with 201; a client facing such an answer (say, from another tool) must read it.
        server.enqueue(recorded(37));
        EvolutionClient client = EvolutionClient.create(server.url("/").toString(), Secret.of(Recording.GLOBAL_KEY));
        CreatedInstance created = client.create(CreateInstanceRequest.simple("placeholder", true));
        assertThat(created.name()).isEmpty();
    }

    @Test
    void databaseDumpIsKeptInFullButShownShort() {
        ServerErrorException e = catchThrowableOfType(ServerErrorException.class,
                () -> client(38).create(CreateInstanceRequest.simple("probe-num", true)));
        assertThat(e.status()).isEqualTo(500);
        assertThat(e.serverMessages()).singleElement().asString().startsWith("PrismaClientValidationError");
        assertThat(e.summary()).contains("database");
        assertThat(e.getMessage().length()).isLessThan(e.summary().length() + EvolutionApiException.SHOWN_MESSAGE_LIMIT + 30);
    }

    @Test
    void integrationAndTypeErrorsAreValidationErrors() {
        for (int n : new int[] {39, 40}) {
            ValidationException e = catchThrowableOfType(ValidationException.class,
                    () -> client(n).create(CreateInstanceRequest.simple("probe-x", true)));
            assertThat(e.serverMessages()).containsExactly("Invalid integration");
        }
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> client(42).create(CreateInstanceRequest.simple("probe-qrstr", true)));
        assertThat(e.serverMessages()).containsExactly("qrcode is not of a type(s) boolean");
    }

    @Test
    void unknownRouteIsARouteMissingNotAMissingInstance() {
        for (int n : new int[] {52, 53}) {
            NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> client(n).connectionState("x"));
            assertThat(e.routeMissing()).isTrue();
            assertThat(e.tip()).contains("base URL");
        }
    }

    @Test
    void websocketConfigIsRead() throws Exception {
        WebsocketConfig config = client(57).findWebsocket("probe-ws").orElseThrow();
        assertRequestAsRecorded(57);
        assertThat(config.enabled()).isTrue();
        assertThat(config.events()).contains("QRCODE_UPDATED", "CONNECTION_UPDATE").hasSize(7);
    }

    // --- helpers ---

    /** The key used where the recording sent none: the console always has one, and sends it wherever it is needed. */
    private static final String STAND_IN_KEY = "a-key-the-server-never-saw";

    /** A client with the key the exchange used, whose next answer is the recorded one. */
    private EvolutionClient client(int n) {
        REPLAYED.add(n);
        server.enqueue(recorded(n));
        Exchange exchange = Recording.get(n);
        String key = exchange.apikey() != null ? exchange.apikey() : STAND_IN_KEY;
        return EvolutionClient.create(server.url("/").toString(), Secret.of(key));
    }

    private static MockResponse recorded(int n) {
        Exchange exchange = Recording.get(n);
        return new MockResponse().setResponseCode(exchange.status())
                .setHeader("Content-Type", "application/json; charset=utf-8").setBody(exchange.responseBody());
    }

    /** The request the client sent matches the recorded one: method, raw path, apikey and JSON body. */
    private void assertRequestAsRecorded(int n) throws Exception {
        Exchange exchange = Recording.get(n);
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("#%d was not sent", n).isNotNull();
        assertThat(request.getMethod()).as("#%d method", n).isEqualTo(exchange.method());
        assertThat(request.getPath()).as("#%d path", n).isEqualTo(exchange.path());
        // GET / needs no key, so none is sent there; elsewhere the recorded key, or the stand-in where none was sent.
        String expectedKey = exchange.path().equals("/") ? null
                : exchange.apikey() != null ? exchange.apikey() : STAND_IN_KEY;
        assertThat(request.getHeader("apikey")).as("#%d apikey", n).isEqualTo(expectedKey);
        if (exchange.requestBody() != null) {
            assertThat(json(request.getBody().readUtf8())).as("#%d body", n).isEqualTo(json(exchange.requestBody()));
            assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) throws IOException {
        return (Map<String, Object>) MOSHI.adapter(Object.class).fromJson(text);
    }

    private static String pathInstance(int n) {
        String[] parts = Recording.get(n).path().split("/");
        return java.net.URLDecoder.decode(parts[parts.length - 1], java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String requestedName(int n) throws IOException {
        return (String) json(Recording.get(n).requestBody()).get("instanceName");
    }

    private static boolean requestedQr(int n) throws IOException {
        return Boolean.TRUE.equals(json(Recording.get(n).requestBody()).get("qrcode"));
    }
}
