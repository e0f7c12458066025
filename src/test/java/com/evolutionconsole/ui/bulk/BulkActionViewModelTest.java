package com.evolutionconsole.ui.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.Instance;
import com.evolutionconsole.domain.Presence;
import com.evolutionconsole.service.batch.BatchRunner;
import com.evolutionconsole.service.batch.BulkAction;
import com.evolutionconsole.service.batch.RecordingSleeper;
import com.evolutionconsole.service.health.SameThreadExecutorService;
import com.evolutionconsole.testing.TestServer;
import com.evolutionconsole.ui.batch.BatchItemRow;
import com.evolutionconsole.ui.common.ManualUiExecutor;
import com.evolutionconsole.ui.instances.InstanceRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bulk actions on table rows against the embedded server: confirmation, mixed states, cancel, retry. */
class BulkActionViewModelTest {

    private final TestServer test = new TestServer();
    private final ManualUiExecutor executor = new ManualUiExecutor();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final List<List<String>> changed = new ArrayList<>();

    @BeforeEach
    void seed() {
        test.server.backend().seedSamples();
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void deleteStartsOnlyOnceDeleteAndTheCountAreTyped() {
        BulkActionViewModel vm = viewModel(BulkAction.Kind.DELETE, rows("sales-team", "marketing-bot", "support-desk"));
        assertThat(vm.title()).isEqualTo("Delete 3 instances");
        assertThat(vm.expectedConfirmation()).isEqualTo("delete 3");
        assertThat(vm.targets()).extracting(InstanceRow::name).containsExactly("sales-team", "marketing-bot", "support-desk");
        assertThat(vm.explanationBinding().get()).contains("cannot be undone");
        assertThat(vm.canStartBinding().get()).isFalse();
        assertThat(vm.startBlockedReasonBinding().get()).isEqualTo("Type \"delete 3\" to confirm.");

        vm.start();
        vm.typedConfirmationProperty().set("delete 2");
        vm.start();
        assertThat(executor.tasksRun()).as("nothing sent unconfirmed").isZero();

        vm.typedConfirmationProperty().set(" delete 3 ");
        assertThat(vm.canStartBinding().get()).isTrue();
        vm.start();

        assertThat(vm.progress().rows()).extracting(BatchItemRow::detail).containsOnly("Deleted.");
        assertThat(vm.progress().summaryProperty().get()).isEqualTo("3 deleted, 0 failed, 0 cancelled");
        assertThat(test.server.backend().instances()).extracting(v -> v.name()).containsExactly("pairing-kiosk");
        assertThat(changed).containsExactly(List.of("sales-team", "marketing-bot", "support-desk"));
        assertThat(vm.canStartBinding().get()).as("sent once").isFalse();
    }

    @Test
    void presenceIsSetOnOpenInstancesAndAClosedOneExplainsItMustBeOpen() {
        BulkActionViewModel vm = viewModel(BulkAction.Kind.PRESENCE, rows("sales-team", "marketing-bot"));
        assertThat(vm.explanationBinding().get()).isEqualTo("Presence can be set only while an instance is open "
                + "(connected). 1 of these is not open now: the server will refuse it.");
        vm.presenceProperty().set(Presence.RECORDING);
        assertThat(vm.startLabelBinding().get()).isEqualTo("Set 2 instances to recording");

        vm.start();

        BatchItemRow open = vm.progress().rows().get(0);
        assertThat(open.status()).isEqualTo("Done");
        assertThat(open.detail()).isEqualTo("Presence set to recording.");
        BatchItemRow closed = vm.progress().rows().get(1);
        assertThat(closed.stage()).isEqualTo(BatchItemRow.Stage.FAILED);
        assertThat(closed.detail()).contains("not connected to WhatsApp").contains("Server said: TypeError");
        assertThat(closed.tip()).startsWith("Presence can be set only while the instance is open (connected)");
        assertThat(vm.progress().summaryProperty().get()).isEqualTo("1 set to recording, 1 failed, 0 cancelled");
        assertThat(changed).containsExactly(List.of("sales-team"));
    }

    @Test
    void restartOfAClosedInstanceFailsAndARetryAfterItConnectedSucceeds() {
        BulkActionViewModel vm = viewModel(BulkAction.Kind.RESTART, rows("sales-team", "marketing-bot", "support-desk"));

        vm.start();

        assertThat(vm.progress().rows()).extracting(BatchItemRow::stage).containsExactly(BatchItemRow.Stage.SUCCEEDED,
                BatchItemRow.Stage.FAILED, BatchItemRow.Stage.SUCCEEDED);
        BatchItemRow closed = vm.progress().rows().get(1);
        assertThat(closed.detail()).contains("not connected");
        assertThat(closed.tip()).contains("connect the instance first");
        assertThat(vm.progress().canRetryBinding().get()).isTrue();

        test.client.connect("marketing-bot");
        vm.retryFailed();

        assertThat(vm.progress().rows().get(1).detail()).isEqualTo("Restart requested: the server reconnects it by itself.");
        assertThat(vm.progress().summaryProperty().get()).isEqualTo("3 restarted, 0 failed, 0 cancelled");
        assertThat(changed).containsExactly(List.of("sales-team", "support-desk"), List.of("marketing-bot"));
    }

    @Test
    void logoutGivesTheServersWordsAndTipForAnInstanceNotConnected() {
        BulkActionViewModel vm = viewModel(BulkAction.Kind.LOGOUT, rows("sales-team", "marketing-bot"));

        vm.start();

        assertThat(vm.progress().rows().get(0).detail()).startsWith("Logged out.");
        BatchItemRow closed = vm.progress().rows().get(1);
        assertThat(closed.detail()).isEqualTo("Could not log out \"marketing-bot\": the instance is not connected. "
                + "Server said: The \"marketing-bot\" instance is not connected");
        assertThat(closed.tip()).startsWith("Nothing to log out");
        assertThat(vm.progress().summaryProperty().get()).isEqualTo("1 logged out, 1 failed, 0 cancelled");
    }

    @Test
    void cancelStopsTheInstancesNotStarted() {
        List<InstanceRow> rows = rows("sales-team", "support-desk", "pairing-kiosk");
        BatchRunner paced = new BatchRunner(new SameThreadExecutorService(), 4, Duration.ofMillis(1), sleeper.clock, sleeper);
        BulkActionViewModel vm = new BulkActionViewModel(() -> test.client, paced, executor, BulkAction.Kind.LOGOUT,
                rows, changed::add);
        sleeper.onSleep = vm::cancel;

        vm.start();

        assertThat(vm.progress().rows()).extracting(BatchItemRow::stage).containsExactly(BatchItemRow.Stage.SUCCEEDED,
                BatchItemRow.Stage.CANCELLED, BatchItemRow.Stage.CANCELLED);
        assertThat(vm.progress().summaryProperty().get()).isEqualTo("1 logged out, 0 failed, 2 cancelled");
        assertThat(test.server.backend().instance("support-desk").orElseThrow().liveState()).isEqualTo("connecting");
    }

    @Test
    void unnamedInstancesAreLeftOutAndSaidSo() {
        InstanceRow unnamed = new InstanceRow(new Instance("id-0", "", ConnectionState.CLOSE, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null));
        BulkActionViewModel vm = viewModel(BulkAction.Kind.RESTART, List.of(rows("sales-team").get(0), unnamed));

        assertThat(vm.targets()).extracting(InstanceRow::name).containsExactly("sales-team");
        assertThat(vm.explanationBinding().get()).endsWith("1 unnamed instance is left out: the API cannot reach it.");

        BulkActionViewModel onlyUnnamed = viewModel(BulkAction.Kind.RESTART, List.of(unnamed));
        assertThat(onlyUnnamed.canStartBinding().get()).isFalse();
        assertThat(onlyUnnamed.startBlockedReasonBinding().get()).isEqualTo("No selected instance can be reached through the API.");
    }

    private BulkActionViewModel viewModel(BulkAction.Kind kind, List<InstanceRow> rows) {
        BatchRunner runner = new BatchRunner(new SameThreadExecutorService(), BatchRunner.BULK_PARALLELISM,
                Duration.ZERO, sleeper.clock, sleeper);
        return new BulkActionViewModel(() -> test.client, runner, executor, kind, rows, changed::add);
    }

    /** Table rows as the table shows them: listed, with the live state read. */
    private List<InstanceRow> rows(String... names) {
        List<Instance> listed = test.client.fetchInstances();
        List<InstanceRow> rows = new ArrayList<>();
        for (String name : names) {
            InstanceRow row = new InstanceRow(listed.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow());
            row.setState(test.client.connectionState(name));
            rows.add(row);
        }
        return rows;
    }
}
