package com.evolutionconsole.service.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.evolutionconsole.api.EvolutionApiException;
import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.demo.DemoServerConfig;
import com.evolutionconsole.demo.EmbeddedEvolutionServer;
import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.CreateInstanceRequest;
import com.evolutionconsole.domain.KeyKind;
import com.evolutionconsole.domain.Secret;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The health check against the embedded server over real HTTP: states, tips, faults, the bound and cancel. */
class HealthCheckerTest {

    private static final String KEY = "health-checker-global-key";
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final List<String> SAMPLES_AND_MISSING =
            List.of("sales-team", "marketing-bot", "support-desk", "no-such-bot");

    private EmbeddedEvolutionServer server;
    private EvolutionClient client;
    private ExecutorService pool;
    private ExecutorService runner;

    @BeforeEach
    void start() {
        server = startServer(true);
        server.backend().seedSamples();
        client = EvolutionClient.create(server.url(), Secret.of(KEY));
        pool = Executors.newFixedThreadPool(4);
        runner = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void stop() {
        runner.shutdownNow();
        pool.shutdownNow();
        client.close();
        server.stop();
    }

    @Test
    void reportsOpenClosedConnectingAndMissingInstancesEachWithATip() throws Exception {
        HealthReport report = check(new HealthRequest(SAMPLES_AND_MISSING, false));

        assertThat(report.instances()).extracting(InstanceHealth::name).containsExactlyElementsOf(SAMPLES_AND_MISSING);
        InstanceHealth open = report.instances().get(0);
        assertThat(open.exists()).isTrue();
        assertThat(open.ready()).isTrue();
        assertThat(open.listedState()).isEqualTo(ConnectionState.OPEN);
        assertThat(open.liveState()).isEqualTo(ConnectionState.OPEN);
        assertThat(open.issues()).isEmpty();

        InstanceHealth closed = report.instances().get(1);
        assertThat(closed.ready()).isFalse();
        assertThat(closed.liveState()).isEqualTo(ConnectionState.CLOSE);
        assertThat(closed.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(HealthIssue.Severity.PROBLEM);
            assertThat(issue.text()).contains("Disconnected");
            assertThat(issue.tip()).contains("Connect it").contains("scan the QR code");
        });
        assertThat(closed.qr()).isEqualTo(QrAvailability.NOT_PROBED);
        assertThat(server.backend().instance("marketing-bot").orElseThrow().liveState())
                .as("without the probe, connect is never called").isEqualTo("close");

        InstanceHealth pairing = report.instances().get(2);
        assertThat(pairing.liveState()).isEqualTo(ConnectionState.CONNECTING);
        assertThat(pairing.issues()).extracting(HealthIssue::text).containsExactly("Pairing in progress (connecting).");

        InstanceHealth missing = report.instances().get(3);
        assertThat(missing.exists()).isFalse();
        assertThat(missing.liveState()).isNull();
        assertThat(missing.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.text()).contains("No instance named \"no-such-bot\"");
            assertThat(issue.tip()).startsWith("Create it first");
        });

        ServerHealth serverHealth = report.server();
        assertThat(serverHealth.reachable()).isTrue();
        assertThat(serverHealth.version()).isEqualTo("2.3.6");
        assertThat(serverHealth.latencyMillis()).isNotNull().isGreaterThanOrEqualTo(0L);
        assertThat(serverHealth.keyKind()).isEqualTo(KeyKind.GLOBAL);
        assertThat(serverHealth.instanceCount()).isEqualTo(4);
        assertThat(serverHealth.issues()).isEmpty();
        assertThat(report.checkedAt()).isEqualTo(T0);
        assertThat(report.cancelled()).isFalse();
        assertThat(report.notChecked()).isEmpty();
        assertThat(report.summary()).isEqualTo(new HealthSummary(4, 1, 2, 1, 0));
    }

    @Test
    void theQrProbeRunsOnlyWhenAskedAndOnlyOnClosedInstances() throws Exception {
        HealthReport report = check(new HealthRequest(List.of("marketing-bot", "sales-team"), true));

        InstanceHealth closed = report.instances().get(0);
        assertThat(closed.qr()).isEqualTo(QrAvailability.AVAILABLE);
        assertThat(closed.issues()).extracting(HealthIssue::text)
                .anySatisfy(text -> assertThat(text).contains("QR code is available").contains("started pairing"));
        assertThat(server.backend().instance("marketing-bot").orElseThrow().liveState())
                .as("the probe starts pairing, as on a real server").isEqualTo("connecting");
        assertThat(report.instances().get(1).qr()).isEqualTo(QrAvailability.NOT_PROBED);
        assertThat(report.qrProbed()).isTrue();
    }

    @Test
    void aStoredStateThatLagsTheLiveOneIsFlagged() throws Exception {
        EmbeddedEvolutionServer unreachable = startServer(false);
        try (EvolutionClient other = EvolutionClient.create(unreachable.url(), Secret.of(KEY))) {
            other.create(CreateInstanceRequest.simple("flapping", false));
            other.connect("flapping");
            other.create(CreateInstanceRequest.simple("quiet", false));

            HealthReport report = new HealthChecker(pool, Clock.fixed(T0, ZoneOffset.UTC))
                    .prepare(other, new HealthRequest(List.of("flapping", "quiet"), true), null).call();

            InstanceHealth flapping = report.instances().get(0);
            assertThat(flapping.listedState()).isEqualTo(ConnectionState.CLOSE);
            assertThat(flapping.liveState()).isEqualTo(ConnectionState.CONNECTING);
            assertThat(flapping.stateMismatch()).isTrue();
            assertThat(flapping.issues()).anySatisfy(issue -> {
                assertThat(issue.text()).isEqualTo("Listed as close, live state is connecting.");
                assertThat(issue.tip()).contains("stored copy");
            });
            assertThat(flapping.qr()).as("only closed instances are probed").isEqualTo(QrAvailability.NOT_PROBED);

            InstanceHealth quiet = report.instances().get(1);
            assertThat(quiet.stateMismatch()).isFalse();
            assertThat(quiet.qr()).as("no route to WhatsApp: connect answers {count:0}").isEqualTo(QrAvailability.NO_CODE_YET);
            assertThat(report.summary().stateMismatches()).isEqualTo(1);
        } finally {
            unreachable.stop();
        }
    }

    @Test
    void aFailedStateReadBecomesAnIssueWithTheErrorsSummaryAndTip() throws Exception {
        String path = "/instance/connectionState/sales-team";
        String body = "{\"status\":500,\"error\":\"Internal Server Error\",\"response\":{\"message\":[\"database is down\"]}}";
        server.faults().when("GET", path).times(2).respond(500, "application/json", body);
        EvolutionApiException expected = catchThrowableOfType(EvolutionApiException.class,
                () -> client.connectionState("sales-team"));

        InstanceHealth health = check(new HealthRequest(List.of("sales-team"), false)).instances().get(0);

        assertThat(health.exists()).as("the list still has it").isTrue();
        assertThat(health.listedState()).isEqualTo(ConnectionState.OPEN);
        assertThat(health.liveState()).isNull();
        assertThat(health.ready()).isFalse();
        assertThat(health.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(HealthIssue.Severity.PROBLEM);
            assertThat(issue.text()).isEqualTo("Cannot read the live state: " + expected.summary());
            assertThat(issue.tip()).isEqualTo(expected.tip()).isNotBlank();
        });
    }

    @Test
    void anUnknownStateIsShownVerbatim() throws Exception {
        server.faults().when("GET", "/instance/connectionState/sales-team").respond(200, "application/json",
                "{\"instance\":{\"instanceName\":\"sales-team\",\"state\":\"hibernating\"}}");

        InstanceHealth health = check(new HealthRequest(List.of("sales-team"), false)).instances().get(0);

        assertThat(health.liveState().label()).isEqualTo("hibernating");
        assertThat(health.issues()).anySatisfy(issue -> {
            assertThat(issue.severity()).isEqualTo(HealthIssue.Severity.WARNING);
            assertThat(issue.text()).isEqualTo("Unknown state: \"hibernating\".");
        });
    }

    @Test
    void withoutTheListExistenceComesFromTheLiveState() throws Exception {
        server.faults().when("GET", "/instance/fetchInstances").respond(502, "text/html", "<html>Bad gateway</html>");

        HealthReport report = check(new HealthRequest(List.of("sales-team", "no-such-bot"), false));

        assertThat(report.server().issues()).anySatisfy(issue -> assertThat(issue.text()).startsWith("Cannot list the instances"));
        assertThat(report.server().instanceCount()).isNull();
        InstanceHealth listedNowhere = report.instances().get(0);
        assertThat(listedNowhere.exists()).isTrue();
        assertThat(listedNowhere.listedState()).isNull();
        assertThat(listedNowhere.issues()).as("no claim about a list that could not be read").isEmpty();
        assertThat(report.instances().get(1).exists()).isFalse();
    }

    @Test
    void noNamesMeansEveryListedInstanceInNameOrder() throws Exception {
        HealthReport report = check(new HealthRequest(List.of(), false));

        assertThat(report.instances()).extracting(InstanceHealth::name)
                .containsExactly("marketing-bot", "pairing-kiosk", "sales-team", "support-desk");
    }

    @Test
    void anUnreachableServerIsReportedNotThrown() throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        try (EvolutionClient nowhere = EvolutionClient.create("http://127.0.0.1:" + freePort, Secret.of(KEY))) {
            HealthReport report = new HealthChecker(pool).prepare(nowhere,
                    new HealthRequest(List.of("sales-team"), false), null).call();

            assertThat(report.server().reachable()).isFalse();
            assertThat(report.server().keyKind()).isNull();
            assertThat(report.server().issues()).extracting(HealthIssue::text)
                    .anySatisfy(text -> assertThat(text).startsWith("Cannot list the instances"))
                    .anySatisfy(text -> assertThat(text).contains("GET /"));
            assertThat(report.instances().get(0).issues()).singleElement()
                    .satisfies(issue -> assertThat(issue.text()).startsWith("Cannot read the live state"));
        }
    }

    @Test
    void noMoreChecksRunAtOnceThanThePoolHasThreads() throws Exception {
        ThreadPoolExecutor two = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        try {
            CountDownLatch bothInside = new CountDownLatch(2);
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch allSubmitted = new CountDownLatch(1);
            HealthRun run = new HealthChecker(two).prepare(client, new HealthRequest(allFive(), false),
                    blockingListener(bothInside, release, new AtomicInteger(), allSubmitted));
            Future<HealthReport> result = runner.submit(run);

            assertThat(bothInside.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(allSubmitted.await(10, TimeUnit.SECONDS)).as("the server is checked after submitting").isTrue();
            assertThat(two.getActiveCount()).isEqualTo(2);
            assertThat(two.getQueue()).as("the other three wait their turn").hasSize(3);
            release.countDown();

            HealthReport report = result.get(10, TimeUnit.SECONDS);
            assertThat(report.instances()).hasSize(5);
            assertThat(report.cancelled()).isFalse();
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void cancelStopsTheRemainingChecksAndKeepsTheFinishedOnes() throws Exception {
        ThreadPoolExecutor two = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        try {
            CountDownLatch bothInside = new CountDownLatch(2);
            CountDownLatch release = new CountDownLatch(1);
            AtomicInteger announced = new AtomicInteger();
            List<String> names = allFive();
            HealthRun run = new HealthChecker(two).prepare(client, new HealthRequest(names, false),
                    blockingListener(bothInside, release, announced, new CountDownLatch(1)));
            Future<HealthReport> result = runner.submit(run);
            assertThat(bothInside.await(10, TimeUnit.SECONDS)).isTrue();

            run.cancel();
            release.countDown();
            HealthReport report = result.get(10, TimeUnit.SECONDS);

            assertThat(report.cancelled()).isTrue();
            assertThat(report.instances()).extracting(InstanceHealth::name).containsExactlyElementsOf(names.subList(0, 2));
            assertThat(report.notChecked()).containsExactlyElementsOf(names.subList(2, 5));
            assertThat(announced.get()).as("nothing announced after the cancel").isEqualTo(2);
            assertThat(run.isCancelled()).isTrue();
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void cancelDoesNotWaitForACheckStuckOnASlowServer() throws Exception {
        server.faults().when("GET", "/instance/connectionState/sales-team").delayed(Duration.ofSeconds(20))
                .answerNormally();
        HealthRun run = new HealthChecker(pool).prepare(client, new HealthRequest(List.of("sales-team"), false), null);
        Future<HealthReport> result = runner.submit(run);
        // The rule is used up when the request reaches the server, which then holds it for 20 s.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.faults().pendingRules() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(server.faults().pendingRules()).isZero();

        run.cancel();
        HealthReport report = result.get(5, TimeUnit.SECONDS);

        assertThat(report.cancelled()).isTrue();
        assertThat(report.instances()).isEmpty();
        assertThat(report.notChecked()).containsExactly("sales-team");
    }

    private HealthReport check(HealthRequest request) throws InterruptedException {
        return new HealthChecker(pool, Clock.fixed(T0, ZoneOffset.UTC)).prepare(client, request, null).call();
    }

    private static List<String> allFive() {
        return List.of("marketing-bot", "no-such-bot", "pairing-kiosk", "sales-team", "support-desk");
    }

    /** Holds every announcing thread until {@code release}, after counting it in; tells when the server is done. */
    private static HealthListener blockingListener(CountDownLatch inside, CountDownLatch release, AtomicInteger announced,
                                                   CountDownLatch serverChecked) {
        return new HealthListener() {
            @Override
            public void serverChecked(ServerHealth server) {
                serverChecked.countDown();
            }

            @Override
            public void instanceChecked(InstanceHealth health, int done, int total) {
                announced.incrementAndGet();
                inside.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    private static EmbeddedEvolutionServer startServer(boolean whatsappReachable) {
        EmbeddedEvolutionServer started = new EmbeddedEvolutionServer(DemoServerConfig.builder(KEY)
                .clock(Clock.fixed(T0, ZoneOffset.UTC)).whatsappReachable(whatsappReachable).noDelays().build());
        started.start();
        return started;
    }
}
