package com.evolutionconsole.ui.instances;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.api.EvolutionApiException;
import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.demo.FaultInjector;
import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.service.InstanceStatusLoader;
import com.evolutionconsole.testing.TestServer;
import com.evolutionconsole.ui.common.ManualUiExecutor;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    /** A fault on the listing and the banner's summary it must give. */
    private record ListingFault(String name, Consumer<FaultInjector> install, String summary) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String LISTING = "/instance/fetchInstances";

    static Stream<ListingFault> listingFaults() {
        String unreadable = "The server's answer to the request to list the instances could not be read: ";
        return Stream.of(
                new ListingFault("401 revoked key", f -> f.when("GET", LISTING).respond(401, "application/json",
                        "{\"status\":401,\"error\":\"Unauthorized\",\"response\":{\"message\":\"Unauthorized\"}}"),
                        "The server refused the API key when asked to list the instances."),
                new ListingFault("403 forbidden", f -> f.when("GET", LISTING).respond(403, "application/json",
                        "{\"status\":403,\"error\":\"Forbidden\",\"response\":{\"message\":[\"Missing global api key\"]}}"),
                        "The server refused to list the instances (403 Forbidden)."),
                new ListingFault("500 database dump", f -> f.when("GET", LISTING).respond(500, "application/json",
                        "{\"status\":500,\"error\":\"Internal Server Error\",\"response\":{\"message\":[\"PrismaClientKnownRequestError: "
                                + "x".repeat(50_000) + "\"]}}"),
                        "The server's database rejected the request to list the instances (HTTP 500)."),
                new ListingFault("truncated", f -> f.when("GET", LISTING).respond(200, "application/json", "[{\"id\":\"ab"),
                        unreadable + "it is not the JSON the console expects."),
                new ListingFault("empty", f -> f.when("GET", LISTING).respond(200, "application/json", ""),
                        unreadable + "it was empty."),
                new ListingFault("an error object", f -> f.when("GET", LISTING).respond(200, "application/json",
                        "{\"error\":true,\"message\":\"Something went wrong\"}"), unreadable + "it is not the JSON the console expects."),
                new ListingFault("20 MB of filler", f -> f.when("GET", LISTING).respondWithSize(200, "application/json", 20_000_000),
                        unreadable + "it is not the JSON the console expects."),
                new ListingFault("a PNG labelled JSON", f -> f.when("GET", LISTING).respond(200, "application/json",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}),
                        unreadable + "it is not the JSON the console expects."),
                new ListingFault("connection dropped twice", f -> f.when("GET", LISTING).times(2).dropConnection(),
                        "closed the connection without answering the request to list the instances."));
    }

    @ParameterizedTest
    @MethodSource("listingFaults")
    void aListingThatFailsShowsWhyAndKeepsTheRowsAndTheSelection(ListingFault fault) {
        vm.refresh();
        InstanceRow beta = vm.row("beta-bot");
        vm.focusedProperty().set(beta);
        fault.install().accept(server.server.faults());

        vm.refresh();

        assertThat(vm.errorProperty().get().summary()).endsWith(fault.summary());
        assertThat(vm.errorProperty().get().serverMessage()).hasSizeLessThanOrEqualTo(EvolutionApiException.SHOWN_MESSAGE_LIMIT + 1);
        assertThat(names()).as("nothing lost").hasSize(3);
        assertThat(vm.focusedProperty().get()).isSameAs(beta);
        assertThat(vm.loadingProperty().get()).isFalse();
        vm.refresh();
        assertThat(vm.errorProperty().get()).as("the next refresh recovers").isNull();
    }

    @Test
    void aSlowServerTimesOutWithABannerAndKeepsTheRows() {
        EvolutionClient impatient = EvolutionClient.create(server.server.url(), Secret.of(TestServer.KEY),
                Duration.ofSeconds(1), Duration.ofSeconds(2));
        vm = new InstanceTableViewModel(() -> impatient, new InstanceStatusLoader(server.pool), executor);
        vm.refresh();
        server.server.faults().when("GET", LISTING).delayed(Duration.ofSeconds(3)).answerNormally();

        vm.refresh();

        assertThat(vm.errorProperty().get().summary()).isEqualTo("The server at 127.0.0.1:" + server.client.baseUrl().port()
                + " did not answer the request to list the instances within 1 s.");
        assertThat(vm.errorProperty().get().tip()).contains("overloaded or stuck");
        assertThat(names()).hasSize(3);
        impatient.close();
    }

    @Test
    void anUnknownStateIsShownVerbatimAndCountedAsUnknown() {
        server.server.faults().when("GET", "/instance/connectionState/alpha-bot").always().respond(200, "application/json",
                "{\"instance\":{\"instanceName\":\"alpha-bot\",\"state\":\"syncing\"}}");

        vm.refresh();

        assertThat(vm.row("alpha-bot").state().label()).isEqualTo("syncing");
        assertThat(vm.countProperty(ConnectionState.Kind.UNKNOWN).get()).isEqualTo(1);
        assertThat(vm.totalProperty().get()).isEqualTo(3);
        vm.stateFilterProperty().set(StateFilter.CLOSE);
        assertThat(names()).as("not taken for closed").isEmpty();
    }

    @Test
    void aServerRestartedWithOtherInstancesDropsTheVanishedRowsAndKeepsTheSurvivors() {
        vm.refresh();
        InstanceRow beta = vm.row("beta-bot");
        vm.focusedProperty().set(vm.row("alpha-bot"));
        vm.selectedRows().setAll(beta, vm.row("alpha-bot"), vm.row("gamma-bot"));
        server.restartEmpty();
        server.create("beta-bot", false);
        server.create("omega-bot", false);

        vm.refresh();

        assertThat(vm.errorProperty().get()).isNull();
        assertThat(names()).containsExactlyInAnyOrder("beta-bot", "omega-bot");
        assertThat(vm.row("beta-bot")).as("the survivor keeps its row").isSameAs(beta);
        assertThat(beta.state()).isEqualTo(ConnectionState.CLOSE);
        assertThat(vm.selectedRows()).containsExactly(beta);
        assertThat(vm.focusedProperty().get()).isNull();
        assertThat(vm.detailPlaceholderBinding().get()).isEqualTo(
                "\"alpha-bot\" is no longer on the server: it was deleted, or the server was restarted without it.");
        assertThat(vm.countProperty(ConnectionState.Kind.OPEN).get()).isZero();
        assertThat(vm.totalProperty().get()).isEqualTo(2);

        vm.focusedProperty().set(beta);
        assertThat(vm.detailPlaceholderBinding().get()).startsWith("Select an instance");
    }

    private List<String> names() {
        return vm.shownRows().stream().map(InstanceRow::name).toList();
    }
}
