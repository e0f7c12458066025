package com.evolutionconsole.service.batch;

/**
 * Progress of a batch, per item by its index in the run's list. Called on the batch's threads: hand over to the
 * UI thread before touching it.
 */
public interface BatchListener<T, R> {

    /** The item is about to be sent. */
    default void started(int index, T item) {
    }

    /** The item is done: succeeded, failed, or cancelled before it started. Each item is reported once. */
    default void finished(int index, ItemOutcome<T, R> outcome) {
    }
}
