package com.evolutionconsole.service.batch;

import java.util.Objects;

/** What became of one item of a batch: its result, its failure, or cancelled before it started. */
public record ItemOutcome<T, R>(T item, Status status, R value, Throwable failure) {

    /** SUCCEEDED carries {@code value}, FAILED carries {@code failure}, CANCELLED was never started. */
    public enum Status { SUCCEEDED, FAILED, CANCELLED }

    public ItemOutcome {
        Objects.requireNonNull(status, "status");
    }

    public static <T, R> ItemOutcome<T, R> succeeded(T item, R value) {
        return new ItemOutcome<>(item, Status.SUCCEEDED, value, null);
    }

    public static <T, R> ItemOutcome<T, R> failed(T item, Throwable failure) {
        return new ItemOutcome<>(item, Status.FAILED, null, Objects.requireNonNull(failure, "failure"));
    }

    public static <T, R> ItemOutcome<T, R> cancelled(T item) {
        return new ItemOutcome<>(item, Status.CANCELLED, null, null);
    }
}
