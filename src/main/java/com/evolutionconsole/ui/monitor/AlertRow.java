package com.evolutionconsole.ui.monitor;

import com.evolutionconsole.service.monitor.MonitorAlert;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** One alert in the monitor panel, and whether a person has acknowledged it. */
public final class AlertRow {

    private final MonitorAlert alert;
    private final ReadOnlyBooleanWrapper acknowledged = new ReadOnlyBooleanWrapper(this, "acknowledged");

    AlertRow(MonitorAlert alert) {
        this.alert = alert;
    }

    public MonitorAlert alert() {
        return alert;
    }

    public boolean acknowledged() {
        return acknowledged.get();
    }

    public ReadOnlyBooleanProperty acknowledgedProperty() {
        return acknowledged.getReadOnlyProperty();
    }

    void acknowledge() {
        acknowledged.set(true);
    }
}
