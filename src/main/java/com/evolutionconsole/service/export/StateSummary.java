package com.evolutionconsole.service.export;

import com.evolutionconsole.domain.ConnectionState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The SDK's {@code manage_instances} grouping: connected (open), disconnected (close), and unknown for everything
 * else, including connecting, refused and a state that could not be read. Names keep the order given.
 */
public record StateSummary(List<String> connected, List<String> disconnected, List<String> unknown) {

    public StateSummary {
        connected = List.copyOf(connected);
        disconnected = List.copyOf(disconnected);
        unknown = List.copyOf(unknown);
    }

    /** Groups {@code items} by the state {@code state} gives (null: not read, so unknown). */
    public static <T> StateSummary of(List<T> items, Function<? super T, String> name,
                                      Function<? super T, ConnectionState> state) {
        List<String> connected = new ArrayList<>();
        List<String> disconnected = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (T item : items) {
            ConnectionState known = state.apply(item);
            ConnectionState.Kind kind = known == null ? ConnectionState.Kind.UNKNOWN : known.kind();
            (kind == ConnectionState.Kind.OPEN ? connected
                    : kind == ConnectionState.Kind.CLOSE ? disconnected : unknown).add(name.apply(item));
        }
        return new StateSummary(connected, disconnected, unknown);
    }

    public int total() {
        return connected.size() + disconnected.size() + unknown.size();
    }

    /** For example "2 connected (open) · 1 disconnected (close) · 3 unknown · 6 in all". */
    public String text() {
        return connected.size() + " connected (open) · " + disconnected.size() + " disconnected (close) · "
                + unknown.size() + " unknown · " + total() + " in all";
    }
}
