package com.evolutionconsole.service.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.api.NotFoundException;
import com.evolutionconsole.api.OperationFailedException;
import com.evolutionconsole.api.ValidationException;
import com.evolutionconsole.demo.InstanceView;
import com.evolutionconsole.domain.Presence;
import com.evolutionconsole.testing.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bulk actions over real HTTP on instances in every state: what succeeds, and the server's words for the rest. */
class BulkActionAgainstServerTest {

    /** open, close, connecting, and one that does not exist. */
    private static final List<String> MIXED = List.of("sales-team", "marketing-bot", "support-desk", "no-such-bot");

    private final TestServer test = new TestServer();
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final BatchRunner runner = new BatchRunner(pool, BatchRunner.BULK_PARALLELISM, Duration.ZERO,
            sleeper.clock, sleeper);

    @BeforeEach
    void seed() {
        test.server.backend().seedSamples();
    }

    @AfterEach
    void stop() {
        dispatcher.shutdownNow();
        pool.shutdownNow();
        test.close();
    }

    @Test
    void restartWorksOnOpenAndConnectingAndIsRefusedOnClose() throws Exception {
        BatchReport<String, String> report = run(BulkAction.of(BulkAction.Kind.RESTART));

        assertThat(report.outcomes().get(0).value()).isEqualTo("Restarted and connected again.");
        assertThat(report.outcomes().get(1).failure()).isInstanceOfSatisfying(OperationFailedException.class,
                e -> assertThat(e.summary()).contains("not connected"));
        assertThat(report.outcomes().get(2).value()).isEqualTo("Restart requested: the server reconnects it by itself.");
        assertMissing(report.outcomes().get(3));
    }

    @Test
    void logoutKeepsTheInstanceAndIsRefusedWhenNotConnected() throws Exception {
        BatchReport<String, String> report = run(BulkAction.of(BulkAction.Kind.LOGOUT));

        assertThat(report.outcomes().get(0).value()).startsWith("Logged out.");
        assertThat(test.server.backend().exists("sales-team")).isTrue();
        assertThat(report.outcomes().get(1).failure()).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.shownServerMessage()).isEqualTo("The \"marketing-bot\" instance is not connected");
            assertThat(e.tip()).startsWith("Nothing to log out");
        });
        assertThat(report.outcomes().get(2).status()).isEqualTo(ItemOutcome.Status.SUCCEEDED);
        assertMissing(report.outcomes().get(3));
    }

    @Test
    void deleteRemovesEveryStateAndReportsTheMissingOne() throws Exception {
        BatchReport<String, String> report = run(BulkAction.of(BulkAction.Kind.DELETE));

        assertThat(report.outcomes()).extracting(ItemOutcome::value).containsExactly("Deleted.", "Deleted.", "Deleted.", null);
        assertMissing(report.outcomes().get(3));
        assertThat(test.server.backend().instances()).extracting(InstanceView::name).containsExactly("pairing-kiosk");
    }

    @Test
    void presenceIsSetOnlyOnTheOpenInstance() throws Exception {
        BatchReport<String, String> report = run(BulkAction.presence(Presence.COMPOSING));

        assertThat(report.outcomes().get(0).value()).isEqualTo("Presence set to typing.");
        for (int closedOrConnecting : new int[] {1, 2}) {
            assertThat(report.outcomes().get(closedOrConnecting).failure())
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.summary()).contains("not connected to WhatsApp");
                        assertThat(e.shownServerMessage()).contains("TypeError");
                    });
        }
        assertMissing(report.outcomes().get(3));
        assertThat(BulkAction.presence(Presence.COMPOSING).doneWord()).isEqualTo("set to typing");
    }

    private BatchReport<String, String> run(BulkAction action) throws Exception {
        return dispatcher.submit(runner.prepare(MIXED, name -> action.perform(test.client, name), null))
                .get(10, TimeUnit.SECONDS);
    }

    private static void assertMissing(ItemOutcome<String, String> outcome) {
        assertThat(outcome.failure()).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.summary()).isEqualTo("The server has no instance \"no-such-bot\"."));
    }
}
