package com.evolutionconsole.ui.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.demo.DemoServerConfig;
import com.evolutionconsole.demo.EmbeddedEvolutionServer;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.service.health.HealthChecker;
import com.evolutionconsole.service.health.HealthSummary;
import com.evolutionconsole.service.health.InstanceHealth;
import com.evolutionconsole.service.health.QrAvailability;
import com.evolutionconsole.service.health.ReportFormat;
import com.evolutionconsole.service.health.SameThreadExecutorService;
import com.evolutionconsole.ui.common.Cancellable;
import com.evolutionconsole.ui.common.ManualUiExecutor;
import com.evolutionconsole.ui.common.ScriptedDialogs;
import com.evolutionconsole.ui.common.UiExecutor;
import com.squareup.moshi.Moshi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The health dialog's state against the embedded server, with work run synchronously and no toolkit. */
class HealthViewModelTest {

    private static final String KEY = "health-vm-global-key";
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final List<String> FOUR = List.of("sales-team", "marketing-bot", "support-desk", "no-such-bot");

    private EmbeddedEvolutionServer server;
    private EvolutionClient client;
    private final CountingUiExecutor executor = new CountingUiExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private HealthViewModel vm;

    @BeforeEach
    void start() {
        server = new EmbeddedEvolutionServer(DemoServerConfig.builder(KEY).clock(Clock.fixed(T0, ZoneOffset.UTC))
                .noDelays().build());
        server.start();
        server.backend().seedSamples();
        client = EvolutionClient.create(server.url(), Secret.of(KEY));
        // Checks run on the calling thread, so progress, cancel and results happen in a fixed order.
        HealthChecker checker = new HealthChecker(new SameThreadExecutorService(), Clock.fixed(T0, ZoneOffset.UTC));
        vm = new HealthViewModel(() -> client, checker, executor, dialogs);
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop();
    }

