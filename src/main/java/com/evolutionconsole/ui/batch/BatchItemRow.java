package com.evolutionconsole.ui.batch;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One item of a batch as the dialogs show it: its name, where it stands, and what happened to it. */
public final class BatchItemRow {

    /** Where an item stands; the words for it ("Created · QR ready") are in {@link #statusProperty()}. */
    public enum Stage { WAITING, RUNNING, SUCCEEDED, FAILED, CANCELLED }

    private final String name;
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(this, "stage", Stage.WAITING);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Waiting");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail");
    private final ReadOnlyStringWrapper tip = new ReadOnlyStringWrapper(this, "tip");

    public BatchItemRow(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    void show(Stage newStage, String newStatus, String newDetail, String newTip) {
        stage.set(newStage);
        status.set(newStatus);
        detail.set(newDetail);
        tip.set(newTip);
    }

    public String name() {
        return name;
    }

    public Stage stage() {
        return stage.get();
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** Short words for the status column: "Waiting", "Creating…", "Created · QR ready", "Failed". */
    public String status() {
        return status.get();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The result or the reason in a sentence, with the server's own words on a failure; null while waiting. */
    public String detail() {
        return detail.get();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** What to do about a failure, or null. */
    public String tip() {
        return tip.get();
    }

    public ReadOnlyStringProperty tipProperty() {
        return tip.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return "BatchItemRow[" + name + ", " + stage.get() + ", " + status.get() + "]";
    }
}
