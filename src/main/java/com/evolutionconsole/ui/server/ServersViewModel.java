package com.evolutionconsole.ui.server;

import com.evolutionconsole.api.AuthenticationException;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.service.ServerConnection;
import com.evolutionconsole.settings.SavedServers;
import com.evolutionconsole.settings.SecretFallback;
import com.evolutionconsole.settings.ServerProfile;
import com.evolutionconsole.ui.common.DialogService;
import com.evolutionconsole.ui.common.ErrorBanner;
import com.evolutionconsole.ui.common.UiExecutor;
import com.evolutionconsole.ui.shell.ShellViewModel;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The saved servers as the main window sees them: the list to switch between, which one is in use, where their
 * keys are kept, and what went wrong reading them. All file and keyring work runs in the background.
 */
public final class ServersViewModel {

    private final Supplier<SavedServers> opener;
    private final ShellViewModel shell;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<ServerProfile> profiles = FXCollections.observableArrayList();
    /** One read-only view, kept: a listener on a throwaway wrapper would be collected with it. */
    private final ObservableList<ServerProfile> profilesView = FXCollections.unmodifiableObservableList(profiles);
    private final ReadOnlyObjectWrapper<ServerProfile> active = new ReadOnlyObjectWrapper<>(this, "active");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper loadProblem = new ReadOnlyStringWrapper(this, "loadProblem");
    private final ReadOnlyStringWrapper keyStorage = new ReadOnlyStringWrapper(this, "keyStorage", "");
    private final ReadOnlyStringWrapper keyringMissing = new ReadOnlyStringWrapper(this, "keyringMissing");
    private final ReadOnlyObjectWrapper<SecretFallback> fallback = new ReadOnlyObjectWrapper<>(this, "fallback");
    private SavedServers servers;
    private boolean closed;
    /** Counts switches: only the latest one's key, once read, is used. */
    private long switches;

    public ServersViewModel(Supplier<SavedServers> opener, ShellViewModel shell, UiExecutor executor,
                            DialogService dialogs) {
        this.opener = opener;
        this.shell = shell;
        this.executor = executor;
        this.dialogs = dialogs;
        // any new connection is unsaved (command line, demo) until use() names its profile
        shell.connectionProperty().addListener((obs, old, now) -> active.set(null));
    }

    /**
     * Reads the saved servers in the background, then reopens the last used one if {@code reopenLastUsed};
     * {@code otherwise} runs when it does not (none saved, or the file could not be read), to start the demo.
     */
    public void load(boolean reopenLastUsed, Runnable otherwise) {
        executor.run(opener::get, opened -> {
            if (closed) {
                opened.close(); // the window closed while the file was read
                return;
            }
            servers = opened;
            refreshFromStore();
            loadProblem.set(opened.loadProblem().orElse(null));
            loaded.set(true);
            Optional<ServerProfile> last = opened.book().lastUsed();
            if (reopenLastUsed && last.isPresent()) {
                switchTo(last.get());
            } else {
                otherwise.run();
            }
        }, failure -> {
            loadProblem.set("The saved servers could not be read: " + ErrorBanner.of(failure).fullText());
            otherwise.run();
        });
    }

    /** Connects to a saved server with its stored key, or asks for the key when it is not stored. */
    public void switchTo(ServerProfile profile) {
        if (servers == null) {
            return;
        }
        // reading the key may wait (keyring probe, unlock prompt): a choice made meanwhile wins over this one
        long before = shell.connectAttempts();
        long thisSwitch = ++switches;
        retryAs(profile); // whatever becomes of this switch, Retry means this server
        executor.run(() -> servers.keyFor(profile.id()), stored -> {
            if (thisSwitch != switches || shell.connectAttempts() != before) {
                return;
            }
            Optional<Secret> key = stored.isPresent() ? stored : dialogs.askForKey("API key for " + profile.name(),
                    "No key is stored for \"" + profile.name() + "\" (" + profile.url() + ") on this computer. Type it"
                            + " to connect; the console keeps it until it closes.");
            key.ifPresentOrElse(k -> connect(profile, k, servers), () -> shell.reportNotConnected(new ErrorBanner(
                    "Did not connect to \"" + profile.name() + "\": no API key was given.",
                    "Choose the server again under Servers and type its key when asked.", "")));
        }, failure -> {
            if (thisSwitch != switches || shell.connectAttempts() != before) {
                return;
            }
            ErrorBanner why = ErrorBanner.of(failure);
            shell.reportNotConnected(new ErrorBanner("The key for \"" + profile.name() + "\" could not be read: "
                    + why.summary(), why.tip(), ""));
        });
    }

    private void connect(ServerProfile profile, Secret key, SavedServers store) {
        store.rememberForSession(profile.id(), key);
        shell.connect(profile.url(), key, profile.trustedCertificate(), false, connection -> use(profile, connection),
                failure -> {
                    if (failure instanceof AuthenticationException) {
                        store.forgetSessionKey(profile.id()); // a mistyped key must not stick for the session
                    }
                });
        retryAs(profile); // not the request as it was: the key or address may be corrected meanwhile
    }

