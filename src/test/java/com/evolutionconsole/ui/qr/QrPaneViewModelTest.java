package com.evolutionconsole.ui.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.service.InstanceStatusLoader;
import com.evolutionconsole.domain.QrCode;
import com.evolutionconsole.service.PairingStatus;
import com.evolutionconsole.service.live.LiveEvent;
import com.evolutionconsole.testing.TestServer;
import com.evolutionconsole.ui.common.ManualUiExecutor;
import com.evolutionconsole.ui.common.ScriptedDialogs;
import com.evolutionconsole.ui.instances.InstanceTableViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QrPaneViewModelTest {

    private TestServer server;
    private final ManualUiExecutor executor = new ManualUiExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private InstanceTableViewModel table;
    private QrPaneViewModel vm;

    private void start(boolean whatsappReachable) {
        server = new TestServer(b -> b.whatsappReachable(whatsappReachable).qrLimit(3));
        table = new InstanceTableViewModel(() -> server.client, new InstanceStatusLoader(server.pool), executor);
        vm = new QrPaneViewModel(() -> server.client, executor, dialogs, table::showState);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void select(String name) {
        table.refresh();
        vm.instanceProperty().set(table.row(name));
    }

    /** Moves the server's clock and the console's together. */
    private void pass(Duration duration) {
        server.clock.advance(duration);
        executor.advance(duration);
    }

    @Test
    void connectShowsACodeThatRotatesWithCountdownAndCount() {
        start(true);
        server.create("qr-bot", false);
        select("qr-bot");
        assertThat(vm.headline().get()).isEqualTo("Not connected");
        assertThat(vm.qrConnectAllowedBinding().get()).isTrue();
        vm.connect();
        assertThat(vm.statusProperty().get()).isInstanceOf(PairingStatus.Showing.class);
        assertThat(vm.qrConnectAllowedBinding().get()).as("the shown code rotates by itself").isFalse();
        assertThat(vm.connectAllowedBinding().get()).as("a pairing code can still be asked for").isTrue();
        String first = vm.codeProperty().get().code();
        assertThat(vm.attempts().get()).isEqualTo("Code 1 of 30");
        assertThat(vm.secondsLeftProperty().get()).isEqualTo(45);
        pass(Duration.ofSeconds(10));
        assertThat(vm.secondsLeftProperty().get()).isEqualTo(35);
        assertThat(vm.detail().get()).contains("35 s");
        pass(Duration.ofSeconds(36));
        assertThat(vm.codeProperty().get().code()).as("the rotated code replaced the first").isNotEqualTo(first);
        assertThat(vm.attempts().get()).isEqualTo("Code 2 of 30");
        assertThat(table.row("qr-bot").state()).as("the row learns the live state").isEqualTo(ConnectionState.CONNECTING);
    }

    @Test
    void scanningTurnsThePaneToConnectedAsTheProfileAndStopsPolling() {
        start(true);
        server.create("scan-bot", false);
        select("scan-bot");
        vm.connect();
        server.scan("scan-bot", "Scan Shop", "5511955554444");
        pass(QrPaneViewModel.POLL_INTERVAL);
        assertThat(vm.statusProperty().get()).isEqualTo(new PairingStatus.Connected("Scan Shop", "5511955554444"));
        assertThat(vm.headline().get()).isEqualTo("Connected as Scan Shop (5511955554444)");
        assertThat(table.row("scan-bot").state()).isEqualTo(ConnectionState.OPEN);
        int before = executor.tasksRun();
        pass(Duration.ofMinutes(1));
        assertThat(executor.tasksRun()).as("no more polling once connected").isEqualTo(before);
    }

    @Test
    void theLimitEndsPairingAndOffersToStartAgain() {
        start(true);
        server.create("limit-bot", false);
        select("limit-bot");
        vm.connect();
        for (int i = 0; i < 5; i++) {
            pass(Duration.ofSeconds(45));
        }
        assertThat(vm.statusProperty().get()).isInstanceOf(PairingStatus.Expired.class);
        assertThat(vm.detail().get()).contains("Press Connect to start again");
        assertThat(vm.connectAllowedBinding().get()).isTrue();
        assertThat(vm.qrConnectAllowedBinding().get()).isTrue();
        vm.connect();
        assertThat(vm.statusProperty().get()).isInstanceOf(PairingStatus.Showing.class);
    }

    @Test
    void aServerThatCannotReachWhatsAppIsNamedAfterAWhile() {
        start(false);
        server.create("offline-bot", false);
        select("offline-bot");
        vm.connect();
        assertThat(vm.statusProperty().get()).isInstanceOf(PairingStatus.Waiting.class);
        assertThat(vm.headline().get()).isEqualTo("Waiting for a QR code…");
        assertThat(vm.qrConnectAllowedBinding().get()).as("the first code is on its way").isFalse();
        pass(QrPaneViewModel.UNREACHABLE_AFTER.plusSeconds(3));
        assertThat(vm.statusProperty().get()).isInstanceOf(PairingStatus.Unreachable.class);
        assertThat(vm.qrConnectAllowedBinding().get()).as("trying again is offered").isTrue();
        assertThat(vm.detail().get()).contains("check its internet access");
    }

    @Test
    void aConnectingInstanceIsPickedUpWithoutPressingConnect() {
        start(true);
        server.create("already-pairing", true);
        select("already-pairing");
        assertThat(vm.statusProperty().get()).isInstanceOf(PairingStatus.Showing.class);
    }

    @Test
    void anOpenInstanceShowsConnectedAtOnce() {
        start(true);
        server.create("open-bot", true);
        server.scan("open-bot", "Open Shop", "5511933332222");
        select("open-bot");
        assertThat(vm.headline().get()).isEqualTo("Connected as Open Shop (5511933332222)");
        assertThat(vm.connectAllowedBinding().get()).isFalse();
    }

    @Test
    void pairingCodeForAPhoneNumberCanBeCopied() {
        start(true);
        server.create("pair-bot", false);
        select("pair-bot");
        vm.phoneNumberProperty().set("12");
        vm.requestPairingCode();
        assertThat(vm.noticeProperty().get()).contains("country code");
        vm.phoneNumberProperty().set("+55 11 91234-5678");
        vm.requestPairingCode();
        String code = vm.codeProperty().get().pairingCode();
        assertThat(code).hasSize(8);
        assertThat(vm.headline().get()).contains("pairing code");
        vm.copyPairingCode();
        assertThat(dialogs.clipboard).containsExactly(code);
    }

    @Test
    void aFailedConnectSaysWhatToDo() {
        start(true);
        server.create("gone-bot", false);
        select("gone-bot");
        server.client.delete("gone-bot");
        vm.connect();
        assertThat(vm.statusProperty().get()).isInstanceOf(PairingStatus.Failed.class);
        assertThat(vm.detail().get()).contains("Create the instance first");
    }

    @Test
    void switchingInstanceStopsTheOldPolling() {
        start(true);
        server.create("first-bot", false);
        server.create("second-bot", false);
        select("first-bot");
        vm.connect();
        assertThat(executor.activeTimers()).isPositive();
        vm.instanceProperty().set(table.row("second-bot"));
        assertThat(executor.activeTimers()).isZero();
        assertThat(vm.codeProperty().get()).isNull();
    }

    @Test
    void aCodeFromAnEventSwapsInAtOnceWithTheNextCount() {
        start(true);
        server.create("event-bot", false);
        select("event-bot");
        vm.connect();
        int before = executor.tasksRun();
        vm.onLiveEvent(new LiveEvent(LiveEvent.QRCODE_UPDATED, "event-bot", null, null,
                new QrCode("2@from-the-event", null, null, 0), "2026-11-25T10:00:05.000Z"));
        assertThat(vm.codeProperty().get().code()).isEqualTo("2@from-the-event");
        assertThat(vm.attempts().get()).isEqualTo("Code 2 of 30");
        assertThat(executor.tasksRun()).as("no server call was needed").isEqualTo(before);
        vm.onLiveEvent(new LiveEvent(LiveEvent.QRCODE_UPDATED, "other-bot", null, null,
                new QrCode("2@not-mine", null, null, 0), "2026-11-25T10:00:06.000Z"));
        assertThat(vm.codeProperty().get().code()).isEqualTo("2@from-the-event");
        vm.onLiveEvent(new LiveEvent(LiveEvent.QRCODE_UPDATED, "event-bot", null, null, null, null));
        assertThat(vm.statusProperty().get()).as("the limit message ends pairing").isInstanceOf(PairingStatus.Expired.class);
    }

    @Test
    void savedQrIsAPngOnlyItsOwnerCanRead(@TempDir Path dir) throws Exception {
        start(true);
        server.create("save-bot", false);
        select("save-bot");
        vm.connect();
        dialogs.saveAnswer = dir.resolve("save-bot_qr.png");
        vm.saveQr();
        byte[] png = Files.readAllBytes(dialogs.saveAnswer);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dialogs.saveAnswer))).isEqualTo("rw-------");
        assertThat(vm.noticeProperty().get()).contains("readable only by you");
    }

    @Test
    void anInstanceDeletedWhilePairingIsSaidToBeGoneAndPollingStops() {
        start(true);
        server.create("doomed-bot", false);
        select("doomed-bot");
        vm.connect();
        server.client.delete("doomed-bot"); // another action, console or bulk run got there first

        pass(QrPaneViewModel.POLL_INTERVAL);

        assertThat(vm.statusProperty().get()).isInstanceOf(PairingStatus.Failed.class);
        assertThat(vm.detail().get()).isEqualTo("\"doomed-bot\" is no longer on the server: it was deleted, or the server"
                + " was restarted without it. Refresh the list; create the instance again if you still need it.");
        assertThat(vm.codeProperty().get()).isNull();
        assertThat(executor.activeTimers()).as("no more polling").isZero();
    }

    @Test
    void aServerRestartedWithoutThePairingInstanceSaysItIsGone() {
        start(true);
        server.create("lost-bot", false);
        select("lost-bot");
        vm.connect();
        server.restartEmpty();

        pass(QrPaneViewModel.POLL_INTERVAL);

        assertThat(vm.detail().get()).startsWith("\"lost-bot\" is no longer on the server");
        assertThat(executor.activeTimers()).isZero();
    }

    @Test
    void aPollThatFailsSaysItRetriesAndTheNoteGoesOnceTheServerAnswers() {
        start(true);
        server.create("flaky-bot", false);
        select("flaky-bot");
        vm.connect();
        server.server.faults().when("GET", "/instance/connectionState/flaky-bot").times(2).dropConnection();

        pass(QrPaneViewModel.POLL_INTERVAL);

        assertThat(vm.noticeProperty().get()).isEqualTo("Could not reach the server just now: The server at 127.0.0.1:"
                + server.client.baseUrl().port() + " closed the connection without answering the request to read the state of"
                + " \"flaky-bot\". Retrying…");
        assertThat(vm.statusProperty().get()).as("pairing goes on").isInstanceOf(PairingStatus.Showing.class);

        pass(QrPaneViewModel.POLL_INTERVAL);

        assertThat(vm.noticeProperty().get()).isNull();
        assertThat(vm.statusProperty().get()).isInstanceOf(PairingStatus.Showing.class);
    }

    @Test
    void base64ThatIsNotAPngIsDroppedAndTheCodeIsDrawnFromItsText(@TempDir Path dir) throws Exception {
        start(true);
        server.create("odd-png", false);
        select("odd-png");
        server.server.faults().when("GET", "/instance/connect/odd-png").respond(200, "application/json",
                "{\"pairingCode\":null,\"code\":\"2@odd,png,code\",\"base64\":\"data:image/png;base64,bm90IGEgcG5n\",\"count\":1}");

        vm.connect();

        assertThat(vm.codeProperty().get().code()).isEqualTo("2@odd,png,code");
        assertThat(vm.codeProperty().get().png()).isNull();
        assertThat(vm.headline().get()).isEqualTo("Scan with WhatsApp");
        dialogs.saveAnswer = dir.resolve("odd.png");
        vm.saveQr();
        assertThat(Files.readAllBytes(dialogs.saveAnswer)).as("rendered from the code").startsWith(0x89, 'P', 'N', 'G');
    }
}
