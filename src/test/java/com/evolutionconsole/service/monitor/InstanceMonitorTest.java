package com.evolutionconsole.service.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.service.monitor.TimelineEntry.Event;
import com.evolutionconsole.service.monitor.WatchStatus.Phase;
import com.evolutionconsole.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The monitor against the embedded server over real HTTP, with time moved by hand: no threads, no sleeps. */
class InstanceMonitorTest {

    private static final String TYPE_ERROR = "{\"status\":400,\"error\":\"Bad Request\",\"response\":{\"message\":"
            + "[\"TypeError: Cannot read properties of undefined (reading 'sendPresenceUpdate')\"]}}";
    private static final String SAYS_CLOSE = "{\"instance\":{\"instanceName\":\"shop\",\"state\":\"close\"}}";
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private TestServer server;
    private ManualScheduler scheduler;
    private InstanceMonitor monitor;
    private final List<MonitorAlert> alerts = new ArrayList<>();
    private final List<String> removed = new ArrayList<>();

    private void start(UnaryOperator<com.evolutionconsole.demo.DemoServerConfig.Builder> config, MonitorSettings settings) {
        server = new TestServer(config);
        scheduler = new ManualScheduler(server.clock);
        monitor = new InstanceMonitor(() -> server.client, scheduler, server.clock, settings);
        monitor.addListener(new MonitorListener() {
            @Override
            public void alertRaised(MonitorAlert alert) {
                alerts.add(alert);
            }

            @Override
            public void watchRemoved(String name) {
                removed.add(name);
            }
        });
    }

    /** A server with "shop" paired and open. */
    private void startWithOpenShop(MonitorSettings settings) {
        start(b -> b, settings);
        server.create("shop", true);
        server.scan("shop", "Shop", "5511911112222");
    }

    @AfterEach
    void stop() {
        monitor.close();
        server.close();
    }

    @Test
    void aHealthyOpenInstanceRaisesNothingAndItsChecksShareOneEntry() {
        startWithOpenShop(MonitorSettings.defaults());
        monitor.watch("shop", true);
        assertThat(status().phase()).isEqualTo(Phase.PENDING);
        assertThat(status().nextCheckAt()).as("the first check runs at once").isEqualTo(T0);

        scheduler.runDue();
        scheduler.advance(Duration.ofMinutes(10));

        assertThat(alerts).isEmpty();
        assertThat(status().phase()).isEqualTo(Phase.HEALTHY);
        assertThat(status().healthText()).isEqualTo("healthy");
        assertThat(status().lastCheckAt()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        assertThat(status().nextCheckAt()).isEqualTo(T0.plus(Duration.ofMinutes(11)));
        assertThat(status().timeline()).singleElement().satisfies(entry -> {
            assertThat(entry.event()).isEqualTo(Event.CHECKED);
            assertThat(entry.state()).isEqualTo(ConnectionState.OPEN);
            assertThat(entry.text()).isEqualTo("open; presence probe ok");
            assertThat(entry.count()).isEqualTo(11);
            assertThat(entry.at()).isEqualTo(T0);
            assertThat(entry.lastAt()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        });
    }

    @Test
    void anInstanceClosedPastTheThresholdRaisesExactlyOneAlert() {
        startWithOpenShop(MonitorSettings.defaults());
        monitor.watch("shop", false);
        scheduler.runDue();
        server.server.faults().when("GET", "/instance/connectionState/shop").always()
                .respond(200, "application/json", SAYS_CLOSE);

        scheduler.advance(Duration.ofMinutes(2));
        assertThat(alerts).as("unhealthy for 1 min only").isEmpty();
        assertThat(status().phase()).isEqualTo(Phase.UNHEALTHY);
        assertThat(status().healthText()).isEqualTo("unhealthy for 1 min");

        scheduler.advance(Duration.ofMinutes(1));
        scheduler.advance(Duration.ofMinutes(30));

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(MonitorAlert.Kind.UNHEALTHY);
            assertThat(alert.at()).isEqualTo(T0.plus(Duration.ofMinutes(3)));
            assertThat(alert.state()).isEqualTo(ConnectionState.CLOSE);
            assertThat(alert.message()).isEqualTo("\"shop\" has been unhealthy for 2 min: state close.");
            assertThat(alert.tip()).contains("Restart it");
        });
        assertThat(status().phase()).isEqualTo(Phase.ALERTED);
        assertThat(events()).doesNotContain(Event.RESTART);
    }

