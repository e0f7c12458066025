package com.evolutionconsole.service;

import com.evolutionconsole.api.EvolutionApiException;
import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.Instance;
import com.evolutionconsole.domain.InstanceStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Lists the instances, then reads each one's live state, a bounded number at a time. The list's
 * {@code connectionStatus} is only the database copy (it stays "close" while the live state flaps), so the table
 * shows connectionState. Only what changed since the last load is handed over — the listing first, then the live
 * states in batches — so the UI thread's work grows with the changes, not with the number of instances, and a
 * server with thousands of instances gives a usable table at once.
 */
public final class InstanceStatusLoader {

    /** Live states are handed over in batches of this size (and a last, smaller one). */
    static final int BATCH = 250;

    private final ExecutorService pool;
    /** The last listing and live readings handed over, to hand over only differences next time. */
    private volatile Map<String, Instance> lastListing = Map.of();
    private final Map<String, InstanceStatus> lastStatus = new ConcurrentHashMap<>();
    /** Bumped by {@link #reset()}; a load that started before it leaves the memory alone. */
    private final AtomicInteger epoch = new AtomicInteger();

    /** {@code pool} bounds how many state reads run at once. */
    public InstanceStatusLoader(ExecutorService pool) {
        this.pool = pool;
    }

    /**
     * Blocks until every state is read. Fails only if the list itself cannot be read; a failed state read leaves
     * that instance on its stored state with a note. Callbacks run on the calling thread. One load at a time.
     */
    public synchronized void load(EvolutionClient client, Consumer<ListingChange> onListing,
                                  Consumer<List<InstanceStatus>> onStates) throws InterruptedException {
        int started = epoch.get();
        List<Instance> instances = client.fetchInstances();
        Map<String, Instance> listing = new HashMap<>(instances.size() * 2);
        onListing.accept(diff(instances, listing, started));
        CompletionService<InstanceStatus> reads = new ExecutorCompletionService<>(pool);
        List<Future<InstanceStatus>> pending = new ArrayList<>(instances.size());
        for (Instance instance : listing.values()) {
            pending.add(reads.submit(() -> liveStatus(client, instance)));
        }
        List<InstanceStatus> batch = new ArrayList<>(BATCH);
        try {
            for (int done = 0; done < pending.size(); done++) {
                InstanceStatus status = reads.take().get();
                InstanceStatus previous = epoch.get() == started ? lastStatus.put(status.instance().name(), status) : null;
                if (previous == null || !sameReading(previous, status)) {
                    batch.add(status);
                }
                if (batch.size() == BATCH) {
                    onStates.accept(List.copyOf(batch));
                    batch.clear();
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a state read failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            pending.forEach(f -> f.cancel(true));
            throw e;
        }
        if (!batch.isEmpty()) {
            onStates.accept(List.copyOf(batch));
        }
    }

    /** Someone else changed what the table shows for {@code name}: hand over its next reading even if unchanged. */
    public void forget(String name) {
        lastStatus.remove(name);
    }

    /** Starts afresh (another server): the next load hands over everything. Never blocks. */
    public void reset() {
        epoch.incrementAndGet();
        lastListing = Map.of();
        lastStatus.clear();
    }

    private ListingChange diff(List<Instance> instances, Map<String, Instance> listing, int started) {
        Map<String, Instance> previous = epoch.get() == started ? lastListing : Map.of();
        List<Instance> changed = new ArrayList<>();
        for (Instance instance : instances) {
            if (listing.putIfAbsent(instance.name(), instance) != null) {
                continue; // a duplicate name: the first one wins, as the table keys rows by name
            }
            if (!Objects.equals(previous.get(instance.name()), instance)) {
                changed.add(instance);
            }
        }
        Set<String> removed = new HashSet<>(previous.keySet());
        removed.removeAll(listing.keySet());
        if (epoch.get() == started) {
            removed.forEach(lastStatus::remove);
            lastListing = listing;
        }
        return new ListingChange(changed, removed, listing.size());
    }

    private static boolean sameReading(InstanceStatus a, InstanceStatus b) {
        ConnectionState stateA = a.liveState();
        ConnectionState stateB = b.liveState();
        return Objects.equals(stateA, stateB) && Objects.equals(a.liveStateError(), b.liveStateError())
                && (stateA != null || Objects.equals(a.instance().storedState(), b.instance().storedState()));
    }

    private static InstanceStatus liveStatus(EvolutionClient client, Instance instance) {
        if (instance.isUnnamed()) {
            return new InstanceStatus(instance, null, "An instance without a name cannot be reached through the API.");
        }
        try {
            return new InstanceStatus(instance, client.connectionState(instance.name()), null);
        } catch (EvolutionApiException e) {
            return new InstanceStatus(instance, null, e.summary());
        }
    }
}
