package com.evolutionconsole.service.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.api.NameConflictException;
import com.evolutionconsole.api.ServerErrorException;
import com.evolutionconsole.demo.InstanceView;
import com.evolutionconsole.domain.CreateInstanceRequest;
import com.evolutionconsole.domain.CreatedInstance;
import com.evolutionconsole.testing.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Batch create over real HTTP on the embedded server: checked lists, the bound, pacing, cancel, retry, conflicts. */
class BatchCreateAgainstServerTest {

    private final TestServer test = new TestServer();
    private final ExecutorService pool = Executors.newFixedThreadPool(6);
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final BatchRunner runner = new BatchRunner(pool, BatchRunner.CREATE_PARALLELISM, BatchRunner.CREATE_GAP,
            sleeper.clock, sleeper);

    @AfterEach
    void stop() {
        dispatcher.shutdownNow();
        pool.shutdownNow();
        test.close();
    }

    @Test
    void onlyTheNamesThatPassTheChecksAreCreatedEachWithItsQrOutcome() throws Exception {
        List<NameCandidate> pasted = NameList.parse("shop-1\n\nshop-2\nshop-1\nbad\u0000name\nShop Three\n");
        List<String> accepted = pasted.stream().filter(NameCandidate::acceptable).map(NameCandidate::name).toList();
        assertThat(accepted).containsExactly("shop-1", "shop-2", "Shop Three");

        BatchReport<CreateInstanceRequest, CreatedInstance> report = create(accepted, true);

        assertThat(report.count(ItemOutcome.Status.SUCCEEDED)).isEqualTo(3);
        assertThat(report.outcomes()).allSatisfy(outcome ->
                assertThat(outcome.value().qrCode().isReady()).as("the demo server has the first QR at once").isTrue());
        assertThat(test.server.backend().instances()).hasSize(3);
        assertThat(test.server.backend().exists("Shop Three")).isTrue();
        assertThat(sleeper.sleeps).containsExactly(BatchRunner.CREATE_GAP, BatchRunner.CREATE_GAP);
    }

    @Test
    void withoutARouteToWhatsAppTheCreateAnswersWithNoCodeYet() throws Exception {
        try (TestServer unreachable = new TestServer(builder -> builder.whatsappReachable(false))) {
            BatchReport<CreateInstanceRequest, CreatedInstance> report = dispatcher.submit(runner.prepare(
                    List.of(CreateInstanceRequest.simple("no-route", true)), unreachable.client::create, null))
                    .get(10, TimeUnit.SECONDS);

            CreatedInstance created = report.outcomes().get(0).value();
            assertThat(created.qrCode()).isNotNull();
            assertThat(created.qrCode().isReady()).isFalse();
        }
    }

    @Test
    void aTakenNameFailsWithTheConflictAndTheOthersAreCreated() throws Exception {
        test.create("taken", false);

        BatchReport<CreateInstanceRequest, CreatedInstance> report = create(List.of("fresh-1", "taken", "fresh-2"), false);

        assertThat(report.outcomes()).extracting(ItemOutcome::status).containsExactly(ItemOutcome.Status.SUCCEEDED,
                ItemOutcome.Status.FAILED, ItemOutcome.Status.SUCCEEDED);
        assertThat(report.outcomes().get(1).failure()).isInstanceOfSatisfying(NameConflictException.class,
                conflict -> assertThat(conflict.shownServerMessage()).contains("already in use"));
        assertThat(report.outcomes().get(0).value().qrCode()).as("no QR asked").isNull();
    }