    @Test
    void theAlertComesAtTheThresholdEvenWithALongerInterval() {
        startWithOpenShop(MonitorSettings.defaults().withCheckInterval(Duration.ofMinutes(10)));
        monitor.watch("shop", false);
        server.server.faults().when("GET", "/instance/connectionState/shop").always()
                .respond(200, "application/json", SAYS_CLOSE);
        scheduler.runDue();

        scheduler.advance(Duration.ofMinutes(2));

        assertThat(alerts).singleElement().satisfies(alert -> assertThat(alert.at()).isEqualTo(T0.plus(Duration.ofMinutes(2))));
        assertThat(status().nextCheckAt()).isEqualTo(T0.plus(Duration.ofMinutes(12)));
    }

    @Test
    void aFlapShorterThanTheThresholdRaisesNoneButIsInTheTimeline() {
        startWithOpenShop(MonitorSettings.defaults());
        monitor.watch("shop", false);
        scheduler.runDue();
        server.server.faults().when("GET", "/instance/connectionState/shop").once()
                .respond(200, "application/json", SAYS_CLOSE);

        scheduler.advance(Duration.ofMinutes(30));

        assertThat(alerts).isEmpty();
        assertThat(status().phase()).isEqualTo(Phase.HEALTHY);
        assertThat(status().timeline()).extracting(TimelineEntry::event)
                .containsExactly(Event.CHECKED, Event.CHECKED, Event.CHECKED, Event.RECOVERED, Event.CHECKED);
        assertThat(status().timeline().get(1).state()).isEqualTo(ConnectionState.CLOSE);
        assertThat(status().timeline().get(3).text())
                .isEqualTo("healthy again after 1 min; back within the alert threshold, so no alert");
    }

    @Test
    void theServersCloseConnectingFlapWithoutWhatsAppRaisesOneAlertNotOnePerFlap() {
        start(b -> b.whatsappReachable(false).flapPeriod(Duration.ofSeconds(7)), MonitorSettings.defaults());
        server.create("flappy", false);
        server.client.connect("flappy");
        monitor.watch("flappy", false);
        scheduler.runDue();

        scheduler.advance(Duration.ofMinutes(30));

        assertThat(alerts).singleElement().satisfies(alert -> assertThat(alert.kind()).isEqualTo(MonitorAlert.Kind.UNHEALTHY));
        assertThat(monitor.status("flappy").orElseThrow().timeline()).extracting(TimelineEntry::state)
                .contains(ConnectionState.CLOSE, ConnectionState.CONNECTING);
    }

