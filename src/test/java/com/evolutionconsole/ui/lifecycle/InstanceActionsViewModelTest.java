package com.evolutionconsole.ui.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.Presence;
import com.evolutionconsole.service.InstanceStatusLoader;
import com.evolutionconsole.testing.TestServer;
import com.evolutionconsole.ui.common.ManualUiExecutor;
import com.evolutionconsole.ui.common.QueuedUiExecutor;
import com.evolutionconsole.ui.common.ScriptedDialogs;
import com.evolutionconsole.ui.instances.InstanceTableViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InstanceActionsViewModelTest {

    private TestServer server;
    private final ManualUiExecutor executor = new ManualUiExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> changes = new ArrayList<>();
    private InstanceTableViewModel table;
    private InstanceActionsViewModel vm;

    @BeforeEach
    void start() {
        server = new TestServer();
        server.create("open-bot", true);
        server.scan("open-bot", "Open Shop", "5511911112222");
        server.create("closed-bot", false);
        table = new InstanceTableViewModel(() -> server.client, new InstanceStatusLoader(server.pool), executor);
        table.refresh();
        vm = new InstanceActionsViewModel(() -> server.client, executor, dialogs,
                (name, state) -> changes.add(name + ":" + (state == null ? "?" : state.label())));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void presenceOnlyWhileOpenAndSaysWhyNot() {
        vm.instanceProperty().set(table.row("closed-bot"));
        assertThat(vm.presenceAllowedBinding().get()).isFalse();
        assertThat(vm.presenceBlockedReasonBinding().get()).contains("only while the instance is connected").contains("close");
        int before = executor.tasksRun();
        vm.setPresence(Presence.AVAILABLE);
        assertThat(executor.tasksRun()).as("no call when not allowed").isEqualTo(before);

        vm.instanceProperty().set(table.row("open-bot"));
        assertThat(vm.presenceAllowedBinding().get()).isTrue();
        assertThat(vm.presenceBlockedReasonBinding().get()).isNull();
        vm.setPresence(Presence.RECORDING);
        assertThat(vm.resultProperty().get().success()).isTrue();
        assertThat(vm.resultProperty().get().text()).contains("recording");
    }

    @Test
    void restartOfAClosedInstanceShowsTheServersRefusalAndATip() {
        vm.instanceProperty().set(table.row("closed-bot"));
        vm.restart();
        ActionResult result = vm.resultProperty().get();
        assertThat(result.success()).isFalse();
        assertThat(result.text()).contains("not connected");
        assertThat(result.tip()).containsIgnoringCase("connect");
        assertThat(vm.runningProperty().get()).isNull();
    }

    @Test
    void restartOfAnOpenInstance() {
        vm.instanceProperty().set(table.row("open-bot"));
        vm.restart();
        assertThat(vm.resultProperty().get().success()).isTrue();
        assertThat(changes).containsExactly("open-bot:?");
    }

    @Test
    void logoutAsksFirstAndDoesNothingWhenDeclined() {
        vm.instanceProperty().set(table.row("open-bot"));
        dialogs.confirmAnswer = false;
        vm.logout();
        assertThat(dialogs.asked).singleElement().asString().contains("Log out \"open-bot\"");
        assertThat(server.client.connectionState("open-bot")).isEqualTo(ConnectionState.OPEN);

        dialogs.confirmAnswer = true;
        vm.logout();
        assertThat(server.client.connectionState("open-bot")).isEqualTo(ConnectionState.CLOSE);
        assertThat(vm.resultProperty().get().text()).contains("logged out");
        assertThat(changes).containsExactly("open-bot:close");
    }

    @Test
    void deleteNeedsTheTypedName() {
        vm.instanceProperty().set(table.row("closed-bot"));
        dialogs.typedAnswer = "closed-bo";
        vm.delete();
        assertThat(server.client.fetchInstance("closed-bot")).isPresent();
        dialogs.typedAnswer = "closed-bot";
        vm.delete();
        assertThat(server.client.fetchInstance("closed-bot")).isEmpty();
        assertThat(vm.resultProperty().get().text()).contains("deleted");
    }

    @Test
    void aMissingInstanceGetsTheCreateFirstTip() {
        vm.instanceProperty().set(table.row("closed-bot"));
        server.client.delete("closed-bot");
        dialogs.typedAnswer = "closed-bot";
        vm.delete();
        assertThat(vm.resultProperty().get().success()).isFalse();
        assertThat(vm.resultProperty().get().tip()).contains("Create the instance first");
    }

    @Test
    void choosingAnotherInstanceClearsTheLastResult() {
        vm.instanceProperty().set(table.row("closed-bot"));
        vm.restart();
        assertThat(vm.resultProperty().get()).isNotNull();
        vm.instanceProperty().set(table.row("open-bot"));
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(vm.lifecycleAllowedBinding().get()).isTrue();
    }

    @Test
    void aSecondActionWhileOneRunsIsRefusedAndThePresenceNoteSaysWhy() {
        QueuedUiExecutor queued = new QueuedUiExecutor();
        vm = new InstanceActionsViewModel(() -> server.client, queued, dialogs, (name, state) -> changes.add(name));
        vm.instanceProperty().set(table.row("open-bot"));

        vm.restart();

        assertThat(vm.runningProperty().get()).isEqualTo("restart");
        assertThat(vm.lifecycleAllowedBinding().get()).as("the View disables the buttons").isFalse();
        assertThat(vm.presenceBlockedReasonBinding().get()).isEqualTo("Wait for restart to finish.");
        dialogs.typedAnswer = "open-bot";
        vm.delete();
        vm.logout();
        vm.restart();
        vm.setPresence(Presence.UNAVAILABLE);
        assertThat(queued.pending).as("nothing else is sent").hasSize(1);
        assertThat(dialogs.asked).as("nor asked for").isEmpty();

        queued.runAll();

        assertThat(vm.resultProperty().get().text()).isEqualTo("\"open-bot\" restarted and is connected again.");
        assertThat(vm.lifecycleAllowedBinding().get()).isTrue();
        assertThat(server.client.fetchInstance("open-bot")).as("the refused delete never ran").isPresent();
        vm.logout();
        assertThat(queued.pending).as("the next action is taken once the first ended").hasSize(1);
    }

    @Test
    void aServerThatStopsMidActionIsReportedAndTheActionsStayUsable() {
        vm.instanceProperty().set(table.row("open-bot"));
        CompletableFuture<Void> stopped = server.stopDuringNext("POST", "/instance/restart/open-bot");

        vm.restart();
        stopped.join();

        String address = "127.0.0.1:" + server.client.baseUrl().port();
        assertThat(vm.resultProperty().get()).isEqualTo(new ActionResult(false, "The server at " + address
                + " closed the connection without answering the request to restart \"open-bot\".",
                "Check that the Evolution API server is running and reachable, then try again."));
        assertThat(vm.runningProperty().get()).isNull();
        assertThat(vm.lifecycleAllowedBinding().get()).isTrue();

        vm.restart();
        assertThat(vm.resultProperty().get().text()).isEqualTo("Could not connect to " + address + ": nothing answers there.");

        server.restartEmpty();
        vm.restart();
        assertThat(vm.resultProperty().get().text()).as("back, but without the instance")
                .isEqualTo("The server has no instance \"open-bot\". Server said: The \"open-bot\" instance does not exist");
        assertThat(changes).containsExactly("open-bot:?", "open-bot:?", "open-bot:?");
    }

    @Test
    void namesWithUnicodeAndSlashesWorkThroughTheActions() {
        server.create("loja café/2", true);
        server.scan("loja café/2", "Café", "5511933334444");
        table.refresh();
        vm.instanceProperty().set(table.row("loja café/2"));

        vm.setPresence(Presence.AVAILABLE);
        assertThat(vm.resultProperty().get().text()).isEqualTo("Presence of \"loja café/2\" set to available.");
        dialogs.confirmAnswer = true;
        vm.logout();
        assertThat(server.client.connectionState("loja café/2")).isEqualTo(ConnectionState.CLOSE);
        dialogs.typedAnswer = "loja café/2";
        vm.delete();
        assertThat(vm.resultProperty().get().text()).isEqualTo("\"loja café/2\" was deleted.");
        assertThat(server.client.fetchInstance("loja café/2")).isEmpty();
    }
}
