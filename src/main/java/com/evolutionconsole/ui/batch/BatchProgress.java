package com.evolutionconsole.ui.batch;

import com.evolutionconsole.service.batch.BatchListener;
import com.evolutionconsole.service.batch.BatchReport;
import com.evolutionconsole.service.batch.BatchRun;
import com.evolutionconsole.service.batch.BatchRunner;
import com.evolutionconsole.service.batch.ItemOutcome;
import com.evolutionconsole.ui.common.ErrorBanner;
import com.evolutionconsole.ui.common.UiExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What both batch dialogs share: their rows, one {@link BatchRun} at a time over some of them with progress
 * handed to the UI thread as each item starts and ends, cancel (the rows not started), the failed rows for a
 * retry, and a summary in the dialog's words ("3 created, 1 failed, 2 cancelled").
 */
public final class BatchProgress<T, R> {

    private final UiExecutor executor;
    private final BatchRunner runner;

    private final ObservableList<BatchItemRow> rows = FXCollections.observableArrayList();
    private final ObservableList<BatchItemRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyIntegerWrapper failedCount = new ReadOnlyIntegerWrapper(this, "failedCount");
    private final BooleanBinding canRetry;

    private BatchRun<T, R> current;
    private BatchWording<R> wording;
    /** Bumped per run, so late progress from an earlier run is ignored. */
    private int generation;

    public BatchProgress(UiExecutor executor, BatchRunner runner) {
        this.executor = executor;
        this.runner = runner;
        canRetry = failedCount.greaterThan(0).and(running.not());
    }

    /** Shows {@code names} as waiting rows; only between runs. */
    public void setRows(List<String> names) {
        if (!running.get()) {
            rows.setAll(names.stream().map(BatchItemRow::new).toList());
            recount();
        }
    }

    /**
     * Runs {@code work} over {@code batchRows} (some of {@link #rows()}), each row's item made by {@code itemOf}
     * from its name; then hands the names that succeeded in this run to {@code onFinished}. Ignored while a run
     * is going on.
     */
    public void run(List<BatchItemRow> batchRows, Function<String, T> itemOf, Function<? super T, ? extends R> work,
                    BatchWording<R> words, Consumer<List<String>> onFinished) {
        if (running.get() || batchRows.isEmpty()) {
            return;
        }
        int run = ++generation;
        List<BatchItemRow> mine = List.copyOf(batchRows);
        wording = words;
        mine.forEach(row -> row.show(BatchItemRow.Stage.WAITING, "Waiting", null, null));
        running.set(true);
        cancelling.set(false);
        progress.set(0);
        progressText.set("0 of " + mine.size() + " done…");
        recount();
        List<T> items = mine.stream().map(row -> itemOf.apply(row.name())).toList();
        BatchRun<T, R> batch = runner.prepare(items, work, new Progress(run, mine));
        current = batch;
        executor.run(batch, report -> {
            if (run == generation) {
                finish(report, mine, onFinished);
            }
        }, failure -> {
            if (run == generation) {
                current = null;
                running.set(false);
                cancelling.set(false);
                progressText.set("The batch stopped: " + ErrorBanner.of(failure).summary());
                recount();
            }
        });
    }

    /** Stops the rows not started; the ones sent finish and show their result. */
    public void cancel() {
        if (running.get() && current != null) {
            cancelling.set(true);
            progressText.set("Cancelling: the items already sent finish first…");
            current.cancel();
        }
    }

    /** The rows that failed, in order: what a retry runs again. */
    public List<BatchItemRow> failedRows() {
        return rows.stream().filter(row -> row.stage() == BatchItemRow.Stage.FAILED).toList();
    }

    private void finish(BatchReport<T, R> report, List<BatchItemRow> mine, Consumer<List<String>> onFinished) {
        current = null;
        running.set(false);
        cancelling.set(false);
        progress.set(1);
        long notStarted = report.count(ItemOutcome.Status.CANCELLED);
        progressText.set(report.cancelled()
                ? "Cancelled: " + notStarted + " not started, the rest finished." : "Finished.");
        recount();
        List<String> succeeded = new ArrayList<>();
        for (int i = 0; i < mine.size(); i++) {
            if (report.outcomes().get(i).status() == ItemOutcome.Status.SUCCEEDED) {
                succeeded.add(mine.get(i).name());
            }
        }
        onFinished.accept(succeeded);
    }

    private void show(BatchItemRow row, ItemOutcome<T, R> outcome) {
        switch (outcome.status()) {
            case SUCCEEDED -> {
                ItemText text = wording.succeeded(row.name(), outcome.value());
                row.show(BatchItemRow.Stage.SUCCEEDED, text.status(), text.detail(), text.tip());
            }
            case FAILED -> {
                ItemText text = wording.failed(row.name(), outcome.failure());
                row.show(BatchItemRow.Stage.FAILED, text.status(), text.detail(), text.tip());
            }
            case CANCELLED -> row.show(BatchItemRow.Stage.CANCELLED, "Cancelled",
                    "Not sent: the batch was cancelled before it started.", null);
        }
    }

    private void recount() {
        int succeeded = 0;
        int failed = 0;
        int cancelled = 0;
        for (BatchItemRow row : rows) {
            switch (row.stage()) {
                case SUCCEEDED -> succeeded++;
                case FAILED -> failed++;
                case CANCELLED -> cancelled++;
                case WAITING, RUNNING -> { }
            }
        }
        failedCount.set(failed);
        summary.set(wording == null ? "" : succeeded + " " + wording.doneWord() + ", " + failed + " failed, "
                + cancelled + " cancelled");
    }

    /** Hands each report from the batch's threads to the UI thread, for the current run only. */
    private final class Progress implements BatchListener<T, R> {
        private final int run;
        private final List<BatchItemRow> mine;
        private int done;

        Progress(int run, List<BatchItemRow> mine) {
            this.run = run;
            this.mine = mine;
        }

        @Override
        public void started(int index, T item) {
            executor.onUi(() -> {
                if (run == generation) {
                    mine.get(index).show(BatchItemRow.Stage.RUNNING, wording.runningStatus(), null, null);
                }
            });
        }

        @Override
        public void finished(int index, ItemOutcome<T, R> outcome) {
            executor.onUi(() -> {
                if (run == generation) {
                    show(mine.get(index), outcome);
                    done++;
                    progress.set((double) done / mine.size());
                    if (!cancelling.get()) {
                        progressText.set(done + " of " + mine.size() + " done…");
                    }
                    recount();
                }
            });
        }
    }

    /** Every row of the dialog, in the order given. */
    public ObservableList<BatchItemRow> rows() {
        return rowsView;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    /** 0..1: items of the current run done. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "2 of 6 done…", "Finished.", "Cancelled: …". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** "3 created, 1 failed, 2 cancelled" over every row; empty before the first run. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty failedCountProperty() {
        return failedCount.getReadOnlyProperty();
    }

    /** Some rows failed and no run is going on. */
    public BooleanBinding canRetryBinding() {
        return canRetry;
    }
}
