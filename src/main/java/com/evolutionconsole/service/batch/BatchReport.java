package com.evolutionconsole.service.batch;

import java.util.List;

/** A finished (or cancelled) batch: one outcome per item, in the order given. */
public record BatchReport<T, R>(List<ItemOutcome<T, R>> outcomes, boolean cancelled) {

    public BatchReport {
        outcomes = List.copyOf(outcomes);
    }

    public long count(ItemOutcome.Status status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }

    /** The items that failed, for a retry of only those. */
    public List<T> failedItems() {
        return outcomes.stream().filter(outcome -> outcome.status() == ItemOutcome.Status.FAILED)
                .map(ItemOutcome::item).toList();
    }
}
