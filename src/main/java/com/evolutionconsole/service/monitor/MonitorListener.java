package com.evolutionconsole.service.monitor;

/** What the monitor reports. Called on the checking threads: hand over to the UI thread before touching it. */
public interface MonitorListener {

    default void alertRaised(MonitorAlert alert) {
    }

    /**
     * A watched instance changed: a check, a restart, a new timeline entry, a setting. The status carries the
     * whole timeline. Snapshots may arrive out of order from different threads: keep the highest revision.
     */
    default void watchChanged(WatchStatus status) {
    }

    default void watchRemoved(String name) {
    }
}
