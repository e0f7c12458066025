package com.evolutionconsole.ui.instances;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.service.InstanceStatusLoader;
import com.evolutionconsole.testing.TestServer;
import com.evolutionconsole.ui.common.ManualUiExecutor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InstanceTableViewModelTest {

    private TestServer server;
    private final ManualUiExecutor executor = new ManualUiExecutor();
    private InstanceTableViewModel vm;

    @BeforeEach
    void start() {
        server = new TestServer();
        server.create("alpha-bot", false);
        server.create("beta-bot", true);
        server.create("gamma-bot", true);
        server.scan("gamma-bot", "Gamma Shop", "5511977776666");
        vm = new InstanceTableViewModel(() -> server.client, new InstanceStatusLoader(server.pool), executor);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void refreshShowsLiveStatesAndCountsThem() {
        vm.refresh();
        assertThat(names()).containsExactlyInAnyOrder("alpha-bot", "beta-bot", "gamma-bot");
        assertThat(vm.row("alpha-bot").state()).isEqualTo(ConnectionState.CLOSE);
        assertThat(vm.row("beta-bot").state()).isEqualTo(ConnectionState.CONNECTING);
        assertThat(vm.row("gamma-bot").state()).isEqualTo(ConnectionState.OPEN);
        assertThat(vm.row("gamma-bot").numberProperty().get()).isEqualTo("5511977776666");
        assertThat(vm.countProperty(ConnectionState.Kind.OPEN).get()).isEqualTo(1);
        assertThat(vm.countProperty(ConnectionState.Kind.CONNECTING).get()).isEqualTo(1);
        assertThat(vm.countProperty(ConnectionState.Kind.CLOSE).get()).isEqualTo(1);
        assertThat(vm.totalProperty().get()).isEqualTo(3);
        assertThat(vm.loadedOnceProperty().get()).isTrue();
        assertThat(vm.lastRefreshedProperty().get()).isNotNull();
    }

    @Test
    void searchByNameOrNumberAndTheStateFilterReallyFilter() {
        vm.refresh();
        vm.searchProperty().set("BETA");
        assertThat(names()).containsExactly("beta-bot");
        vm.searchProperty().set("977776");
        assertThat(names()).containsExactly("gamma-bot");
        vm.searchProperty().set("");
        vm.stateFilterProperty().set(StateFilter.CLOSE);
        assertThat(names()).containsExactly("alpha-bot");
        vm.stateFilterProperty().set(StateFilter.REFUSED);
        assertThat(names()).isEmpty();
        vm.stateFilterProperty().set(StateFilter.ALL);
        assertThat(names()).hasSize(3);
    }

    @Test
    void aStateChangeMovesTheRowInOrOutOfTheFilter() {
        vm.refresh();
        vm.stateFilterProperty().set(StateFilter.OPEN);
        assertThat(names()).containsExactly("gamma-bot");
        server.scan("beta-bot", "Beta", "5511900000001");
        vm.refresh();
        assertThat(names()).containsExactlyInAnyOrder("beta-bot", "gamma-bot");
    }

    @Test
    void refreshUpdatesRowsInPlaceAndKeepsSelection() {
        vm.refresh();
        InstanceRow beta = vm.row("beta-bot");
        vm.focusedProperty().set(beta);
        vm.selectedRows().setAll(beta, vm.row("alpha-bot"));
        server.create("delta-bot", false);
        server.client.delete("alpha-bot");
        vm.refresh();
        assertThat(vm.row("beta-bot")).as("same row object: selection and scroll survive").isSameAs(beta);
        assertThat(vm.focusedProperty().get()).isSameAs(beta);
        assertThat(vm.selectedRows()).containsExactly(beta);
        assertThat(names()).containsExactlyInAnyOrder("beta-bot", "gamma-bot", "delta-bot");
    }

    @Test
    void aFailedRefreshShowsABannerAndKeepsTheRows() {
        vm.refresh();
        server.server.faults().when("GET", "/instance/fetchInstances").once()
                .respond(502, "text/html", "<html>Bad gateway</html>");
        vm.refresh();
        assertThat(vm.errorProperty().get()).isNotNull();
        assertThat(vm.errorProperty().get().summary()).contains("502");
        assertThat(names()).as("nothing lost").hasSize(3);
        vm.refresh();
        assertThat(vm.errorProperty().get()).as("retry clears the banner").isNull();
    }

    @Test
    void aDeadServerIsReportedWithWhatToDo() {
        server.server.stop();
        vm.refresh();
        assertThat(vm.errorProperty().get().summary()).contains("nothing answers");
        assertThat(vm.errorProperty().get().tip()).contains("running");
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void autoRefreshRunsOnTheIntervalAndStops() {
        vm.setAutoRefresh(Duration.ofSeconds(10));
        executor.advance(Duration.ofSeconds(9));
        assertThat(vm.loadedOnceProperty().get()).isFalse();
        executor.advance(Duration.ofSeconds(1));
        assertThat(vm.loadedOnceProperty().get()).isTrue();
        int before = executor.tasksRun();
        executor.advance(Duration.ofSeconds(30));
        assertThat(executor.tasksRun() - before).isEqualTo(3);
        vm.setAutoRefresh(Duration.ZERO);
        executor.advance(Duration.ofMinutes(5));
        assertThat(executor.tasksRun() - before).isEqualTo(3);
    }

    @Test
    void aStateLearnedElsewhereShowsAtOnce() {
        vm.refresh();
        vm.showState("alpha-bot", ConnectionState.CONNECTING);
        assertThat(vm.row("alpha-bot").state()).isEqualTo(ConnectionState.CONNECTING);
        assertThat(vm.countProperty(ConnectionState.Kind.CONNECTING).get()).isEqualTo(2);
    }

    @Test
    void clearForgetsEverything() {
        vm.refresh();
        vm.focusedProperty().set(vm.row("alpha-bot"));
        vm.clear();
        assertThat(vm.allRows()).isEmpty();
        assertThat(vm.focusedProperty().get()).isNull();
        assertThat(vm.totalProperty().get()).isZero();
        assertThat(vm.loadedOnceProperty().get()).isFalse();
    }

    private List<String> names() {
        return vm.shownRows().stream().map(InstanceRow::name).toList();
    }
}
