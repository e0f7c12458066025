package com.evolutionconsole.ui.monitor;

import com.evolutionconsole.service.monitor.WatchStatus;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** One watched instance in the monitor panel; the row stays, its status is replaced by each newer snapshot. */
public final class WatchRow {

    private final String name;
    private final ReadOnlyObjectWrapper<WatchStatus> status;

    WatchRow(WatchStatus initial) {
        this.name = initial.name();
        this.status = new ReadOnlyObjectWrapper<>(this, "status", initial);
    }

    public String name() {
        return name;
    }

    public WatchStatus status() {
        return status.get();
    }

    public ReadOnlyObjectProperty<WatchStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Keeps the newest snapshot: checks on different threads may report out of order. */
    boolean update(WatchStatus next) {
        if (next.revision() <= status.get().revision()) {
            return false;
        }
        status.set(next);
        return true;
    }
}
