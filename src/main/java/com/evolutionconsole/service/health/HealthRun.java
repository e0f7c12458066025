package com.evolutionconsole.service.health;

import com.evolutionconsole.api.EvolutionApiException;
import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.domain.Instance;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One health check, run once by {@link #call()} on a background thread: it lists the instances, hands each check
 * to the pool, checks the server meanwhile, and waits. {@link #cancel()} (from any thread) stops the checks that
 * have not finished; {@code call} then returns at once with the finished results and the names not checked.
 */
public final class HealthRun implements Callable<HealthReport> {

    private final HealthChecker checker;
    private final ExecutorService pool;
    private final Clock clock;
    private final EvolutionClient client;
    private final HealthRequest request;
    private final HealthListener listener;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<Future<?>> pending = new CopyOnWriteArrayList<>();
    /**
     * Orders storing a result against cancelling: a result stored before the cancel stays, and one produced after
     * it (often by the interrupt itself, which the client reports as a timeout) is dropped.
     */
    private final Object resultLock = new Object();

    HealthRun(HealthChecker checker, ExecutorService pool, Clock clock, EvolutionClient client,
              HealthRequest request, HealthListener listener) {
        this.checker = checker;
        this.pool = pool;
        this.clock = clock;
        this.client = client;
        this.request = request;
        this.listener = listener;
    }

    /** Stops what has not finished; results already in stay in the report. Harmless when done or repeated. */
    public void cancel() {
        synchronized (resultLock) {
            cancelled.set(true);
        }
        pending.forEach(future -> future.cancel(true));
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public HealthReport call() throws InterruptedException {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("a health run runs once");
        }
        Instant checkedAt = clock.instant();
        List<Instance> listed = null;
        EvolutionApiException listFailure = null;
        try {
            listed = client.fetchInstances();
        } catch (EvolutionApiException e) {
            // Existence then comes from connectionState, which answers 404 for a missing instance.
            listFailure = e;
        }
        Map<String, Instance> byName = new LinkedHashMap<>();
        if (listed != null) {
            listed.forEach(instance -> byName.putIfAbsent(instance.name(), instance));
        }
        List<String> names = request.names().isEmpty() ? sortedNames(byName) : request.names();
        boolean listKnown = listed != null;
        int total = names.size();
        listener.started(total);

        AtomicReferenceArray<InstanceHealth> results = new AtomicReferenceArray<>(total);
        AtomicInteger done = new AtomicInteger();
        for (int i = 0; i < total && !cancelled.get(); i++) {
            int index = i;
            String name = names.get(i);
            Instance instance = byName.get(name);
            pending.add(pool.submit(() -> {
                if (cancelled.get()) {
                    return;
                }
                InstanceHealth health;
                try {
                    health = checker.checkInstance(client, name, instance, listKnown, request.probeQr());
                } catch (RuntimeException bug) {
                    health = checker.failedUnexpectedly(name, instance, bug);
                }
                synchronized (resultLock) {
                    if (cancelled.get()) {
                        return;
                    }
                    results.set(index, health);
                }
                // Announced only once stored, so whatever was announced is in the report.
                listener.instanceChecked(health, done.incrementAndGet(), total);
            }));
        }
        // A cancel that raced the loop above: the futures added after its sweep are swept here.
        if (cancelled.get()) {
            cancel();
        }

        ServerHealth server = checker.checkServer(client, listed, listFailure, cancelled::get);
        listener.serverChecked(server);

        try {
            for (Future<?> future : pending) {
                awaitUnlessCancelled(future);
            }
        } catch (InterruptedException e) {
            cancel();
            throw e;
        }

        List<InstanceHealth> checked = new ArrayList<>();
        List<String> notChecked = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            InstanceHealth health = results.get(i);
            if (health == null) {
                notChecked.add(names.get(i));
            } else {
                checked.add(health);
            }
        }
        return new HealthReport(checkedAt, request.probeQr(), server, checked, notChecked, cancelled.get());
    }

    private static void awaitUnlessCancelled(Future<?> future) throws InterruptedException {
        try {
            future.get();
        } catch (CancellationException stopped) {
            // A cancelled check simply has no result; a check stuck in I/O is not waited for.
        } catch (ExecutionException e) {
            throw new IllegalStateException("a health check failed outside its own error handling", e.getCause());
        }
    }

    private static List<String> sortedNames(Map<String, Instance> byName) {
        List<String> names = new ArrayList<>(byName.keySet());
        names.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
        return names;
    }
}
