package com.evolutionconsole.ui.lifecycle;

import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.Presence;
import com.evolutionconsole.ui.common.DialogService;
import com.evolutionconsole.ui.common.UiExecutor;
import com.evolutionconsole.ui.instances.InstanceRow;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * Presence and lifecycle actions for the focused instance: presence only while open (and why not otherwise);
 * restart; logout after a confirmation; delete after typing the name. One action at a time, with its name exposed
 * so the View can show progress on that button, and a result line that keeps the server's words and a tip.
 */
public final class InstanceActionsViewModel {

    /** Told after an action changed an instance: its name and the state it is now known to have (or null). */
    private final BiConsumer<String, ConnectionState> changed;
    private final Supplier<EvolutionClient> client;
    private final UiExecutor executor;
    private final DialogService dialogs;

    private final ObjectProperty<InstanceRow> instance = new SimpleObjectProperty<>(this, "instance");
    private final ReadOnlyStringWrapper running = new ReadOnlyStringWrapper(this, "running");
    private final ReadOnlyObjectWrapper<ActionResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableValue<ConnectionState> state;
    private final BooleanBinding presenceAllowed;
    private final StringBinding presenceBlockedReason;
    private final BooleanBinding lifecycleAllowed;

    public InstanceActionsViewModel(Supplier<EvolutionClient> client, UiExecutor executor, DialogService dialogs,
                                    BiConsumer<String, ConnectionState> changed) {
        this.client = client;
        this.executor = executor;
        this.dialogs = dialogs;
        this.changed = changed;
        state = Bindings.select(instance, "state");
        presenceAllowed = Bindings.createBooleanBinding(() -> running.get() == null && state.getValue() != null
                && state.getValue().isOpen() && instance.get().actionable(), state, running, instance);
        presenceBlockedReason = Bindings.createStringBinding(() -> {
            InstanceRow row = instance.get();
            if (row == null) {
                return "Select an instance.";
            }
            if (!row.actionable()) {
                return "This instance has no name, so the server cannot reach it through the API.";
            }
            ConnectionState now = state.getValue();
            if (now == null || !now.isOpen()) {
                return "Presence can be set only while the instance is connected (open); it is "
                        + (now == null ? "unknown" : now.label()) + " now. Connect it first.";
            }
            return running.get() != null ? "Wait for " + running.get() + " to finish." : null;
        }, instance, state, running);
        lifecycleAllowed = Bindings.createBooleanBinding(() -> running.get() == null && instance.get() != null
                && instance.get().actionable(), instance, running);
        instance.addListener((obs, old, now) -> result.set(null));
    }

    public void setPresence(Presence presence) {
        String name = targetName();
        if (name == null || !presenceAllowed.get()) {
            return;
        }
        perform("presence", () -> {
            client.get().setPresence(name, presence);
            return null;
        }, ignored -> ActionResult.done("Presence of \"" + name + "\" set to " + presence.label().toLowerCase() + "."), name, null);
    }

    public void restart() {
        String name = targetName();
        if (name == null) {
            return;
        }
        perform("restart", () -> client.get().restart(name), outcome -> ActionResult.done(outcome.alreadyConnected()
                        ? "\"" + name + "\" restarted and is connected again."
                        : "Restart requested: the server reconnects \"" + name + "\" by itself."),
                name, null);
    }

    public void logout() {
        String name = targetName();
        if (name == null || !dialogs.confirm("Log out \"" + name + "\"?",
                "The instance leaves WhatsApp on its phone. It stays on the server and can be paired again with a new QR code.",
                "Log out")) {
            return;
        }
        perform("logout", () -> {
            client.get().logout(name);
            return null;
        }, ignored -> ActionResult.done("\"" + name + "\" is logged out. Connect it to pair again."), name,
                ConnectionState.CLOSE);
    }

    public void delete() {
        String name = targetName();
        if (name == null || !dialogs.confirmByTyping("Delete \"" + name + "\"?",
                "This permanently removes the instance and its WhatsApp session from the server. It cannot be undone. "
                        + "Type the instance name to confirm.", name)) {
            return;
        }
        perform("delete", () -> {
            client.get().delete(name);
            return null;
        }, ignored -> ActionResult.done("\"" + name + "\" was deleted."), name, null);
    }

    private String targetName() {
        InstanceRow row = instance.get();
        return row == null || !row.actionable() || running.get() != null ? null : row.name();
    }

    private <T> void perform(String action, Callable<T> work, java.util.function.Function<T, ActionResult> success,
                             String name, ConnectionState knownState) {
        running.set(action);
        result.set(null);
        executor.run(work, value -> {
            running.set(null);
            result.set(success.apply(value));
            changed.accept(name, knownState);
        }, failure -> {
            running.set(null);
            result.set(ActionResult.failed(failure));
            changed.accept(name, null);
        });
    }

    /** The instance the actions apply to; the shell binds it to the table's focused row. */
    public ObjectProperty<InstanceRow> instanceProperty() {
        return instance;
    }

    /** The action in progress ("restart", "logout", "delete", "presence") or null. */
    public ReadOnlyStringProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ActionResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public BooleanBinding presenceAllowedBinding() {
        return presenceAllowed;
    }

    /** Why presence buttons are disabled, or null when they are enabled. */
    public StringBinding presenceBlockedReasonBinding() {
        return presenceBlockedReason;
    }

    /** The focused instance's live state (null without one), followed as it changes. */
    public ObservableValue<ConnectionState> stateValue() {
        return state;
    }

    public BooleanBinding lifecycleAllowedBinding() {
        return lifecycleAllowed;
    }
}
