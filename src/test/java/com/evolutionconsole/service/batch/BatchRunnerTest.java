package com.evolutionconsole.service.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The runner on its own, with gated fake work: the bound, the pacing, cancel, failures and what listeners hear. */
class BatchRunnerTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @AfterEach
    void stop() {
        dispatcher.shutdownNow();
        pool.shutdownNow();
    }

    @Test
    void neverRunsMoreThanTheBoundAtOnceAndReachesIt() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch threeIn = new CountDownLatch(3);
        BatchRunner runner = new BatchRunner(pool, 3, Duration.ZERO, sleeper.clock, sleeper);
        List<Integer> items = IntStream.range(0, 9).boxed().toList();

        BatchReport<Integer, Integer> report = dispatcher.submit(runner.prepare(items, item -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                threeIn.countDown();
                // The first three meet here: proof that three run at once; later ones pass straight through.
                assertThat(threeIn.await(10, TimeUnit.SECONDS)).isTrue();
                return item * 10;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                inFlight.decrementAndGet();
            }
        }, null)).get(10, TimeUnit.SECONDS);

        assertThat(most.get()).isEqualTo(3);
        assertThat(report.count(ItemOutcome.Status.SUCCEEDED)).isEqualTo(9);
        assertThat(report.outcomes()).extracting(ItemOutcome::value)
                .as("outcomes in the order given").containsExactly(0, 10, 20, 30, 40, 50, 60, 70, 80);
        assertThat(sleeper.sleeps).as("no gap asked, none waited").isEmpty();
    }

    @Test
    void startsAreKeptTheGapApartWithoutRealWaiting() throws Exception {
        BatchRunner runner = new BatchRunner(pool, 3, Duration.ofMillis(500), sleeper.clock, sleeper);
        Map<Integer, Instant> startedAt = new ConcurrentHashMap<>();

        BatchReport<Integer, Integer> report = dispatcher.submit(runner.prepare(List.of(1, 2, 3, 4), item -> item,
                new BatchListener<Integer, Integer>() {
                    @Override
                    public void started(int index, Integer item) {
                        startedAt.put(index, sleeper.clock.instant());
                    }
                })).get(10, TimeUnit.SECONDS);

        assertThat(report.count(ItemOutcome.Status.SUCCEEDED)).isEqualTo(4);
        assertThat(sleeper.sleeps).as("none before the first start").containsExactly(
                Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofMillis(500));
        Instant t0 = Instant.parse("2026-11-25T10:00:00Z");
        assertThat(startedAt).containsExactlyInAnyOrderEntriesOf(Map.of(0, t0, 1, t0.plusMillis(500),
                2, t0.plusMillis(1000), 3, t0.plusMillis(1500)));
    }

    @Test
    void aGapAlreadyPassedIsNotWaitedAgain() throws Exception {
        BatchRunner runner = new BatchRunner(pool, 1, Duration.ofMillis(500), sleeper.clock, sleeper);

        // Each item takes 2 s on the pacing clock, longer than the gap.
        dispatcher.submit(runner.prepare(List.of(1, 2, 3), item -> {
            sleeper.clock.advance(Duration.ofSeconds(2));
            return item;
        }, null)).get(10, TimeUnit.SECONDS);

        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void cancelStopsTheItemsNotStartedAndLetsTheRunningOnesFinish() throws Exception {
        CountDownLatch bothRunning = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        BatchRunner runner = new BatchRunner(pool, 2, Duration.ZERO, sleeper.clock, sleeper);
        List<String> heard = new CopyOnWriteArrayList<>();
        BatchRun<String, String> batch = runner.prepare(List.of("a", "b", "c", "d", "e"), item -> {
            bothRunning.countDown();
            try {
                assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return item.toUpperCase();
        }, new BatchListener<>() {
            @Override
            public void finished(int index, ItemOutcome<String, String> outcome) {
                heard.add(outcome.item() + ":" + outcome.status());
            }
        });

        Future<BatchReport<String, String>> running = dispatcher.submit(batch);
        assertThat(bothRunning.await(10, TimeUnit.SECONDS)).isTrue();
        batch.cancel();
        release.countDown();
        BatchReport<String, String> report = running.get(10, TimeUnit.SECONDS);

        assertThat(report.cancelled()).isTrue();
        assertThat(report.outcomes()).extracting(ItemOutcome::status).containsExactly(
                ItemOutcome.Status.SUCCEEDED, ItemOutcome.Status.SUCCEEDED, ItemOutcome.Status.CANCELLED,
                ItemOutcome.Status.CANCELLED, ItemOutcome.Status.CANCELLED);
        assertThat(report.outcomes().get(1).value()).as("a started item finishes").isEqualTo("B");
        assertThat(heard).as("each item reported once").hasSize(5)
                .contains("c:CANCELLED", "d:CANCELLED", "e:CANCELLED", "a:SUCCEEDED", "b:SUCCEEDED");
    }

    @Test
    void cancelCutsThePacingWaitShort() throws Exception {
        CountDownLatch sleeping = new CountDownLatch(1);
        Sleeper longWait = duration -> {
            sleeping.countDown();
            Sleeper.SYSTEM.sleep(duration);
        };
        // An hour's gap with the real sleeper: the test would hang if the cancel did not interrupt it.
        BatchRunner runner = new BatchRunner(pool, 3, Duration.ofHours(1), Clock.systemUTC(), longWait);
        BatchRun<Integer, Integer> batch = runner.prepare(List.of(1, 2, 3), item -> item, null);

        Future<BatchReport<Integer, Integer>> running = dispatcher.submit(batch);
        assertThat(sleeping.await(10, TimeUnit.SECONDS)).isTrue();
        batch.cancel();
        BatchReport<Integer, Integer> report = running.get(10, TimeUnit.SECONDS);

        assertThat(report.outcomes()).extracting(ItemOutcome::status).containsExactly(ItemOutcome.Status.SUCCEEDED,
                ItemOutcome.Status.CANCELLED, ItemOutcome.Status.CANCELLED);
    }

    @Test
    void aThrowIsThatItemsFailureAndTheOthersGoOn() throws Exception {
        BatchRunner runner = new BatchRunner(pool, 2, Duration.ZERO, sleeper.clock, sleeper);
        IllegalStateException boom = new IllegalStateException("boom");

        BatchReport<Integer, Integer> report = dispatcher.submit(runner.prepare(List.of(1, 2, 3), item -> {
            if (item == 2) {
                throw boom;
            }
            return item;
        }, null)).get(10, TimeUnit.SECONDS);

        assertThat(report.outcomes()).extracting(ItemOutcome::status).containsExactly(ItemOutcome.Status.SUCCEEDED,
                ItemOutcome.Status.FAILED, ItemOutcome.Status.SUCCEEDED);
        assertThat(report.outcomes().get(1).failure()).isSameAs(boom);
        assertThat(report.failedItems()).containsExactly(2);
        assertThat(report.cancelled()).isFalse();
    }

    @Test
    void aPoolThatIsShutDownFailsTheItemsInsteadOfHanging() throws Exception {
        ExecutorService closed = Executors.newSingleThreadExecutor();
        closed.shutdown();
        BatchRunner runner = new BatchRunner(closed, 2, Duration.ZERO, sleeper.clock, sleeper);

        BatchReport<Integer, Integer> report = dispatcher.submit(runner.prepare(List.of(1, 2), item -> item, null))
                .get(10, TimeUnit.SECONDS);

        assertThat(report.count(ItemOutcome.Status.FAILED)).isEqualTo(2);
    }

    @Test
    void aRunRunsOnce() throws Exception {
        BatchRun<Integer, Integer> batch = new BatchRunner(pool, 1, Duration.ZERO, sleeper.clock, sleeper)
                .prepare(List.of(), item -> item, null);
        assertThat(batch.call().outcomes()).isEmpty();
        assertThatThrownBy(batch::call).isInstanceOf(IllegalStateException.class);
    }
}
