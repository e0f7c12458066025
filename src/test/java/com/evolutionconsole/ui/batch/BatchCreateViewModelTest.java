package com.evolutionconsole.ui.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.domain.Integration;
import com.evolutionconsole.service.batch.BatchRunner;
import com.evolutionconsole.service.batch.RecordingSleeper;
import com.evolutionconsole.service.health.SameThreadExecutorService;
import com.evolutionconsole.testing.TestServer;
import com.evolutionconsole.ui.common.ManualUiExecutor;
import com.evolutionconsole.ui.common.ScriptedDialogs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The batch-create dialog's state against the embedded server: checks, confirmation, results, cancel, retry. */
class BatchCreateViewModelTest {

    private static final String PASTED = "support-bot\n\nsales-bot\nsupport-bot\nbad\u0007name\nSales Team\n";

    private final TestServer test = new TestServer();
    private final ManualUiExecutor executor = new ManualUiExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final List<List<String>> created = new ArrayList<>();
    private final BatchCreateViewModel vm = viewModel(test);

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void everyLineIsCheckedAndNothingIsSentBeforeTheStart() {
        vm.namesTextProperty().set(PASTED);

        assertThat(vm.candidates()).extracting(c -> c.name() + "@" + c.line() + ":" + c.acceptable()).containsExactly(
                "support-bot@1:true", "sales-bot@3:true", "support-bot@4:false", "bad\u0007name@5:false",
                "Sales Team@6:true");
        assertThat(vm.validCountProperty().get()).isEqualTo(3);
        assertThat(vm.validationSummaryBinding().get()).isEqualTo("3 to create · 2 left out · 1 with warnings");
        assertThat(vm.startLabelBinding().get()).isEqualTo("Create 3 instances…");
        assertThat(vm.canStartBinding().get()).isTrue();
        assertThat(executor.tasksRun()).isZero();
        assertThat(test.server.backend().instanceCount()).isZero();
    }

    @Test
    void aListWithNothingValidCannotStartAndSaysWhy() {
        assertThat(vm.startBlockedReasonBinding().get()).isEqualTo("Paste or type the names first, one a line.");
        vm.namesTextProperty().set("..\n\n.");
        assertThat(vm.canStartBinding().get()).isFalse();
        assertThat(vm.startBlockedReasonBinding().get()).isEqualTo("No name can be created: fix the problems shown.");
    }

    @Test
    void declinedConfirmationSendsNothing() {
        vm.namesTextProperty().set(PASTED);
        dialogs.confirmAnswer = false;

        vm.start();

        assertThat(dialogs.asked).singleElement().asString()
                .startsWith("Create 3 instances?: • support-bot\n• sales-bot\n• Sales Team\n")
                .contains("2 lines are left out").contains("QR codes later");
        assertThat(vm.startedProperty().get()).isFalse();
        assertThat(executor.tasksRun()).isZero();
        assertThat(test.server.backend().instanceCount()).isZero();
    }

