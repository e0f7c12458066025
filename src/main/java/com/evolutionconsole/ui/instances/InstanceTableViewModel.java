package com.evolutionconsole.ui.instances;

import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.Instance;
import com.evolutionconsole.domain.InstanceStatus;
import com.evolutionconsole.service.InstanceStatusLoader;
import com.evolutionconsole.service.ListingChange;
import com.evolutionconsole.ui.common.Cancellable;
import com.evolutionconsole.ui.common.ErrorBanner;
import com.evolutionconsole.ui.common.UiExecutor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The instance table: rows kept in place across refreshes, a search (name or number) and a state filter that
 * really filter, counters per state, manual and automatic refresh, and an error banner with retry.
 */
public final class InstanceTableViewModel {

    private final Supplier<EvolutionClient> client;
    private final InstanceStatusLoader loader;
    private final UiExecutor executor;

    // The extractor makes a row's state change re-run the filter and the sort for that row only.
    private final ObservableList<InstanceRow> rows =
            FXCollections.observableArrayList(row -> new Observable[] {row.stateProperty(), row.numberProperty()});
    /** One read-only view, kept: a listener on a throwaway wrapper would be collected with it. */
    private final ObservableList<InstanceRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final Map<String, InstanceRow> rowsByName = new HashMap<>();
    private final FilteredList<InstanceRow> filtered = new FilteredList<>(rows);
    private final SortedList<InstanceRow> sorted = new SortedList<>(filtered);

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<StateFilter> stateFilter = new SimpleObjectProperty<>(this, "stateFilter", StateFilter.ALL);
    private final Map<ConnectionState.Kind, ReadOnlyIntegerWrapper> counts = new EnumMap<>(ConnectionState.Kind.class);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper loadedOnce = new ReadOnlyBooleanWrapper(this, "loadedOnce");
    private final ReadOnlyObjectWrapper<ErrorBanner> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyObjectWrapper<Instant> lastRefreshed = new ReadOnlyObjectWrapper<>(this, "lastRefreshed");
    private final ObjectProperty<InstanceRow> focused = new SimpleObjectProperty<>(this, "focused");
    private final ObservableList<InstanceRow> selected = FXCollections.observableArrayList();
    /** Why nothing is focused when a listing took the focused row away, or null. */
    private final ReadOnlyStringWrapper focusedVanished = new ReadOnlyStringWrapper(this, "focusedVanished");
    private final StringBinding detailPlaceholder = Bindings.createStringBinding(() -> focusedVanished.get() != null
            ? focusedVanished.get()
            : "Select an instance in the table to see its QR code, presence and actions."
                    + " Use Ctrl+click or Shift+click to select several for a health check.", focusedVanished);

    private final StringProperty offline = new SimpleStringProperty(this, "offline", "Not connected to a server yet.");
    private final StringBinding placeholder = Bindings.createStringBinding(() -> {
        if (offline.get() != null) {
            return offline.get();
        }
        if (!loadedOnce.get()) {
            return error.get() != null ? "The instances could not be loaded (see the message above)." : "Loading instances…";
        }
        return total.get() == 0 ? "No instances on this server yet. Use \"Create instance\" to add one."
                : "No instance matches the search or state filter.";
    }, offline, loadedOnce, error, total);

    private Cancellable autoRefresh = Cancellable.NONE;
    private Cancellable running = Cancellable.NONE;
    private boolean refreshAgain;
    private String pendingFocus;
    /** Bumped by {@link #clear()}: batches still arriving from the previous server are dropped. */
    private int generation;

    public InstanceTableViewModel(Supplier<EvolutionClient> client, InstanceStatusLoader loader, UiExecutor executor) {
        this.client = client;
        this.loader = loader;
        this.executor = executor;
        for (ConnectionState.Kind kind : ConnectionState.Kind.values()) {
            counts.put(kind, new ReadOnlyIntegerWrapper(this, kind.name().toLowerCase(Locale.ROOT)));
        }
        focused.addListener((obs, old, now) -> {
            if (now != null) {
                focusedVanished.set(null);
            }
        });
        search.addListener((obs, old, now) -> applyFilter());
        stateFilter.addListener((obs, old, now) -> applyFilter());
    }

    /** Reads the server again; a refresh asked for while one runs is done once it ends. */
    public void refresh() {
        if (loading.get()) {
            refreshAgain = true;
            return;
        }
        loading.set(true);
        EvolutionClient current = client.get();
        int mine = generation;
        running = executor.run(() -> {
            loader.load(current, listing -> executor.onUi(() -> {
                if (mine == generation) {
                    applyListing(listing);
                }
            }), states -> executor.onUi(() -> {
                if (mine == generation) {
                    applyStates(states);
                }
            }));
            return null;
        }, done -> finish(), failure -> {
            loading.set(false);
            error.set(ErrorBanner.of(failure));
            continueIfAsked();
        });
    }

    /** Refreshes every {@code interval}; null or zero stops it. */
    public void setAutoRefresh(Duration interval) {
        autoRefresh.cancel();
        autoRefresh = interval == null || interval.isZero() ? Cancellable.NONE : executor.every(interval, this::refresh);
    }

