package com.evolutionconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.CreatedInstance;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.service.InstanceStatusLoader;
import com.evolutionconsole.service.ServerConnector;
import com.evolutionconsole.service.live.LiveEvents;
import com.evolutionconsole.testing.TestServer;
import com.evolutionconsole.ui.common.ManualUiExecutor;
import com.evolutionconsole.ui.common.ScriptedDialogs;
import com.evolutionconsole.ui.instances.InstanceTableViewModel;
import com.evolutionconsole.ui.lifecycle.InstanceActionsViewModel;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {

    private TestServer server;
    private final ManualUiExecutor executor = new ManualUiExecutor();
    private ShellViewModel vm;

    @BeforeEach
    void start() {
        server = new TestServer();
        server.create("shop-1", false);
        InstanceTableViewModel[] table = new InstanceTableViewModel[1];
        ShellViewModel[] shell = new ShellViewModel[1];
        table[0] = new InstanceTableViewModel(() -> shell[0].client(), new InstanceStatusLoader(server.pool), executor);
        InstanceActionsViewModel actions = new InstanceActionsViewModel(() -> shell[0].client(), executor,
                new ScriptedDialogs(), (name, state) -> shell[0].instanceChanged(name, state));
        shell[0] = new ShellViewModel(executor, new ServerConnector(), table[0], actions, LiveEvents.NONE);
        vm = shell[0];
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void connectingToTheDemoSaysSoAndLoadsTheTable() {
        assertThat(vm.serverTitle().get()).isEqualTo("Not connected");
        assertThat(vm.createBlockedReason().get()).contains("Connect to a server first");
        vm.connect(server.server.url(), Secret.of(TestServer.KEY), true);
        assertThat(vm.serverTitle().get()).isEqualTo("Demo server · Evolution API 2.3.6");
        assertThat(vm.demoNotice().get()).contains("built-in Evolution API server").contains("not your real server");
        assertThat(vm.keyDescription().get()).isEqualTo("Global API key");
        assertThat(vm.createBlockedReason().get()).isNull();
        assertThat(vm.table().row("shop-1")).isNotNull();
    }

    @Test
    void aRealServerHasNoDemoNotice() {
        vm.connect(server.server.url(), Secret.of(TestServer.KEY), false);
        assertThat(vm.demoNotice().get()).isNull();
        assertThat(vm.serverTitle().get()).startsWith(server.server.url());
    }

    @Test
    void anInstanceTokenDisablesCreateAndSaysWhy() {
        CreatedInstance own = server.client.create(com.evolutionconsole.domain.CreateInstanceRequest.simple("own-bot", false));
        vm.connect(server.server.url(), own.token(), false);
        assertThat(vm.keyDescription().get()).isEqualTo("Instance token — only \"own-bot\"");
        assertThat(vm.createBlockedReason().get()).contains("global API key");
        assertThat(vm.table().allRows()).hasSize(1);
    }

    @Test
    void aWrongKeyOrDeadServerIsExplained() {
        vm.connect(server.server.url(), Secret.of("wrong-key"), false);
        assertThat(vm.connectErrorProperty().get().tip()).contains("API key");
        assertThat(vm.connectionProperty().get()).isNull();
        vm.connect("http://127.0.0.1:1", Secret.of("any-key-123"), false);
        assertThat(vm.connectErrorProperty().get().summary()).contains("nothing answers");
        assertThat(vm.connectingProperty().get()).isFalse();
    }

    @Test
    void aFailedSwitchKeepsThePreviousServerAndRetryRepeatsTheSwitch() {
        vm.connect(server.server.url(), Secret.of(TestServer.KEY), false);
        vm.connect(server.server.url(), Secret.of("wrong-key-for-the-switch"), false);
        assertThat(vm.connectionProperty().get()).as("still on the first server").isNotNull();
        assertThat(vm.table().offlineProperty().get()).as("the table is not called offline").isNull();
        assertThat(vm.connectErrorProperty().get().summary()).contains("refused the API key");
        long before = vm.connectAttempts();
        assertThat(vm.retry()).isTrue();
        assertThat(vm.connectAttempts()).as("Retry repeated the switch, not a refresh").isEqualTo(before + 1);
        assertThat(vm.connectErrorProperty().get().summary()).contains("refused the API key");
    }

    @Test
    void autoRefreshFollowsTheChosenInterval() {
        vm.connect(server.server.url(), Secret.of(TestServer.KEY), false);
        vm.autoRefreshProperty().set(Duration.ofSeconds(5));
        server.create("shop-2", false);
        executor.advance(Duration.ofSeconds(5));
        assertThat(vm.table().row("shop-2")).isNotNull();
        vm.autoRefreshProperty().set(Duration.ZERO);
        server.create("shop-3", false);
        executor.advance(Duration.ofMinutes(2));
        assertThat(vm.table().row("shop-3")).isNull();
    }

    @Test
    void anActionsChangeShowsAtOnceAndReloads() {
        vm.connect(server.server.url(), Secret.of(TestServer.KEY), false);
        server.create("shop-4", false);
        vm.instanceChanged("shop-1", ConnectionState.CONNECTING);
        assertThat(vm.table().row("shop-4")).as("reloaded").isNotNull();
    }

    @Test
    void withoutLiveEventsTheStatusSaysPolling() {
        vm.connect(server.server.url(), Secret.of(TestServer.KEY), false);
        assertThat(vm.updateMode().get()).isEqualTo("Polling every 10 s — live events unavailable");
        vm.autoRefreshProperty().set(Duration.ZERO);
        assertThat(vm.updateMode().get()).startsWith("Refresh by hand");
    }

    @Test
    void theFocusedRowDrivesTheActions() {
        vm.connect(server.server.url(), Secret.of(TestServer.KEY), false);
        vm.table().focusedProperty().set(vm.table().row("shop-1"));
        assertThat(vm.actions().instanceProperty().get().name()).isEqualTo("shop-1");
    }
}
