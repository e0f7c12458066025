package com.evolutionconsole.ui.lifecycle;

import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.domain.WebsocketConfig;
import com.evolutionconsole.service.live.LiveSubscription;
import com.evolutionconsole.ui.common.DialogService;
import com.evolutionconsole.ui.common.ErrorBanner;
import com.evolutionconsole.ui.common.UiExecutor;
import com.evolutionconsole.ui.instances.InstanceRow;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Live events for the focused instance. A server without global events sends an instance's events only to its
 * own namespace, and only if the instance has a websocket configuration: turning that on changes the server's
 * configuration, so it happens only when the operator agrees. An instance already configured is listened to.
 */
public final class InstanceEventsViewModel {

    /** What the console asks the server to send for an instance: what the table and the QR pane use. */
    static final List<String> EVENTS = List.of("QRCODE_UPDATED", "CONNECTION_UPDATE", "LOGOUT_INSTANCE",
            "REMOVE_INSTANCE");

    private final Supplier<EvolutionClient> client;
    private final Supplier<LiveSubscription> live;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final ObjectProperty<InstanceRow> instance = new SimpleObjectProperty<>(this, "instance");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note");
    private final ReadOnlyBooleanWrapper offer = new ReadOnlyBooleanWrapper(this, "offer");
    private int asked;

    public InstanceEventsViewModel(Supplier<EvolutionClient> client, Supplier<LiveSubscription> live,
                                   UiExecutor executor, DialogService dialogs) {
        this.client = client;
        this.live = live;
        this.executor = executor;
        this.dialogs = dialogs;
        instance.addListener((obs, old, row) -> look(row));
    }

    private void look(InstanceRow row) {
        int mine = ++asked;
        offer.set(false);
        note.set(null);
        if (row == null || !row.actionable()) {
            return;
        }
        String name = row.name();
        executor.run(() -> client.get().findWebsocket(name), (Optional<WebsocketConfig> config) -> {
            if (mine != asked) {
                return;
            }
            if (config.isPresent() && config.get().enabled()) {
                live.get().watchInstance(name);
                note.set("Live events: on for this instance.");
            } else if (live.get().globalEventsSeen()) {
                note.set("Live events: from the server's global event stream.");
            } else {
                note.set("Live events: this instance has no websocket setting, so only a server with global events"
                        + " sends its events; the console polls it meanwhile.");
                offer.set(true);
            }
        }, failure -> {
            if (mine == asked) {
                note.set("Live events: unknown (" + ErrorBanner.of(failure).summary() + ")");
            }
        });
    }

    /** Asks, then stores a websocket configuration for the instance and listens to its namespace. */
    public void enable() {
        InstanceRow row = instance.get();
        if (row == null || !offer.get()) {
            return;
        }
        String name = row.name();
        if (!dialogs.confirm("Turn on live events for \"" + name + "\"?",
                "This changes the instance's configuration on the server: it stores a websocket setting so the server"
                        + " sends " + String.join(", ", EVENTS) + " for it. Other tools using this server see the"
                        + " setting too. The console then shows new QR codes and state changes at once.", "Turn on")) {
            return;
        }
        offer.set(false);
        executor.run(() -> client.get().setWebsocket(name, new WebsocketConfig(true, EVENTS)), stored -> {
            if (stored.isEmpty()) {
                note.set("The server has websockets turned off (WEBSOCKET_ENABLED): the console keeps polling.");
                return;
            }
            live.get().watchInstance(name);
            note.set("Live events: on for this instance.");
        }, failure -> {
            offer.set(true);
            note.set("Could not turn on live events: " + ErrorBanner.of(failure).fullText());
        });
    }

    public ObjectProperty<InstanceRow> instanceProperty() {
        return instance;
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** True when the console may offer to turn live events on (the operator decides). */
    public ReadOnlyBooleanProperty offerProperty() {
        return offer.getReadOnlyProperty();
    }
}
