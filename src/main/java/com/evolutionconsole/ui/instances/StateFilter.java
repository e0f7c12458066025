package com.evolutionconsole.ui.instances;

import com.evolutionconsole.domain.ConnectionState;

/** The table's state filter: everything, or one kind of state. */
public enum StateFilter {
    ALL("All states", null),
    OPEN("Open", ConnectionState.Kind.OPEN),
    CONNECTING("Connecting", ConnectionState.Kind.CONNECTING),
    CLOSE("Close", ConnectionState.Kind.CLOSE),
    REFUSED("Refused", ConnectionState.Kind.REFUSED),
    UNKNOWN("Unknown", ConnectionState.Kind.UNKNOWN);

    private final String label;
    private final ConnectionState.Kind kind;

    StateFilter(String label, ConnectionState.Kind kind) {
        this.label = label;
        this.kind = kind;
    }

    public boolean accepts(ConnectionState state) {
        return kind == null || state.kind() == kind;
    }

    public ConnectionState.Kind kind() {
        return kind;
    }

    @Override
    public String toString() {
        return label;
    }
}