    @Test
    void progressReachesTheUiThroughOnUiAndEndsAtOne() {
        List<Double> progress = new ArrayList<>();
        List<Integer> resultsAtProgress = new ArrayList<>();
        vm.progressProperty().addListener((obs, old, now) -> {
            progress.add(now.doubleValue());
            resultsAtProgress.add(vm.results().size());
        });

        vm.check(FOUR);

        assertThat(progress).containsExactly(0.25, 0.5, 0.75, 1.0);
        assertThat(resultsAtProgress).as("results show as they come").containsExactly(1, 2, 3, 4);
        assertThat(executor.onUiCalls).as("started, four instances, the server").isEqualTo(6);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.progressTextProperty().get()).isEqualTo("Done: 4 of 4 checked.");
        assertThat(vm.results()).extracting(InstanceHealth::name).containsExactlyElementsOf(FOUR);
        assertThat(vm.summaryProperty().get()).isEqualTo(new HealthSummary(4, 1, 2, 1, 0));
        assertThat(vm.summaryTextProperty().get()).isEqualTo("1 of 4 ready · 2 need attention · 1 missing · 0 state mismatches");
        assertThat(vm.serverFacts()).extracting(ServerFact::id, ServerFact::value)
                .contains(org.assertj.core.groups.Tuple.tuple("server-version", "2.3.6"),
                        org.assertj.core.groups.Tuple.tuple("server-reachable", "yes"),
                        org.assertj.core.groups.Tuple.tuple("server-key", "global key"),
                        org.assertj.core.groups.Tuple.tuple("server-count", "4"));
        assertThat(vm.reportProperty().get()).isNotNull();
        assertThat(vm.canExportBinding().get()).isTrue();
    }

    @Test
    void cancelStopsTheRestAndKeepsWhatFinished() {
        vm.results().addListener((ListChangeListener<InstanceHealth>) change -> {
            if (vm.runningProperty().get() && vm.results().size() == 1) {
                vm.cancel();
            }
        });

        vm.check(FOUR);

        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.results()).extracting(InstanceHealth::name).containsExactly("sales-team");
        assertThat(vm.reportProperty().get().cancelled()).isTrue();
        assertThat(vm.reportProperty().get().notChecked()).containsExactly("marketing-bot", "support-desk", "no-such-bot");
        assertThat(vm.progressTextProperty().get()).isEqualTo("Cancelled: 1 of 4 checked, 3 not checked.");
        assertThat(vm.cancellingProperty().get()).isFalse();
    }

    @Test
    void theQrProbeIsOffUntilTicked() {
        assertThat(vm.probeQrProperty().get()).isFalse();
        vm.check(List.of("marketing-bot"));
        assertThat(vm.results().get(0).qr()).isEqualTo(QrAvailability.NOT_PROBED);
        assertThat(server.backend().instance("marketing-bot").orElseThrow().liveState()).isEqualTo("close");

        vm.probeQrProperty().set(true);
        vm.checkAgain();

        assertThat(vm.results()).singleElement().satisfies(h -> assertThat(h.qr()).isEqualTo(QrAvailability.AVAILABLE));
        assertThat(vm.reportProperty().get().qrProbed()).isTrue();
    }

    @Test
    void copyPutsTheMarkdownReportOnTheClipboard() {
        vm.copyReport();
        assertThat(dialogs.clipboard).as("nothing to copy before a check").isEmpty();
        assertThat(vm.canExportBinding().get()).isFalse();

        vm.check(FOUR);
        vm.copyReport();

        assertThat(dialogs.clipboard).singleElement().satisfies(text -> assertThat(text)
                .startsWith("# Evolution API health report")
                .contains("| sales-team | yes | open | open | yes |")
                .contains("| no-such-bot | no |"));
        assertThat(vm.noticeProperty().get()).contains("copied");
    }

    @Test
    @SuppressWarnings("unchecked")
    void saveWritesTheChosenFormatWhereThePersonChose(@TempDir Path dir) throws Exception {
        vm.check(FOUR);

        dialogs.saveAnswer = dir.resolve("report.json");
        vm.save(ReportFormat.JSON);
        Map<String, Object> json = (Map<String, Object>) new Moshi.Builder().build().adapter(Object.class)
                .fromJson(Files.readString(dialogs.saveAnswer));
        assertThat((List<Object>) json.get("instances")).hasSize(4);
        assertThat(dialogs.asked).last().asString().endsWith("evolution-health-20261125-100000.json");
        assertThat(vm.noticeProperty().get()).contains("report.json");

        dialogs.saveAnswer = dir.resolve("report.md");
        vm.save(ReportFormat.MARKDOWN);
        assertThat(Files.readString(dialogs.saveAnswer)).contains("| marketing-bot | yes | close | close | no |");

        dialogs.saveAnswer = null;
        vm.save(ReportFormat.MARKDOWN);
        assertThat(dialogs.asked).hasSize(3);
        try (var files = Files.list(dir)) {
            assertThat(files).as("a cancelled chooser writes nothing").hasSize(2);
        }
    }

    @Test
    void aSecondCheckStartsClean() {
        vm.check(FOUR);
        vm.copyReport();
        vm.check(List.of("sales-team"));

        assertThat(vm.results()).hasSize(1);
        assertThat(vm.noticeProperty().get()).isNull();
        assertThat(vm.progressTextProperty().get()).isEqualTo("Done: 1 of 1 checked.");
    }

    /** The test executor, counting the hand-overs to the UI thread. */
    private static final class CountingUiExecutor implements UiExecutor {
        private final ManualUiExecutor delegate = new ManualUiExecutor();
        int onUiCalls;

        @Override
        public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            return delegate.run(work, onSuccess, onFailure);
        }

        @Override
        public void onUi(Runnable action) {
            onUiCalls++;
            delegate.onUi(action);
        }

        @Override
        public Cancellable every(Duration period, Runnable action) {
            return delegate.every(period, action);
        }

        @Override
        public Cancellable after(Duration delay, Runnable action) {
            return delegate.after(delay, action);
        }

        @Override
        public Clock clock() {
            return delegate.clock();
        }
    }
}