    /** Forgets every row (a new server was chosen). */
    public void clear() {
        generation++;
        running.cancel();
        loader.reset();
        loading.set(false);
        rows.clear();
        rowsByName.clear();
        selected.clear();
        focused.set(null);
        focusedVanished.set(null);
        error.set(null);
        loadedOnce.set(false);
        recount();
    }

    /** Puts a state learned elsewhere (an action, the QR pane) on its row at once. */
    public void showState(String name, ConnectionState state) {
        InstanceRow row = rowsByName.get(name);
        if (row != null) {
            row.setState(state);
            loader.forget(name); // the next reading must be shown even if the server still says the same
            recount();
        }
    }

    /** Reloads and then selects the row of {@code name} (after create), so its QR pane opens. */
    public void refreshAndFocus(String name) {
        pendingFocus = name;
        refresh();
    }

    public InstanceRow row(String name) {
        return rowsByName.get(name);
    }

    /** The listing changed: rows added, updated in place or removed; live states follow in batches. */
    private void applyListing(ListingChange change) {
        error.set(null);
        List<InstanceRow> added = new ArrayList<>();
        for (Instance instance : change.addedOrChanged()) {
            InstanceRow row = rowsByName.get(instance.name());
            if (row == null) {
                row = new InstanceRow(instance);
                rowsByName.put(instance.name(), row);
                added.add(row);
            } else {
                row.update(instance);
            }
        }
        rows.addAll(added); // one change event for all new rows
        if (!change.removed().isEmpty()) {
            Set<String> gone = change.removed();
            rows.removeIf(row -> gone.contains(row.name()));
            rowsByName.keySet().removeAll(gone);
            selected.removeIf(row -> gone.contains(row.name()));
            if (focused.get() != null && gone.contains(focused.get().name())) {
                focusedVanished.set("\"" + focused.get().displayName() + "\" is no longer on the server: it was deleted,"
                        + " or the server was restarted without it.");
                focused.set(null);
            }
        }
        if (pendingFocus != null && rowsByName.containsKey(pendingFocus)) {
            focused.set(rowsByName.get(pendingFocus));
            pendingFocus = null;
        }
        if (!added.isEmpty() || !change.removed().isEmpty()) {
            recount();
        }
        loadedOnce.set(true);
        lastRefreshed.set(executor.clock().instant());
    }

    private void applyStates(List<InstanceStatus> states) {
        boolean changed = false;
        for (InstanceStatus status : states) {
            InstanceRow row = rowsByName.get(status.instance().name());
            if (row != null) {
                changed |= row.update(status);
            }
        }
        if (changed) {
            recount();
        }
    }

    private void finish() {
        loading.set(false);
        continueIfAsked();
    }

    private void continueIfAsked() {
        if (refreshAgain) {
            refreshAgain = false;
            refresh();
        }
    }

    private void recount() {
        Map<ConnectionState.Kind, Integer> tally = new EnumMap<>(ConnectionState.Kind.class);
        for (InstanceRow row : rows) {
            tally.merge(row.state().kind(), 1, Integer::sum);
        }
        counts.forEach((kind, property) -> property.set(tally.getOrDefault(kind, 0)));
        total.set(rows.size());
    }

    private void applyFilter() {
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        String digits = text.replaceAll("[^0-9]", "");
        StateFilter filter = stateFilter.get() == null ? StateFilter.ALL : stateFilter.get();
        if (text.isEmpty() && filter == StateFilter.ALL) {
            filtered.setPredicate(null);
            return;
        }
        filtered.setPredicate(row -> filter.accepts(row.state()) && (text.isEmpty()
                || row.displayName().toLowerCase(Locale.ROOT).contains(text)
                || (!digits.isEmpty() && row.numberProperty().get() != null && row.numberProperty().get().contains(digits))));
    }

    /** The rows as shown: filtered, and sorted by the comparator the View binds to the table's. */
    public SortedList<InstanceRow> shownRows() {
        return sorted;
    }

    /** Every row, unfiltered. */
    public ObservableList<InstanceRow> allRows() {
        return rowsView;
    }

    /** Why there is no server to list (connecting, failed, none yet), or null once one is connected. */
    public StringProperty offlineProperty() {
        return offline;
    }

    /** What the empty table says: offline, loading, empty server, or nothing matching the filter. */
    public StringBinding placeholderBinding() {
        return placeholder;
    }

    /** What the detail pane says with no row focused: which instance vanished, or how to pick one. */
    public StringBinding detailPlaceholderBinding() {
        return detailPlaceholder;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<StateFilter> stateFilterProperty() {
        return stateFilter;
    }

    public ReadOnlyIntegerProperty countProperty(ConnectionState.Kind kind) {
        return counts.get(kind).getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** False until the first list arrived: the View shows "loading" rather than "no instances" before it. */
    public ReadOnlyBooleanProperty loadedOnceProperty() {
        return loadedOnce.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ErrorBanner> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastRefreshedProperty() {
        return lastRefreshed.getReadOnlyProperty();
    }

    /** The row whose details (QR, actions) are shown; the View keeps it in step with the table's focus. */
    public ObjectProperty<InstanceRow> focusedProperty() {
        return focused;
    }

    /** The rows selected in the table, for actions on several (health); the View keeps it in step. */
    public ObservableList<InstanceRow> selectedRows() {
        return selected;
    }
}