    @Test
    void anInstanceThatSaysOpenButFailsThePresenceProbeIsCaught() {
        startWithOpenShop(MonitorSettings.defaults());
        failPresence();
        monitor.watch("shop", false);

        scheduler.runDue();

        assertThat(status().phase()).isEqualTo(Phase.UNHEALTHY);
        assertThat(status().state()).isEqualTo(ConnectionState.OPEN);
        assertThat(status().timeline()).singleElement().satisfies(entry -> {
            assertThat(entry.event()).isEqualTo(Event.PROBE_FAILED);
            assertThat(entry.state()).isEqualTo(ConnectionState.OPEN);
            assertThat(entry.text()).isEqualTo("says open, but the presence probe failed: "
                    + "TypeError: Cannot read properties of undefined (reading 'sendPresenceUpdate')");
        });

        scheduler.advance(Duration.ofMinutes(2));

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.message()).startsWith("\"shop\" has been unhealthy for 2 min: says open, but the presence probe failed");
            assertThat(alert.tip()).isEqualTo("It says open but cannot send: restart it.");
        });
    }

    @Test
    void autoRestartBacksOffDoublingAndGivesUpAtTheMaximumWithAFinalAlert() {
        startWithOpenShop(MonitorSettings.defaults());
        failPresence();
        monitor.watch("shop", true);
        scheduler.runDue();

        scheduler.advance(Duration.ofHours(1));

        assertThat(secondsOf(Event.RESTART)).as("alert at 2 min, then 30 s, 60 s, 120 s, 240 s apart")
                .containsExactly(120L, 150L, 210L, 330L, 570L);
        assertThat(secondsOf(Event.GAVE_UP)).as("the 5th re-check, 480 s later").containsExactly(1050L);
        assertThat(alerts).extracting(MonitorAlert::kind)
                .containsExactly(MonitorAlert.Kind.UNHEALTHY, MonitorAlert.Kind.GAVE_UP);
        assertThat(alerts.get(1).message()).startsWith("\"shop\": gave up after 5 restarts: still says open");
        assertThat(entries(Event.RESTART).get(0).text())
                .isEqualTo("restart attempt 1 of 5: restarted; the server says it is open again; re-check in 30 s");
        assertThat(status().phase()).isEqualTo(Phase.GAVE_UP);
        assertThat(status().healthText()).isEqualTo("gave up after 5 restarts");
        assertThat(status().restartAttempts()).isEqualTo(5);
    }

    @Test
    void restartDelaysStopGrowingAtTheCap() {
        startWithOpenShop(MonitorSettings.defaults().withRestartDelays(Duration.ofSeconds(30), Duration.ofSeconds(90))
                .withMaxRestarts(4));
        failPresence();
        monitor.watch("shop", true);
        scheduler.runDue();

        scheduler.advance(Duration.ofHours(1));

        assertThat(secondsOf(Event.RESTART)).containsExactly(120L, 150L, 210L, 300L);
        assertThat(secondsOf(Event.GAVE_UP)).containsExactly(390L);
        assertThat(MonitorSettings.defaults().restartDelay(7)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void recoveryAfterARestartEndsTheEpisode() {
        startWithOpenShop(MonitorSettings.defaults());
        failPresence();
        monitor.watch("shop", true);
        scheduler.runDue();
        scheduler.advance(Duration.ofMinutes(2));
        assertThat(status().phase()).isEqualTo(Phase.RESTARTING);
        assertThat(status().healthText()).isEqualTo("restarting (1 of 5)");
        assertThat(status().nextCheckAt()).as("the re-check").isEqualTo(T0.plusSeconds(150));

        server.server.faults().clear();
        scheduler.advance(Duration.ofSeconds(30));
        scheduler.advance(Duration.ofHours(1));

        assertThat(alerts).extracting(MonitorAlert::kind)
                .containsExactly(MonitorAlert.Kind.UNHEALTHY, MonitorAlert.Kind.RECOVERED);
        assertThat(alerts.get(1).message()).isEqualTo("\"shop\" is healthy again after 2 min 30 s and 1 restart.");
        assertThat(alerts.get(1).severe()).isFalse();
        assertThat(secondsOf(Event.RESTART)).containsExactly(120L);
        assertThat(status().phase()).isEqualTo(Phase.HEALTHY);
        assertThat(status().restartAttempts()).isZero();
    }

    @Test
    void aLoggedOutInstanceIsAlertedWithTheQrTipAndNeverRestarted() {
        startWithOpenShop(MonitorSettings.defaults());
        monitor.watch("shop", true);
        scheduler.runDue();
        server.client.logout("shop");

        scheduler.advance(Duration.ofMinutes(1));

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(MonitorAlert.Kind.LOGGED_OUT);
            assertThat(alert.at()).as("at once: a final close never comes back").isEqualTo(T0.plusSeconds(60));
            assertThat(alert.reasonCode()).isEqualTo(401);
            assertThat(alert.message()).contains("statusReason 401 logged out");
            assertThat(alert.tip()).contains("scan a new QR code").contains("never restarted");
        });

        scheduler.advance(Duration.ofHours(1));

        assertThat(alerts).hasSize(1);
        assertThat(events()).doesNotContain(Event.RESTART);
        assertThat(status().phase()).isEqualTo(Phase.LOGGED_OUT);
        assertThat(status().reasonCode()).isEqualTo(401);
        assertThat(server.server.backend().instance("shop").orElseThrow().liveState())
                .as("neither restarted nor reconnected").isEqualTo("close");
    }

    @Test
    void aReasonCodeLeftFromAnEarlierLogoutDoesNotCountOnceItPairedAgain() {
        startWithOpenShop(MonitorSettings.defaults());
        server.client.logout("shop");
        server.client.connect("shop");
        server.scan("shop", "Shop", "5511911112222");
        server.server.faults().when("GET", "/instance/connectionState/shop").always()
                .respond(200, "application/json", SAYS_CLOSE);
        monitor.watch("shop", true);
        scheduler.runDue();

        scheduler.advance(Duration.ofMinutes(2));

        assertThat(alerts).extracting(MonitorAlert::kind).containsExactly(MonitorAlert.Kind.UNHEALTHY);
        assertThat(status().reasonCode()).isNull();
        assertThat(entries(Event.RESTART)).singleElement().satisfies(entry -> assertThat(entry.text())
                .startsWith("restart attempt 1 of 5: it was closed, so it was reconnected"));
    }

    @Test
    void aClosedInstanceIsReconnectedBecauseTheServerRefusesToRestartIt() {
        start(b -> b, MonitorSettings.defaults());
        server.create("idle", false);
        monitor.watch("idle", true);
        scheduler.runDue();

        scheduler.advance(Duration.ofMinutes(2));

        assertThat(entries(Event.RESTART, "idle")).singleElement().satisfies(entry -> assertThat(entry.text())
                .isEqualTo("restart attempt 1 of 5: it was closed, so it was reconnected (connect); "
                        + "the server reconnects it by itself; re-check in 30 s"));
        assertThat(server.server.backend().instance("idle").orElseThrow().liveState()).isEqualTo("connecting");
    }

    @Test
    void aFailedCheckIsAlertedWithItsTipButNotRestarted() {
        startWithOpenShop(MonitorSettings.defaults());
        server.server.faults().when("GET", "/instance/connectionState/shop").always()
                .respond(502, "text/html", "<html><body>Bad gateway</body></html>");
        monitor.watch("shop", true);
        scheduler.runDue();

        scheduler.advance(Duration.ofMinutes(10));

        assertThat(status().timeline().get(0).event()).isEqualTo(Event.CHECK_FAILED);
        assertThat(status().timeline().get(0).state()).isNull();
        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.message()).contains("could not check");
            assertThat(alert.tip()).isNotBlank();
        });
        assertThat(events()).doesNotContain(Event.RESTART);
    }

    @Test
    void aMissingInstanceIsAlertedAtOnceAndNotRestarted() {
        start(b -> b, MonitorSettings.defaults());
        monitor.watch("ghost", true);

        scheduler.runDue();
        scheduler.advance(Duration.ofMinutes(30));

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(MonitorAlert.Kind.MISSING);
            assertThat(alert.message()).isEqualTo("\"ghost\" no longer exists on the server.");
        });
        assertThat(monitor.status("ghost").orElseThrow().phase()).isEqualTo(Phase.MISSING);
        assertThat(entries(Event.RESTART, "ghost")).isEmpty();
    }

    @Test
    void aServerDownIsAlertedAsUncheckableAndAWatchedInstanceLostInItsRestartAsMissing() {
        startWithOpenShop(MonitorSettings.defaults());
        monitor.watch("shop", true);
        scheduler.runDue();
        server.server.stop();

        scheduler.advance(Duration.ofMinutes(3));

        assertThat(alerts).as("a server that is down is no reason to call the instance missing").singleElement()
                .satisfies(alert -> {
                    assertThat(alert.kind()).isEqualTo(MonitorAlert.Kind.UNHEALTHY);
                    assertThat(alert.message()).isEqualTo("\"shop\" has been unhealthy for 2 min: could not check: Could not"
                            + " connect to 127.0.0.1:" + server.client.baseUrl().port() + ": nothing answers there.");
                });

        server.restartEmpty();
        scheduler.advance(Duration.ofMinutes(1));

        assertThat(alerts).filteredOn(alert -> alert.kind() == MonitorAlert.Kind.MISSING).singleElement()
                .extracting(MonitorAlert::message).isEqualTo("\"shop\" no longer exists on the server.");
        assertThat(status().phase()).isEqualTo(Phase.MISSING);
        assertThat(entries(Event.RESTART, "shop")).isEmpty();
    }

    @Test
    void theTimelineIsCappedOldestFirstOut() {
        startWithOpenShop(MonitorSettings.defaults().withTimelineLimit(4));
        monitor.watch("shop", false);
        scheduler.runDue();
        for (int i = 0; i < 3; i++) {
            failPresenceOnce();
            scheduler.advance(Duration.ofSeconds(10));
            monitor.checkNow("shop");
            scheduler.runDue();
            monitor.checkNow("shop");
            scheduler.runDue();
        }

        List<TimelineEntry> timeline = status().timeline();
        assertThat(timeline).extracting(TimelineEntry::event)
                .containsExactly(Event.RECOVERED, Event.PROBE_FAILED, Event.CHECKED, Event.RECOVERED);
        assertThat(timeline.get(3).at()).isEqualTo(T0.plusSeconds(30));

        monitor.updateSettings(monitor.settings().withTimelineLimit(2));
        assertThat(status().timeline()).extracting(TimelineEntry::event).containsExactly(Event.CHECKED, Event.RECOVERED);
    }

    @Test
    void checkNowRunsOffTheCallersThreadAndMergesRequests() {
        startWithOpenShop(MonitorSettings.defaults());
        monitor.watch("shop", false);
        scheduler.runDue();
        scheduler.advance(Duration.ofSeconds(20));

        assertThat(monitor.checkNow("shop")).isTrue();
        assertThat(monitor.checkNow("shop")).isTrue();
        assertThat(status().timeline().get(0).count()).as("nothing ran inline").isEqualTo(1);
        scheduler.runDue();

        assertThat(status().timeline().get(0).count()).as("two requests, one check").isEqualTo(2);
        assertThat(status().nextCheckAt()).as("the interval restarts from the last check").isEqualTo(T0.plusSeconds(80));
        assertThat(monitor.checkNow("not-watched")).isFalse();
    }

    @Test
    void newSettingsMoveTheNextCheckAndUnwatchStopsEverything() {
        startWithOpenShop(MonitorSettings.defaults());
        monitor.watch("shop", true);
        assertThat(monitor.watch("shop", false)).as("already watched").isFalse();
        scheduler.runDue();

        monitor.updateSettings(monitor.settings().withCheckInterval(Duration.ofMinutes(5)));
        assertThat(status().nextCheckAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));

        assertThat(monitor.unwatch("shop")).isTrue();
        assertThat(removed).containsExactly("shop");
        assertThat(monitor.watched()).isEmpty();
        assertThat(scheduler.pending()).isZero();
        assertThat(monitor.checkNow("shop")).isFalse();
    }

    @Test
    void aCheckWithoutAServerConnectionSaysSo() {
        start(b -> b, MonitorSettings.defaults());
        InstanceMonitor offline = new InstanceMonitor(() -> {
            throw new IllegalStateException("not connected to a server yet");
        }, scheduler, server.clock, MonitorSettings.defaults());
        offline.watch("shop", true);

        scheduler.runDue();

        assertThat(offline.status("shop").orElseThrow().detail()).isEqualTo("could not check: not connected to a server");
        offline.close();
    }

    private void failPresence() {
        server.server.faults().when("POST", "/instance/setPresence/shop").always()
                .respond(400, "application/json", TYPE_ERROR);
    }

    private void failPresenceOnce() {
        server.server.faults().when("POST", "/instance/setPresence/shop").once()
                .respond(400, "application/json", TYPE_ERROR);
    }

    private WatchStatus status() {
        return monitor.status("shop").orElseThrow();
    }

    private List<Event> events() {
        return status().timeline().stream().map(TimelineEntry::event).toList();
    }

    private List<TimelineEntry> entries(Event event) {
        return entries(event, "shop");
    }

    private List<TimelineEntry> entries(Event event, String name) {
        return monitor.status(name).orElseThrow().timeline().stream().filter(e -> e.event() == event).toList();
    }

    private List<Long> secondsOf(Event event) {
        return entries(event).stream().map(e -> Duration.between(T0, e.at()).toSeconds()).toList();
    }
}