    /** Retry switches to {@code profile} as saved by then, or says it is gone. */
    private void retryAs(ServerProfile profile) {
        shell.retryWith(() -> servers.book().find(profile.id()).ifPresentOrElse(this::switchTo,
                () -> shell.reportNotConnected(new ErrorBanner("\"" + profile.name() + "\" is no longer saved.",
                        "Choose a server under Servers.", ""))));
    }

    /** Records that {@code profile} is in use (the connection was made by the servers dialog or by switching). */
    public void use(ServerProfile profile, ServerConnection connection) {
        if (shell.connectionProperty().get() != connection) {
            shell.use(connection);
        }
        active.set(profile);
        SavedServers store = servers;
        executor.run(() -> {
            store.markUsed(profile.id());
            return true;
        }, done -> store.takeLaterProblem().ifPresent(loadProblem::set),
                failure -> loadProblem.set("Could not remember the last used server: " + ErrorBanner.of(failure).summary()));
    }

    /** Switches to a checked server the operator chose not to save. */
    public void useUnsaved(ServerConnection connection) {
        shell.use(connection);
    }

    /** Saves a profile and its key (null: keep the stored key) in the background. */
    public void save(ServerProfile profile, Secret key, Consumer<ServerProfile> saved, Consumer<Throwable> failed) {
        SavedServers store = servers;
        executor.run(() -> store.save(profile, key), done -> {
            refreshFromStore();
            ServerProfile inUse = active.get();
            if (inUse != null && inUse.id().equals(done.id())) {
                // the window is still on the old address or certificate until the operator connects again
                boolean sameServer = inUse.url().equals(done.url())
                        && java.util.Objects.equals(inUse.trustedCertificate(), done.trustedCertificate());
                active.set(sameServer ? done : null);
            }
            saved.accept(done);
        }, failed);
    }

    /** Removes a profile and its stored key, after the operator confirmed. */
    public void remove(ServerProfile profile, Runnable removed, Consumer<Throwable> failed) {
        if (!dialogs.confirm("Remove \"" + profile.name() + "\"?", "The saved server \"" + profile.name() + "\" ("
                + profile.url() + ") and its stored key will be removed from this computer. The server itself and"
                + " its instances are not touched.", "Remove")) {
            return;
        }
        SavedServers store = servers;
        executor.run(() -> {
            store.remove(profile.id());
            return true;
        }, done -> {
            refreshFromStore();
            if (active.get() != null && active.get().id().equals(profile.id())) {
                active.set(null);
            }
            removed.run();
        }, failed);
    }

    /** Reads a profile's stored key (for editing); empty when it is not stored. */
    public void readKey(ServerProfile profile, Consumer<Optional<Secret>> read, Consumer<Throwable> failed) {
        SavedServers store = servers;
        executor.run(() -> store.keyFor(profile.id()), read, failed);
    }

    /** Where keys go when no keyring exists: an owner-only file, or nowhere (asked each time). */
    public void chooseFallback(SecretFallback choice) {
        SavedServers store = servers;
        executor.run(() -> {
            store.chooseFallback(choice);
            return true;
        }, done -> refreshFromStore(), failure -> loadProblem.set("Could not save the choice: "
                + ErrorBanner.of(failure).summary()));
    }

    /** The list at once; where keys are kept once the keyring probe has answered (in the background). */
    private void refreshFromStore() {
        profiles.setAll(servers.book().profiles());
        servers.takeLaterProblem().ifPresent(loadProblem::set);
        fallback.set(servers.book().secretFallback());
        SavedServers store = servers;
        executor.run(store::keyStorage, storage -> {
            keyStorage.set(storage.description());
            keyringMissing.set(storage.keyringProblem());
        }, failure -> keyStorage.set("an unknown place (" + ErrorBanner.of(failure).summary() + ")"));
    }

    /** Closes the keyring connection (the window closes). */
    public void close() {
        closed = true;
        if (servers != null) {
            servers.close();
        }
    }

    /** Dismisses the message about the saved servers file once it was read. */
    public void dismissLoadProblem() {
        loadProblem.set(null);
    }

    public ObservableList<ServerProfile> profiles() {
        return profilesView;
    }

    public ReadOnlyObjectProperty<ServerProfile> activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadProblemProperty() {
        return loadProblem.getReadOnlyProperty();
    }

    /** Where keys are kept, in words ("the system keyring", "an owner-only file (…)", "not stored: asked each time"). */
    public ReadOnlyStringProperty keyStorageProperty() {
        return keyStorage.getReadOnlyProperty();
    }

    /** Why there is no keyring, or null when there is one. */
    public ReadOnlyStringProperty keyringMissingProperty() {
        return keyringMissing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SecretFallback> fallbackProperty() {
        return fallback.getReadOnlyProperty();
    }
}
