package com.evolutionconsole.ui.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.domain.CreateInstanceRequest;
import com.evolutionconsole.domain.Integration;
import com.evolutionconsole.domain.WebsocketConfig;
import com.evolutionconsole.service.InstanceStatusLoader;
import com.evolutionconsole.service.live.LiveSubscription;
import com.evolutionconsole.testing.TestServer;
import com.evolutionconsole.ui.common.ManualUiExecutor;
import com.evolutionconsole.ui.common.ScriptedDialogs;
import com.evolutionconsole.ui.instances.InstanceTableViewModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InstanceEventsViewModelTest {

    private TestServer server;
    private final ManualUiExecutor executor = new ManualUiExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> watched = new ArrayList<>();
    private boolean globalSeen;
    private InstanceTableViewModel table;
    private InstanceEventsViewModel vm;

    @BeforeEach
    void start() {
        server = new TestServer();
        server.create("plain-bot", false);
        server.client.create(new CreateInstanceRequest("configured-bot", Integration.WHATSAPP_BAILEYS, false, null,
                null, null, new WebsocketConfig(true, List.of())));
        table = new InstanceTableViewModel(() -> server.client, new InstanceStatusLoader(server.pool), executor);
        table.refresh();
        LiveSubscription live = new LiveSubscription() {
            @Override
            public void watchInstance(String name) {
                watched.add(name);
            }

            @Override
            public boolean globalEventsSeen() {
                return globalSeen;
            }

            @Override
            public void close() {
            }
        };
        vm = new InstanceEventsViewModel(() -> server.client, () -> live, executor, dialogs);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aConfiguredInstanceIsListenedToWithoutAsking() {
        vm.instanceProperty().set(table.row("configured-bot"));
        assertThat(vm.noteProperty().get()).contains("on for this instance");
        assertThat(vm.offerProperty().get()).isFalse();
        assertThat(watched).containsExactly("configured-bot");
    }

    @Test
    void globalEventsNeedNoConfiguration() {
        globalSeen = true;
        vm.instanceProperty().set(table.row("plain-bot"));
        assertThat(vm.noteProperty().get()).contains("global");
        assertThat(vm.offerProperty().get()).isFalse();
    }

    @Test
    void turningOnAsksFirstAndChangesNothingWhenDeclined() {
        vm.instanceProperty().set(table.row("plain-bot"));
        assertThat(vm.offerProperty().get()).isTrue();
        dialogs.confirmAnswer = false;
        vm.enable();
        assertThat(dialogs.asked).singleElement().asString().contains("changes the instance's configuration");
        assertThat(server.client.findWebsocket("plain-bot")).isEmpty();
        assertThat(watched).isEmpty();

        dialogs.confirmAnswer = true;
        vm.enable();
        assertThat(server.client.findWebsocket("plain-bot").orElseThrow().events())
                .containsExactlyElementsOf(InstanceEventsViewModel.EVENTS);
        assertThat(watched).containsExactly("plain-bot");
        assertThat(vm.noteProperty().get()).contains("on for this instance");
    }
}
