package com.evolutionconsole.ui.server;

import com.evolutionconsole.domain.KeyKind;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.service.ServerConnection;
import com.evolutionconsole.service.ServerConnector;
import com.evolutionconsole.ui.common.ErrorBanner;
import com.evolutionconsole.ui.common.UiExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Connect to server": a URL and a key, checked the way the console will use them ({@code GET /} for the version,
 * {@code verify-creds} and the listing for the key's kind) before the operator switches to that server.
 */
public final class ConnectServerViewModel {

    private final ServerConnector connector;
    private final UiExecutor executor;
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty key = new SimpleStringProperty(this, "key", "");
    private final BooleanProperty keyRevealed = new SimpleBooleanProperty(this, "keyRevealed");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ReadOnlyObjectWrapper<ServerConnection> checked = new ReadOnlyObjectWrapper<>(this, "checked");
    private final ReadOnlyObjectWrapper<ErrorBanner> error = new ReadOnlyObjectWrapper<>(this, "error");

    public ConnectServerViewModel(ServerConnector connector, UiExecutor executor) {
        this.connector = connector;
        this.executor = executor;
        // Any edit makes an earlier check meaningless.
        url.addListener((obs, old, now) -> forgetCheck());
        key.addListener((obs, old, now) -> forgetCheck());
    }

    public void check() {
        if (!inputsComplete().get() || checking.get()) {
            return;
        }
        forgetCheck();
        checking.set(true);
        String typedUrl = url.get().strip();
        Secret typedKey = Secret.of(key.get());
        executor.run(() -> connector.connect(typedUrl, typedKey, false), connection -> {
            checking.set(false);
            checked.set(connection);
        }, failure -> {
            checking.set(false);
            error.set(failure instanceof IllegalArgumentException bad
                    ? new ErrorBanner(bad.getMessage(), "Type the server's address, as in http://localhost:8080.", "")
                    : ErrorBanner.of(failure));
        });
    }

    /** Closes a checked connection the operator did not take. */
    public void cancel() {
        forgetCheck();
    }

    private void forgetCheck() {
        ServerConnection previous = checked.get();
        if (previous != null) {
            previous.client().close();
        }
        checked.set(null);
        error.set(null);
    }

    public BooleanBinding inputsComplete() {
        return Bindings.createBooleanBinding(() -> !url.get().isBlank() && !key.get().isBlank(), url, key);
    }

    /** What the check found, in words: version and key kind. */
    public StringBinding findings() {
        return Bindings.createStringBinding(() -> {
            ServerConnection c = checked.get();
            if (c == null) {
                return null;
            }
            String key = switch (c.key().kind()) {
                case GLOBAL -> "the global API key: every instance can be managed.";
                case INSTANCE_TOKEN -> "an instance token: only " + (c.key().instanceName() == null
                        ? "its own instance" : "\"" + c.key().instanceName() + "\"")
                        + " is visible, and creating instances is disabled.";
                case UNDETERMINED -> "accepted (this server version cannot say whether it is the global key).";
            };
            return "Evolution API " + c.info().version() + " answered. The key is " + key;
        }, checked);
    }

    public boolean isInstanceToken() {
        return checked.get() != null && checked.get().key().kind() == KeyKind.INSTANCE_TOKEN;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty keyProperty() {
        return key;
    }

    public BooleanProperty keyRevealedProperty() {
        return keyRevealed;
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ServerConnection> checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ErrorBanner> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
