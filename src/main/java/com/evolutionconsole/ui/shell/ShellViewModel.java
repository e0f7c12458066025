package com.evolutionconsole.ui.shell;

import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.service.ServerConnection;
import com.evolutionconsole.service.ServerConnector;
import com.evolutionconsole.service.live.LiveEvent;
import com.evolutionconsole.service.monitor.DurationText;
import com.evolutionconsole.service.live.LiveEventStream;
import com.evolutionconsole.service.live.LiveEvents;
import com.evolutionconsole.service.live.LiveSubscription;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import com.evolutionconsole.ui.common.ErrorBanner;
import com.evolutionconsole.ui.common.UiExecutor;
import com.evolutionconsole.ui.bulk.InstanceListExporter;
import com.evolutionconsole.ui.instances.InstanceTableViewModel;
import com.evolutionconsole.ui.lifecycle.InstanceActionsViewModel;
import java.time.Duration;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window's state: which server the console talks to (and whether it is the demo), the table, and the
 * focused instance's actions. Switching servers clears the table and reloads it.
 */
public final class ShellViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ShellViewModel.class);

    /** Offered intervals for the automatic refresh; zero is "off". */
    public static final Duration[] AUTO_REFRESH_CHOICES = {Duration.ZERO, Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1)};

    private final UiExecutor executor;
    private final ServerConnector connector;
    private final ReadOnlyObjectWrapper<ServerConnection> connection = new ReadOnlyObjectWrapper<>(this, "connection");
    private final ReadOnlyBooleanWrapper connecting = new ReadOnlyBooleanWrapper(this, "connecting");
    private final ReadOnlyObjectWrapper<ErrorBanner> connectError = new ReadOnlyObjectWrapper<>(this, "connectError");
    private final ObjectProperty<Duration> autoRefresh = new SimpleObjectProperty<>(this, "autoRefresh", Duration.ofSeconds(10));
    private final InstanceTableViewModel table;
    private final InstanceActionsViewModel actions;
    private final LiveEvents liveEvents;
    private final ReadOnlyObjectWrapper<LiveEventStream.Status> liveStatus =
            new ReadOnlyObjectWrapper<>(this, "liveStatus", LiveEventStream.Status.DOWN);
    private final List<Consumer<LiveEvent>> liveListeners = new ArrayList<>();
    private LiveSubscription stream = LiveSubscription.NONE;
    private long connectAttempts;
    private Runnable lastRequest;

    // derived state, built once: every binding listens to the properties it reads
    private final StringBinding updateMode;
    private final StringBinding serverTitle;
    private final StringBinding keyDescription;
    private final StringBinding createBlockedReason;
    private final StringBinding demoNotice;
    private final StringBinding stateSummary;

    public ShellViewModel(UiExecutor executor, ServerConnector connector, InstanceTableViewModel table,
                          InstanceActionsViewModel actions, LiveEvents liveEvents) {
        this.liveEvents = liveEvents;
        this.executor = executor;
        this.connector = connector;
        this.table = table;
        this.actions = actions;
        actions.instanceProperty().bind(table.focusedProperty());
        updateMode = newUpdateMode();
        serverTitle = newServerTitle();
        keyDescription = newKeyDescription();
        createBlockedReason = newCreateBlockedReason();
        demoNotice = newDemoNotice();
        stateSummary = Bindings.createStringBinding(() -> connection.get() == null ? ""
                : InstanceListExporter.summarize(table.allRows()).text(), connection, table.totalProperty(),
                table.countProperty(ConnectionState.Kind.OPEN), table.countProperty(ConnectionState.Kind.CLOSE));
        autoRefresh.addListener((obs, old, now) -> {
            if (connection.get() != null) {
                table.setAutoRefresh(now);
            }
        });
    }

    /** Connects to {@code url} with {@code key} in the background; on success the table loads. */
    public void connect(String url, Secret key, boolean demo) {
        connect(url, key, null, demo, connection -> { }, failure -> { });
    }

    /**
     * As {@link #connect(String, Secret, boolean)}, trusting the certificate with fingerprint {@code pin} (may be
     * null); {@code onConnected} or {@code onFailed} runs on the UI thread after the window shows the outcome. Only
     * the latest request counts: an earlier one that answers late is closed, not shown.
     */
    public void connect(String url, Secret key, String pin, boolean demo, Consumer<ServerConnection> onConnected,
                        Consumer<Throwable> onFailed) {
        lastRequest = () -> connect(url, key, pin, demo, onConnected, onFailed);
        long attempt = ++connectAttempts;
        connecting.set(true);
        connectError.set(null);
        if (connection.get() == null) { // while switching, the current server's table stays as it is
            table.offlineProperty().set("Connecting to the server…");
        }
        executor.run(() -> connector.connect(url, key, pin, demo), made -> {
            if (attempt != connectAttempts) {
                made.client().close();
                return;
            }
            use(made);
            onConnected.accept(made);
        }, failure -> {
            if (attempt == connectAttempts) {
                reportNotConnected(ErrorBanner.of(failure));
                onFailed.accept(failure);
            }
        });
    }

    /**
     * The banner's Retry: reads the list again when connected, else repeats the last connection attempt; false
     * when there is nothing to repeat (the operator chooses a server instead).
     */
    public boolean retry() {
        if (connectError.get() != null && lastRequest != null) {
            lastRequest.run(); // a failed switch, even while still connected to the previous server
            return true;
        }
        if (connection.get() != null) {
            table.refresh();
            return true;
        }
        if (lastRequest == null) {
            return false;
        }
        lastRequest.run();
        return true;
    }

    /** Counts connection requests and switches, so a caller can tell whether another one came after its own. */
    public long connectAttempts() {
        return connectAttempts;
    }

    /** What the banner's Retry does while not connected, instead of repeating the last request as it was. */
    public void retryWith(Runnable again) {
        lastRequest = again;
    }

    /** Says why the console is not connected (a failed connection, a key the operator did not give). */
    public void reportNotConnected(ErrorBanner why) {
        connecting.set(false);
        connectError.set(why);
        if (connection.get() == null) { // a failed switch leaves the previous server in use
            table.offlineProperty().set("Not connected to a server (see the message above).");
        }
    }

    /** Shows why there is no server at all (the demo server could not start). */
    public void reportStartFailure(Throwable failure) {
        ErrorBanner cause = ErrorBanner.of(failure);
        reportNotConnected(new ErrorBanner("The built-in demo server could not start: " + cause.summary(),
                "Use \"Servers…\" to manage a real Evolution API server.", cause.serverMessage()));
    }

    /** Takes an already checked connection (from the connect dialog). */
    public void use(ServerConnection next) {
        connectAttempts++; // a connection still being made in the background is no longer wanted
        ServerConnection previous = connection.get();
        connecting.set(false);
        connectError.set(null);
        table.clear();
        closeStream();
        table.offlineProperty().set(null);
        connection.set(next);
        if (previous != null && previous != next) {
            previous.client().close();
        }
        table.refresh();
        table.setAutoRefresh(autoRefresh.get());
        try {
            stream = liveEvents.open(next, event -> executor.onUi(() -> {
                if (connection.get() == next) {
                    onLiveEvent(event);
                }
            }), status -> executor.onUi(() -> {
                if (connection.get() == next) {
                    liveStatus.set(status);
                }
            }));
        } catch (RuntimeException e) {
            // without events the console still works: it polls, and the status bar says so
            LOG.warn("Live events could not start; polling instead", e);
            liveStatus.set(LiveEventStream.Status.DOWN);
        }
    }

    /** Listeners for server events, called on the UI thread (the QR pane). */
    public void addLiveListener(Consumer<LiveEvent> listener) {
        liveListeners.add(listener);
    }

    /** Rows follow the events at once; creations and removals reload the list. */
    private void onLiveEvent(LiveEvent event) {
        switch (event.event()) {
            case LiveEvent.CONNECTION_UPDATE -> {
                if (event.state() != null) {
                    table.showState(event.instance(), event.state());
                }
            }
            case LiveEvent.LOGOUT_INSTANCE -> table.showState(event.instance(), ConnectionState.CLOSE);
            case LiveEvent.REMOVE_INSTANCE, LiveEvent.INSTANCE_DELETE, LiveEvent.INSTANCE_CREATE -> table.refresh();
            default -> { }
        }
        liveListeners.forEach(listener -> listener.accept(event));
    }

    /** Stops the event stream (the window closes or another server is chosen). */
    public void closeStream() {
        stream.close();
        stream = LiveSubscription.NONE;
        liveStatus.set(LiveEventStream.Status.DOWN);
    }

    /** The current live-event stream (watch an instance's namespace, ask whether global events flow). */
    public LiveSubscription liveEvents() {
        return stream;
    }

    public ReadOnlyObjectProperty<LiveEventStream.Status> liveStatusProperty() {
        return liveStatus.getReadOnlyProperty();
    }

    /** "Live updates", or how the console keeps up without them. */
    private StringBinding newUpdateMode() {
        return Bindings.createStringBinding(() -> {
            if (connection.get() == null) {
                return "";
            }
            if (liveStatus.get() == LiveEventStream.Status.LIVE) {
                return "Live updates";
            }
            Duration every = autoRefresh.get();
            String polling = every == null || every.isZero() ? "Refresh by hand (F5)"
                    : "Polling every " + DurationText.of(every);
            return polling + (liveStatus.get() == LiveEventStream.Status.CONNECTING ? " — connecting to live events…"
                    : " — live events unavailable");
        }, connection, liveStatus, autoRefresh);
    }

    /** Called when an action changed an instance: show what is known at once, then re-read the list. */
    public void instanceChanged(String name, ConnectionState knownState) {
        if (knownState != null) {
            table.showState(name, knownState);
        }
        table.refresh();
    }

    /** The current client; only valid once connected. */
    public EvolutionClient client() {
        ServerConnection current = connection.get();
        if (current == null) {
            throw new IllegalStateException("not connected to a server yet");
        }
        return current.client();
    }

    public ReadOnlyObjectProperty<ServerConnection> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectingProperty() {
        return connecting.getReadOnlyProperty();
    }

    /** Why the first connection failed (the table's banner covers failures after that). */
    public ReadOnlyObjectProperty<ErrorBanner> connectErrorProperty() {
        return connectError.getReadOnlyProperty();
    }

    public ObjectProperty<Duration> autoRefreshProperty() {
        return autoRefresh;
    }

    public InstanceTableViewModel table() {
        return table;
    }

    public InstanceActionsViewModel actions() {
        return actions;
    }

    /** "Demo server · v2.3.6" or the URL and version. */
    private StringBinding newServerTitle() {
        return Bindings.createStringBinding(() -> {
            ServerConnection c = connection.get();
            if (c == null) {
                return connecting.get() ? "Connecting…" : "Not connected";
            }
            return (c.demo() ? "Demo server" : c.url()) + " · Evolution API " + c.info().version();
        }, connection, connecting);
    }

    /** What the key opens, in words. */
    private StringBinding newKeyDescription() {
        return Bindings.createStringBinding(() -> {
            ServerConnection c = connection.get();
            if (c == null) {
                return "";
            }
            return switch (c.key().kind()) {
                case GLOBAL -> "Global API key";
                case INSTANCE_TOKEN -> "Instance token" + (c.key().instanceName() == null ? ""
                        : " — only \"" + c.key().instanceName() + "\"");
                case UNDETERMINED -> "API key (kind unknown on this server version)";
            };
        }, connection);
    }

    /** Why create is disabled, or null. */
    private StringBinding newCreateBlockedReason() {
        return Bindings.createStringBinding(() -> {
            ServerConnection c = connection.get();
            if (c == null) {
                return "Connect to a server first.";
            }
            return c.canCreate() ? null
                    : "Creating instances needs the server's global API key; this is an instance token.";
        }, connection);
    }

    /** A plain statement that this is the demo server, or null. */
    private StringBinding newDemoNotice() {
        return Bindings.createStringBinding(() -> {
            ServerConnection c = connection.get();
            return c != null && c.demo()
                    ? "Demo mode: this is a built-in Evolution API server on this computer (" + c.url()
                    + ") with sample instances, not your real server. Use \"Servers…\" to manage a real one."
                    : null;
        }, connection);
    }
    public StringBinding updateMode() {
        return updateMode;
    }

    public StringBinding serverTitle() {
        return serverTitle;
    }

    public StringBinding keyDescription() {
        return keyDescription;
    }

    public StringBinding createBlockedReason() {
        return createBlockedReason;
    }

    public StringBinding demoNotice() {
        return demoNotice;
    }

    /** The SDK's connected / disconnected / unknown summary of the listed instances; empty without a server. */
    public StringBinding stateSummary() {
        return stateSummary;
    }
}
