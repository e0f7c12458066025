package com.evolutionconsole.ui.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.service.monitor.MonitorAlert;
import com.evolutionconsole.service.monitor.TimelineEntry;
import com.evolutionconsole.service.monitor.WatchStatus.Phase;
import com.evolutionconsole.testing.TestServer;
import com.evolutionconsole.ui.common.ManualUiExecutor;
import com.evolutionconsole.ui.common.ScriptedDialogs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The monitor panel's state with checks on the test executor's timers and the embedded server: no toolkit. */
class MonitorViewModelTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private TestServer server;
    private final ManualUiExecutor executor = new ManualUiExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private MonitorViewModel vm;

    @BeforeEach
    void start() {
        server = new TestServer();
        server.create("shop", true);
        server.scan("shop", "Shop", "5511911112222");
        server.create("kiosk", true);
        server.scan("kiosk", "Kiosk", "5511933334444");
        vm = new MonitorViewModel(() -> server.client, executor, dialogs, notifier);
    }

    @AfterEach
    void stop() {
        vm.stop();
        server.close();
    }

    @Test
    void aWatchedInstanceShowsItsHealthAndNextCheckOnceTheBackgroundCheckRan() {
        vm.watch("shop");
        assertThat(vm.watched()).singleElement().satisfies(row ->
                assertThat(row.status().phase()).isEqualTo(Phase.PENDING));
        assertThat(executor.tasksRun()).as("nothing ran on the calling thread").isZero();

        executor.advance(Duration.ZERO);

        WatchRow row = vm.watched().get(0);
        assertThat(executor.tasksRun()).as("the check ran as background work").isEqualTo(1);
        assertThat(row.status().phase()).isEqualTo(Phase.HEALTHY);
        assertThat(row.status().nextCheckAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(vm.watchedNames()).containsExactly("shop");
        assertThat(vm.summaryProperty().get()).isEqualTo("1 watched · 0 need attention");
        assertThat(vm.alerts()).isEmpty();
    }

    @Test
    void alertsComeNewestFirstWithADesktopNotificationAndCanBeAcknowledgedAndCleared() {
        vm.watch("shop");
        vm.watch("kiosk");
        executor.advance(Duration.ZERO);
        sayClose("shop");
        executor.advance(Duration.ofSeconds(70));
        sayClose("kiosk");

        executor.advance(Duration.ofMinutes(5));

        assertThat(vm.alerts()).extracting(row -> row.alert().instance()).containsExactly("kiosk", "shop");
        assertThat(vm.unacknowledgedProperty().get()).isEqualTo(2);
        assertThat(notifier.shown).containsExactly(
                "Instance unhealthy: shop|\"shop\" has been unhealthy for 2 min: state close.|warning",
                "Instance unhealthy: kiosk|\"kiosk\" has been unhealthy for 2 min: state close.|warning");
        assertThat(vm.summaryProperty().get()).isEqualTo("2 watched · 2 need attention");

        vm.acknowledge(vm.alerts().get(1));
        assertThat(vm.unacknowledgedProperty().get()).isEqualTo(1);
        assertThat(vm.alerts().get(1).acknowledged()).isTrue();

        dialogs.confirmAnswer = false;
        vm.clearAlerts();
        assertThat(dialogs.asked).singleElement().asString().contains("1 alert was not acknowledged yet");
        assertThat(vm.alerts()).hasSize(2);

        vm.acknowledgeAll();
        vm.clearAlerts();
        assertThat(dialogs.asked).as("nothing left to ask about").hasSize(1);
        assertThat(vm.alerts()).isEmpty();
        assertThat(vm.unacknowledgedProperty().get()).isZero();
    }

    @Test
    void desktopNotificationsCanBeTurnedOffAndAreOffWhereUnsupported() {
        vm.desktopNotificationsProperty().set(false);
        vm.watch("shop");
        server.server.faults().when("GET", "/instance/connectionState/shop").always()
                .respond(404, "application/json", "{\"status\":404,\"error\":\"Not Found\",\"response\":{\"message\":"
                        + "[\"The \\\"shop\\\" instance does not exist\"]}}");

        executor.advance(Duration.ZERO);

        assertThat(vm.alerts()).singleElement().satisfies(row ->
                assertThat(row.alert().kind()).isEqualTo(MonitorAlert.Kind.MISSING));
        assertThat(notifier.shown).isEmpty();
        MonitorViewModel headless = new MonitorViewModel(() -> server.client, executor, dialogs, DesktopNotifier.NONE);
        assertThat(headless.desktopNotificationsSupported()).as("the view disables the switch").isFalse();
    }

    @Test
    void theTimelineFollowsTheSelectedInstanceNewestFirstAndCopies() {
        vm.watch("shop");
        vm.watch("kiosk");
        executor.advance(Duration.ZERO);
        server.server.faults().when("GET", "/instance/connectionState/shop").once()
                .respond(200, "application/json", "{\"instance\":{\"instanceName\":\"shop\",\"state\":\"close\"}}");
        executor.advance(Duration.ofMinutes(1));

        vm.selectedProperty().set(row("shop"));
        assertThat(vm.timeline()).extracting(TimelineEntry::event)
                .containsExactly(TimelineEntry.Event.CHECKED, TimelineEntry.Event.CHECKED);
        assertThat(vm.timeline().get(0).state().label()).as("newest first").isEqualTo("close");

        executor.advance(Duration.ofMinutes(1));
        assertThat(vm.timeline()).as("updates while selected").extracting(TimelineEntry::event)
                .startsWith(TimelineEntry.Event.RECOVERED, TimelineEntry.Event.CHECKED);

        vm.copyTimeline();
        assertThat(dialogs.clipboard).singleElement().satisfies(text -> assertThat(text)
                .startsWith("Timeline of shop\n2026-11-25T10:00:00Z  open  —  checked: open; presence probe ok\n")
                .contains("close  —  checked: state close"));
        assertThat(vm.noticeProperty().get()).contains("copied");

        vm.selectedProperty().set(row("kiosk"));
        assertThat(vm.timeline()).singleElement().satisfies(entry -> assertThat(entry.count()).isEqualTo(3));
    }

    @Test
    void autoRestartIsTurnedOnOnlyAfterConfirmation() {
        vm.watch("shop");
        executor.advance(Duration.ZERO);

        dialogs.confirmAnswer = false;
        vm.setAutoRestart(row("shop"), true);
        assertThat(row("shop").status().autoRestart()).isFalse();

        dialogs.confirmAnswer = true;
        vm.setAutoRestart(row("shop"), true);
        assertThat(row("shop").status().autoRestart()).isTrue();
        assertThat(dialogs.asked).hasSize(2).allSatisfy(q -> assertThat(q).contains("never restarted"));

        vm.setAutoRestart(row("shop"), false);
        assertThat(row("shop").status().autoRestart()).isFalse();
        assertThat(dialogs.asked).as("turning it off needs no confirmation").hasSize(2);
    }

    @Test
    void settingsApplyToTheMonitorAndInvalidValuesAreRefused() {
        vm.watch("shop");
        executor.advance(Duration.ZERO);

        vm.checkIntervalProperty().set(Duration.ofMinutes(5));
        vm.alertAfterProperty().set(Duration.ofMinutes(10));
        vm.maxRestartsProperty().set(3);

        assertThat(vm.monitor().settings().checkInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(vm.monitor().settings().alertAfter()).isEqualTo(Duration.ofMinutes(10));
        assertThat(vm.monitor().settings().maxRestarts()).isEqualTo(3);
        assertThat(row("shop").status().nextCheckAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));

        vm.maxRestartsProperty().set(0);
        vm.maxRestartsProperty().set(MonitorViewModel.MAX_RESTARTS_LIMIT + 1);
        vm.checkIntervalProperty().set(null);
        assertThat(vm.maxRestartsProperty().get()).isEqualTo(3);
        assertThat(vm.checkIntervalProperty().get()).isEqualTo(Duration.ofMinutes(5));
        assertThat(vm.monitor().settings().maxRestarts()).isEqualTo(3);
    }

    @Test
    void theWatchToggleAndUnwatchRemoveTheRowItsSelectionAndItsTimers() {
        vm.toggleWatch("shop");
        executor.advance(Duration.ZERO);
        vm.selectedProperty().set(row("shop"));
        assertThat(executor.activeTimers()).as("the next regular check").isEqualTo(1);

        vm.checkSelectedNow();
        executor.advance(Duration.ZERO);
        assertThat(row("shop").status().timeline().get(0).count()).isEqualTo(2);

        vm.toggleWatch("shop");

        assertThat(vm.watched()).isEmpty();
        assertThat(vm.watchedNames()).isEmpty();
        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(vm.timeline()).isEmpty();
        assertThat(executor.activeTimers()).isZero();
        assertThat(vm.summaryProperty().get()).isEqualTo("Nothing watched yet.");
    }

    @Test
    void stopEndsAllWatchingAndClosesTheNotifier() {
        vm.watch("shop");
        vm.watch("kiosk");
        executor.advance(Duration.ZERO);

        vm.stop();

        assertThat(vm.watched()).isEmpty();
        assertThat(executor.activeTimers()).isZero();
        assertThat(notifier.closed).isTrue();
    }

    private void sayClose(String name) {
        server.server.faults().when("GET", "/instance/connectionState/" + name).always()
                .respond(200, "application/json", "{\"instance\":{\"instanceName\":\"" + name + "\",\"state\":\"close\"}}");
    }

    private WatchRow row(String name) {
        return vm.watched().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    /** Remembers what it would have shown. */
    private static final class RecordingNotifier implements DesktopNotifier {
        final List<String> shown = new ArrayList<>();
        boolean closed;

        @Override
        public boolean supported() {
            return true;
        }

        @Override
        public void show(String title, String message, boolean warning) {
            shown.add(title + "|" + message + "|" + (warning ? "warning" : "info"));
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