    @Test
    void theConfirmedNamesAreCreatedPacedEachRowShowingItsResultAsItComes() {
        vm.namesTextProperty().set(PASTED);
        List<String> firstRowStatuses = new ArrayList<>();
        vm.progress().rows().addListener((javafx.collections.ListChangeListener<BatchItemRow>) change ->
                change.getList().get(0).statusProperty().addListener((obs, old, now) -> firstRowStatuses.add(now)));

        vm.start();

        assertThat(vm.startedProperty().get()).isTrue();
        assertThat(firstRowStatuses).containsExactly("Creating…", "Created");
        assertThat(vm.progress().rows()).extracting(BatchItemRow::name).containsExactly("support-bot", "sales-bot", "Sales Team");
        assertThat(vm.progress().rows()).allSatisfy(row -> {
            assertThat(row.stage()).isEqualTo(BatchItemRow.Stage.SUCCEEDED);
            assertThat(row.status()).isEqualTo("Created");
            assertThat(row.detail()).isEqualTo("Connect it when you are ready to scan its QR code.");
        });
        assertThat(vm.progress().summaryProperty().get()).isEqualTo("3 created, 0 failed, 0 cancelled");
        assertThat(vm.progress().progressTextProperty().get()).isEqualTo("Finished.");
        assertThat(vm.progress().progressProperty().get()).isEqualTo(1.0);
        assertThat(created).containsExactly(List.of("support-bot", "sales-bot", "Sales Team"));
        assertThat(sleeper.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));
        assertThat(test.server.backend().instanceCount()).isEqualTo(3);
        assertThat(test.server.backend().instance("support-bot").orElseThrow().liveState()).as("QR later").isEqualTo("close");
        assertThat(vm.canStartBinding().get()).as("a batch is sent once").isFalse();
    }

    @Test
    void qrNowSaysWhetherTheCodeWasReady() {
        vm.namesTextProperty().set("qr-one");
        vm.qrNowProperty().set(true);

        vm.start();

        assertThat(vm.progress().rows()).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo("Created · QR ready");
            assertThat(row.detail()).contains("before it expires");
        });

        try (TestServer unreachable = new TestServer(builder -> builder.whatsappReachable(false))) {
            BatchCreateViewModel other = viewModel(unreachable);
            other.namesTextProperty().set("qr-two");
            other.qrNowProperty().set(true);
            other.start();
            assertThat(other.progress().rows()).singleElement().satisfies(row -> {
                assertThat(row.status()).isEqualTo("Created · QR not ready");
                assertThat(row.detail()).contains("wait for it in its QR pane");
            });
        }
    }

    @Test
    void qrNowIsAChoiceOnlyForBaileys() {
        assertThat(vm.qrChoiceAllowedBinding().get()).isTrue();
        vm.qrNowProperty().set(true);
        vm.integrationProperty().set(Integration.EVOLUTION);
        assertThat(vm.qrChoiceAllowedBinding().get()).isFalse();
        vm.namesTextProperty().set("channel-bot");

        vm.start();

        assertThat(dialogs.asked).singleElement().asString().contains("Evolution, no QR code needed.");
        assertThat(test.server.backend().instance("channel-bot").orElseThrow().integration()).isEqualTo("EVOLUTION");
        assertThat(vm.progress().rows().get(0).status()).isEqualTo("Created");
    }

    @Test
    void aTakenNameFailsSayingItAlreadyExistsWithTheServersWords() {
        test.create("taken", false);
        vm.namesTextProperty().set("fresh\ntaken");

        vm.start();

        BatchItemRow taken = vm.progress().rows().get(1);
        assertThat(taken.stage()).isEqualTo(BatchItemRow.Stage.FAILED);
        assertThat(taken.status()).isEqualTo("Failed");
        assertThat(taken.detail()).isEqualTo("\"taken\" already exists on this server. "
                + "Server said: This name \"taken\" is already in use.");
        assertThat(taken.tip()).isEqualTo("Choose another name, or use the existing instance.");
        assertThat(vm.progress().summaryProperty().get()).isEqualTo("1 created, 1 failed, 0 cancelled");
        assertThat(vm.progress().canRetryBinding().get()).isTrue();
        assertThat(created).containsExactly(List.of("fresh"));
    }

    @Test
    void aRetrySendsOnlyTheFailedNamesAgain() {
        test.server.faults().when("POST", "/instance/create").once().respond(500, "application/json",
                "{\"status\":500,\"error\":\"Internal Server Error\",\"response\":{\"message\":[\"database is busy\"]}}");
        vm.namesTextProperty().set("first\nsecond");
        vm.start();
        BatchItemRow first = vm.progress().rows().get(0);
        assertThat(first.stage()).isEqualTo(BatchItemRow.Stage.FAILED);
        assertThat(first.detail()).contains("internal error").contains("Server said: database is busy");
        assertThat(first.tip()).isNotBlank();
        assertThat(vm.progress().failedCountProperty().get()).isEqualTo(1);

        vm.retryFailed();

        // Had "second" been sent again, the server would have refused it as taken.
        assertThat(vm.progress().rows()).extracting(BatchItemRow::status).containsExactly("Created", "Created");
        assertThat(vm.progress().summaryProperty().get()).isEqualTo("2 created, 0 failed, 0 cancelled");
        assertThat(vm.progress().canRetryBinding().get()).isFalse();
        assertThat(created).containsExactly(List.of("second"), List.of("first"));
    }

    @Test
    void cancelStopsTheNamesNotSentAndSaysSo() {
        vm.namesTextProperty().set("one\ntwo\nthree");
        // The operator cancels in the gap after the first create.
        sleeper.onSleep = vm::cancel;

        vm.start();

        assertThat(vm.progress().rows()).extracting(BatchItemRow::stage).containsExactly(BatchItemRow.Stage.SUCCEEDED,
                BatchItemRow.Stage.CANCELLED, BatchItemRow.Stage.CANCELLED);
        assertThat(vm.progress().rows().get(1).detail()).isEqualTo("Not sent: the batch was cancelled before it started.");
        assertThat(vm.progress().summaryProperty().get()).isEqualTo("1 created, 0 failed, 2 cancelled");
        assertThat(vm.progress().progressTextProperty().get()).isEqualTo("Cancelled: 2 not started, the rest finished.");
        assertThat(vm.progress().runningProperty().get()).isFalse();
        assertThat(vm.progress().canRetryBinding().get()).as("only failed names are retried").isFalse();
        assertThat(test.server.backend().exists("two")).isFalse();
        assertThat(created).containsExactly(List.of("one"));
    }

    private BatchCreateViewModel viewModel(TestServer server) {
        BatchRunner runner = new BatchRunner(new SameThreadExecutorService(), BatchRunner.CREATE_PARALLELISM,
                BatchRunner.CREATE_GAP, sleeper.clock, sleeper);
        return new BatchCreateViewModel(() -> server.client, runner, executor, dialogs, created::add);
    }
}
