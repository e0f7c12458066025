package com.evolutionconsole.domain;

/**
 * An instance with its live state (from connectionState), or with the stored state and {@code liveStateError}
 * when the live state could not be read.
 */
public record InstanceStatus(Instance instance, ConnectionState liveState, String liveStateError) {

    /** The state to show: live when known, else the server's stored copy. */
    public ConnectionState shownState() {
        return liveState != null ? liveState : instance.storedState();
    }
}