    @Test
    void noMoreThanThreeCreatesAreOnTheServerAtOnce() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch firstThree = new CountDownLatch(3);
        Function<CreateInstanceRequest, CreatedInstance> gated = request -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                firstThree.countDown();
                // The first three wait for each other before they reach the server: all three are in at once.
                assertThat(firstThree.await(10, TimeUnit.SECONDS)).isTrue();
                return test.client.create(request);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                inFlight.decrementAndGet();
            }
        };
        // Every create is held up on the server, so creates overlap there for real.
        test.server.faults().when("POST", "/instance/create").always().delayed(Duration.ofMillis(50)).answerNormally();
        List<CreateInstanceRequest> requests = List.of("n1", "n2", "n3", "n4", "n5", "n6", "n7").stream()
                .map(name -> CreateInstanceRequest.simple(name, false)).toList();

        BatchReport<CreateInstanceRequest, CreatedInstance> report =
                dispatcher.submit(runner.prepare(requests, gated, null)).get(20, TimeUnit.SECONDS);

        assertThat(most.get()).isEqualTo(BatchRunner.CREATE_PARALLELISM);
        assertThat(report.count(ItemOutcome.Status.SUCCEEDED)).isEqualTo(7);
        assertThat(test.server.backend().instances()).hasSize(7);
    }

    @Test
    void cancelLeavesTheNamesNotStartedUnsentOnTheServer() throws Exception {
        BatchRun<CreateInstanceRequest, CreatedInstance> batch =
                runner.prepare(requests("c1", "c2", "c3", "c4"), test.client::create, null);
        // The operator cancels during the gap after the second start.
        AtomicInteger gaps = new AtomicInteger();
        sleeper.onSleep = () -> {
            if (gaps.incrementAndGet() == 2) {
                batch.cancel();
            }
        };

        BatchReport<CreateInstanceRequest, CreatedInstance> report = dispatcher.submit(batch).get(10, TimeUnit.SECONDS);

        assertThat(report.cancelled()).isTrue();
        assertThat(report.outcomes()).extracting(ItemOutcome::status).containsExactly(ItemOutcome.Status.SUCCEEDED,
                ItemOutcome.Status.SUCCEEDED, ItemOutcome.Status.CANCELLED, ItemOutcome.Status.CANCELLED);
        assertThat(test.server.backend().exists("c3")).isFalse();
        assertThat(test.server.backend().exists("c4")).isFalse();
    }

    @Test
    void aRetryRunsOnlyTheFailedNames() throws Exception {
        test.server.faults().when("POST", "/instance/create").once()
                .respond(500, "application/json", "{\"status\":500,\"error\":\"Internal Server Error\",\"response\":{\"message\":[\"database is busy\"]}}");

        BatchReport<CreateInstanceRequest, CreatedInstance> first = dispatcher.submit(runner.prepare(
                requests("r1", "r2"), test.client::create, null)).get(10, TimeUnit.SECONDS);
        // Both run at once, so either may meet the fault.
        assertThat(first.failedItems()).hasSize(1);
        assertThat(first.outcomes()).filteredOn(outcome -> outcome.status() == ItemOutcome.Status.FAILED)
                .singleElement().satisfies(outcome -> assertThat(outcome.failure()).isInstanceOf(ServerErrorException.class));

        List<String> sent = new CopyOnWriteArrayList<>();
        BatchReport<CreateInstanceRequest, CreatedInstance> retry = dispatcher.submit(runner.prepare(first.failedItems(),
                request -> {
                    sent.add(request.name());
                    return test.client.create(request);
                }, null)).get(10, TimeUnit.SECONDS);

        assertThat(sent).containsExactly(first.failedItems().get(0).name());
        assertThat(retry.count(ItemOutcome.Status.SUCCEEDED)).isEqualTo(1);
        assertThat(test.server.backend().instances()).extracting(InstanceView::name).containsExactlyInAnyOrder("r1", "r2");
    }

    private BatchReport<CreateInstanceRequest, CreatedInstance> create(List<String> names, boolean qr) throws Exception {
        Future<BatchReport<CreateInstanceRequest, CreatedInstance>> running = dispatcher.submit(runner.prepare(
                names.stream().map(name -> CreateInstanceRequest.simple(name, qr)).toList(), test.client::create, null));
        return running.get(10, TimeUnit.SECONDS);
    }

    private static List<CreateInstanceRequest> requests(String... names) {
        return List.of(names).stream().map(name -> CreateInstanceRequest.simple(name, false)).toList();
    }
}
