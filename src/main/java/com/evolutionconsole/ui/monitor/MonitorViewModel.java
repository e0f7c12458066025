package com.evolutionconsole.ui.monitor;

import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.service.monitor.DurationText;
import com.evolutionconsole.service.monitor.InstanceMonitor;
import com.evolutionconsole.service.monitor.MonitorAlert;
import com.evolutionconsole.service.monitor.MonitorListener;
import com.evolutionconsole.service.monitor.MonitorSettings;
import com.evolutionconsole.service.monitor.StatusReason;
import com.evolutionconsole.service.monitor.TimelineEntry;
import com.evolutionconsole.service.monitor.WatchStatus;
import com.evolutionconsole.ui.common.DialogService;
import com.evolutionconsole.ui.common.UiExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/** The monitor panel's state: watched instances, alerts, the selected timeline, settings; fed via {@link UiExecutor#onUi}. */
public final class MonitorViewModel {

    public static final List<Duration> INTERVAL_CHOICES = List.of(Duration.ofSeconds(30), Duration.ofMinutes(1),
            Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(10));
    public static final List<Duration> THRESHOLD_CHOICES = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2),
            Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15));
    public static final int MAX_RESTARTS_LIMIT = 10;
    /** Older alerts are dropped beyond this many: a monitor left running for weeks must not grow without end. */
    static final int ALERT_LIMIT = 500;

    private final InstanceMonitor monitor;
    private final DialogService dialogs;
    private final DesktopNotifier notifier;

    private final ObservableList<WatchRow> watched = FXCollections.observableArrayList();
    private final ObservableList<WatchRow> watchedView = FXCollections.unmodifiableObservableList(watched);
    private final Map<String, WatchRow> rowsByName = new HashMap<>();
    private final ObservableSet<String> watchedNames = FXCollections.observableSet();
    private final ObservableSet<String> watchedNamesView = FXCollections.unmodifiableObservableSet(watchedNames);
    private final ObjectProperty<WatchRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final ObservableList<TimelineEntry> timelineView = FXCollections.unmodifiableObservableList(timeline);
    private final ObservableList<AlertRow> alerts = FXCollections.observableArrayList();
    private final ObservableList<AlertRow> alertsView = FXCollections.unmodifiableObservableList(alerts);
    private final ReadOnlyIntegerWrapper unacknowledged = new ReadOnlyIntegerWrapper(this, "unacknowledged");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Nothing watched yet.");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");

    private final ObjectProperty<Duration> checkInterval;
    private final ObjectProperty<Duration> alertAfter;
    private final ObjectProperty<Integer> maxRestarts;
    private final BooleanProperty desktopNotifications;

    public MonitorViewModel(Supplier<EvolutionClient> client, UiExecutor executor, DialogService dialogs,
                            DesktopNotifier notifier) {
        this.dialogs = dialogs;
        this.notifier = notifier;
        UiExecutorScheduler scheduler = new UiExecutorScheduler(executor);
        MonitorSettings defaults = MonitorSettings.defaults();
        monitor = new InstanceMonitor(client, scheduler, scheduler.clock(), defaults);
        monitor.addListener(new MonitorListener() {
            @Override
            public void alertRaised(MonitorAlert alert) {
                executor.onUi(() -> addAlert(alert));
            }

            @Override
            public void watchChanged(WatchStatus status) {
                executor.onUi(() -> show(status));
            }

            @Override
            public void watchRemoved(String name) {
                executor.onUi(() -> remove(name));
            }
        });
        checkInterval = setting("checkInterval", defaults.checkInterval(), MonitorSettings::withCheckInterval);
        alertAfter = setting("alertAfter", defaults.alertAfter(), MonitorSettings::withAlertAfter);
        maxRestarts = setting("maxRestarts", defaults.maxRestarts(), (settings, value) -> {
            if (value > MAX_RESTARTS_LIMIT) {
                throw new IllegalArgumentException("at most " + MAX_RESTARTS_LIMIT + " restarts");
            }
            return settings.withMaxRestarts(value);
        });
        // on by default: where the system has no notifications, showing one does nothing
        desktopNotifications = new SimpleBooleanProperty(this, "desktopNotifications", true);
        selected.addListener((obs, old, now) -> showTimeline());
    }

    /** Starts watching {@code name} (auto-restart off) and checks it at once. */
    public void watch(String name) {
        monitor.watch(name, false);
    }

    /** What the table's "Watch" toggle calls. */
    public void toggleWatch(String name) {
        if (!monitor.unwatch(name)) {
            monitor.watch(name, false);
        }
    }

    /** Stops watching everything (the shell calls it when the console switches servers). */
    public void unwatchAll() {
        monitor.unwatchAll();
    }

    /** Checks the selected instance now, in the background. */
    public void checkSelectedNow() {
        WatchRow row = selected.get();
        if (row != null) {
            monitor.checkNow(row.name());
        }
    }

    /** Stops watching the selected instance. */
    public void unwatchSelected() {
        WatchRow row = selected.get();
        if (row != null) {
            monitor.unwatch(row.name());
        }
    }

    /**
     * Turns auto-restart on (after the person confirms: a restart drops the WhatsApp socket) or off. The row's
     * status says what was decided.
     */
    public void setAutoRestart(WatchRow row, boolean on) {
        if (on && !dialogs.confirm("Restart \"" + row.name() + "\" automatically?",
                "When \"" + row.name() + "\" stays unhealthy past the alert threshold, the console restarts it, up to "
                        + maxRestarts.get() + " times with growing pauses (30 s, 1 min, 2 min…), and checks it after "
                        + "each restart. A logged-out instance is never restarted: it needs a new QR code.",
                "Restart automatically")) {
            return;
        }
        monitor.setAutoRestart(row.name(), on);
    }

    public void acknowledge(AlertRow row) {
        if (row != null && !row.acknowledged()) {
            row.acknowledge();
            countUnacknowledged();
        }
    }

    public void acknowledgeAll() {
        alerts.forEach(AlertRow::acknowledge);
        countUnacknowledged();
    }

    /** Removes every alert; asks first when some were not acknowledged yet. */
    public void clearAlerts() {
        int open = unacknowledged.get();
        if (open > 0 && !dialogs.confirm("Clear the alerts?", open + " alert" + (open == 1 ? " was" : "s were")
                + " not acknowledged yet. Clearing removes them from the list; the timelines keep them.", "Clear")) {
            return;
        }
        alerts.clear();
        countUnacknowledged();
    }

    /** Copies the selected instance's timeline as text, oldest first, times in UTC. */
    public void copyTimeline() {
        WatchRow row = selected.get();
        if (row == null) {
            return;
        }
        StringBuilder text = new StringBuilder("Timeline of ").append(row.name()).append('\n');
        for (TimelineEntry entry : row.status().timeline()) {
            text.append(entry.at()).append("  ").append(entry.state() == null ? "—" : entry.state().label())
                    .append("  ").append(entry.reasonCode() == null ? "—" : StatusReason.describe(entry.reasonCode()))
                    .append("  ").append(entry.event().label()).append(": ").append(entry.text());
            if (entry.count() > 1) {
                text.append(" (×").append(entry.count()).append(", last ").append(entry.lastAt()).append(')');
            }
            text.append('\n');
        }
        dialogs.copyToClipboard(text.toString());
        notice.set("Timeline of \"" + row.name() + "\" copied to the clipboard.");
    }

    /** Stops all checks and removes the tray icon; for closing the window. */
    public void stop() {
        monitor.close();
        notifier.close();
    }

    /** The monitor itself, for features that call {@link InstanceMonitor#checkNow} (live events). */
    public InstanceMonitor monitor() {
        return monitor;
    }

    /** A notification title for an alert kind, also the alert list's first words. */
    public static String title(MonitorAlert.Kind kind) {
        return switch (kind) {
            case UNHEALTHY -> "Instance unhealthy";
            case LOGGED_OUT -> "Instance logged out";
            case MISSING -> "Instance missing";
            case GAVE_UP -> "Auto-restart gave up";
            case RECOVERED -> "Instance recovered";
        };
    }

    /** How a settings choice reads: "1 min", "30 s". */
    public static String durationLabel(Duration duration) {
        return DurationText.of(duration);
    }

    private void show(WatchStatus status) {
        WatchRow row = rowsByName.get(status.name());
        if (row == null) {
            // A late report about an instance no longer watched must not bring its row back.
            if (!monitor.isWatched(status.name())) {
                return;
            }
            row = new WatchRow(status);
            rowsByName.put(status.name(), row);
            watched.add(row);
            watchedNames.add(status.name());
        } else if (!row.update(status)) {
            return;
        }
        if (row == selected.get()) {
            showTimeline();
        }
        summarize();
    }

    private void remove(String name) {
        WatchRow row = rowsByName.remove(name);
        if (row == null) {
            return;
        }
        watched.remove(row);
        watchedNames.remove(name);
        if (selected.get() == row) {
            selected.set(null);
        }
        summarize();
    }

    private void addAlert(MonitorAlert alert) {
        alerts.add(0, new AlertRow(alert));
        if (alerts.size() > ALERT_LIMIT) {
            alerts.remove(ALERT_LIMIT, alerts.size());
        }
        countUnacknowledged();
        if (desktopNotifications.get()) {
            notifier.show(title(alert.kind()) + ": " + alert.instance(), alert.message(), alert.severe());
        }
    }

    /** Newest first. */
    private void showTimeline() {
        WatchRow row = selected.get();
        if (row == null) {
            timeline.clear();
            return;
        }
        List<TimelineEntry> newestFirst = new ArrayList<>(row.status().timeline());
        Collections.reverse(newestFirst);
        timeline.setAll(newestFirst);
    }

    private void countUnacknowledged() {
        unacknowledged.set((int) alerts.stream().filter(row -> !row.acknowledged()).count());
    }

    private void summarize() {
        long attention = watched.stream().filter(row -> row.status().attention()).count();
        summary.set(watched.isEmpty() ? "Nothing watched yet."
                : watched.size() + " watched · " + attention + " need" + (attention == 1 ? "s" : "") + " attention");
    }

    /** A setting property that applies each valid change to the monitor at once and refuses an invalid one. */
    private <T> ObjectProperty<T> setting(String name, T initial, BiFunction<MonitorSettings, T, MonitorSettings> with) {
        ObjectProperty<T> property = new SimpleObjectProperty<>(this, name, initial);
        property.addListener((obs, old, now) -> {
            try {
                monitor.updateSettings(with.apply(monitor.settings(), now));
            } catch (RuntimeException invalid) {
                property.set(old);
            }
        });
        return property;
    }

    public ObservableList<WatchRow> watched() {
        return watchedView;
    }

    /** The watched names, for the instance table's "Watch" toggle. */
    public ObservableSet<String> watchedNames() {
        return watchedNamesView;
    }

    /** The watched instance whose timeline shows; the View follows its table's selection. */
    public ObjectProperty<WatchRow> selectedProperty() {
        return selected;
    }

    /** The selected instance's timeline, newest first. */
    public ObservableList<TimelineEntry> timeline() {
        return timelineView;
    }

    /** Alerts, newest first. */
    public ObservableList<AlertRow> alerts() {
        return alertsView;
    }

    public ReadOnlyIntegerProperty unacknowledgedProperty() {
        return unacknowledged.getReadOnlyProperty();
    }

    /** "3 watched · 1 needs attention". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The outcome of the last copy. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ObjectProperty<Duration> checkIntervalProperty() {
        return checkInterval;
    }

    /** How long an instance may stay unhealthy before an alert. */
    public ObjectProperty<Duration> alertAfterProperty() {
        return alertAfter;
    }

    /** Restart attempts per episode, 1 to {@link #MAX_RESTARTS_LIMIT}. */
    public ObjectProperty<Integer> maxRestartsProperty() {
        return maxRestarts;
    }

    /** Off, and the View's switch disabled, where the system has no notifications. */
    public BooleanProperty desktopNotificationsProperty() {
        return desktopNotifications;
    }

    /** False where the system offers no desktop notifications. */
    public boolean desktopNotificationsSupported() {
        return notifier.supported();
    }
}
