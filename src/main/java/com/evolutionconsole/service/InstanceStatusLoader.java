package com.evolutionconsole.service;

import com.evolutionconsole.api.EvolutionApiException;
import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.domain.Instance;
import com.evolutionconsole.domain.InstanceStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Lists the instances, then reads each one's live state, a bounded number at a time. The list's
 * {@code connectionStatus} is only the database copy (it stays "close" while the live state flaps), so the table
 * shows connectionState. The list is handed over first and the states in batches as they come, so a server with
 * thousands of instances gives a usable table at once rather than after thousands of calls.
 */
public final class InstanceStatusLoader {

    /** Live states are handed over in batches of this size (and a last, smaller one). */
    static final int BATCH = 250;

    private final ExecutorService pool;

    /** {@code pool} bounds how many state reads run at once. */
    public InstanceStatusLoader(ExecutorService pool) {
        this.pool = pool;
    }

    /**
     * Blocks until every state is read. Fails only if the list itself cannot be read; a failed state read leaves
     * that instance on its stored state with a note. Callbacks run on the calling thread.
     */
    public void load(EvolutionClient client, Consumer<List<Instance>> onList,
                     Consumer<List<InstanceStatus>> onStates) throws InterruptedException {
        List<Instance> instances = client.fetchInstances();
        onList.accept(instances);
        CompletionService<InstanceStatus> reads = new ExecutorCompletionService<>(pool);
        List<Future<InstanceStatus>> pending = new ArrayList<>(instances.size());
        for (Instance instance : instances) {
            pending.add(reads.submit(() -> liveStatus(client, instance)));
        }
        List<InstanceStatus> batch = new ArrayList<>(BATCH);
        try {
            for (int done = 0; done < instances.size(); done++) {
                batch.add(reads.take().get());
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
