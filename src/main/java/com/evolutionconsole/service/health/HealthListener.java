package com.evolutionconsole.service.health;

/** Progress of a health run. Called on the checking threads: hand over to the UI thread before touching it. */
public interface HealthListener {

    /** The number of instances to check is known (after the list was read). */
    default void started(int total) {
    }

    /** One more instance is done: {@code done} of {@code total}. */
    default void instanceChecked(InstanceHealth health, int done, int total) {
    }

    default void serverChecked(ServerHealth server) {
    }
}
