package com.evolutionconsole.service;

import com.evolutionconsole.api.EvolutionApiException;
import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.domain.Instance;
import com.evolutionconsole.domain.InstanceStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Lists the instances and reads each one's live state, a bounded number at a time. The list's
 * {@code connectionStatus} is only the database copy (it stays "close" while the live state flaps), so the table
 * shows connectionState, which the real server answers in 1–4 ms.
 */
public final class InstanceStatusLoader {

    private final ExecutorService pool;

    /** {@code pool} bounds how many state reads run at once. */
    public InstanceStatusLoader(ExecutorService pool) {
        this.pool = pool;
    }

    /** Fails only if the list itself cannot be read; a failed state read leaves that row on its stored state. */
    public List<InstanceStatus> load(EvolutionClient client) throws InterruptedException {
        List<Instance> instances = client.fetchInstances();
        List<Future<InstanceStatus>> pending = new ArrayList<>(instances.size());
        for (Instance instance : instances) {
            pending.add(pool.submit(() -> liveStatus(client, instance)));
        }
        List<InstanceStatus> result = new ArrayList<>(instances.size());
        try {
            for (Future<InstanceStatus> future : pending) {
                result.add(future.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a state read failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            pending.forEach(f -> f.cancel(true));
            throw e;
        }
        return result;
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
