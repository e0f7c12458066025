package com.evolutionconsole.ui.server;

import com.evolutionconsole.domain.KeyKind;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.service.ServerConnection;
import com.evolutionconsole.settings.ServerProfile;
import com.evolutionconsole.ui.common.DialogService;
import com.evolutionconsole.ui.common.ErrorBanner;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Servers" dialog: saved servers on one side, one of them (or a new one) in the editor on the other, where it
 * is tested, saved, removed or connected to. Unsaved edits are never dropped without asking.
 */
public final class ServerProfilesViewModel {

    private final ServersViewModel servers;
    private final ConnectServerViewModel editor;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<ServerProfile> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper readingKey = new ReadOnlyBooleanWrapper(this, "readingKey");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    // what the editor held when it was loaded or saved, to tell edits from loaded values
    private final StringProperty savedName = new SimpleStringProperty(this, "savedName", "");
    private final StringProperty savedUrl = new SimpleStringProperty(this, "savedUrl", "");
    private final StringProperty savedKey = new SimpleStringProperty(this, "savedKey", "");
    private final StringProperty savedPin = new SimpleStringProperty(this, "savedPin");
    /** Counts key reads, so only the latest one's answer (and end of busy) counts. */
    private long keyReads;
    private final BooleanBinding dirty;
    private boolean closing;
    private final StringBinding connectLabel;

    public ServerProfilesViewModel(ServersViewModel servers, ConnectServerViewModel editor, DialogService dialogs) {
        this.servers = servers;
        this.editor = editor;
        this.dialogs = dialogs;
        dirty = Bindings.createBooleanBinding(() -> !name.get().equals(savedName.get())
                        || !editor.urlProperty().get().equals(savedUrl.get())
                        || !editor.keyProperty().get().equals(savedKey.get())
                        || !Objects.equals(editor.pinnedCertificateProperty().get(), savedPin.get()),
                name, savedName, editor.urlProperty(), savedUrl, editor.keyProperty(), savedKey,
                editor.pinnedCertificateProperty(), savedPin);
        connectLabel = Bindings.createStringBinding(() -> !name.get().isBlank() && (dirty.get() || selected.get() == null)
                ? "Save and connect" : "Connect", name, dirty, selected);
        ServerProfile active = servers.activeProperty().get();
        if (active != null) {
            load(active);
        }
    }

    /** Shows a saved server in the editor; false when the operator chose to keep unsaved edits instead. */
    public boolean select(ServerProfile profile) {
        if (busy.get() || Objects.equals(profile, selected.get()) || !discardEditsConfirmed()) {
            return false;
        }
        load(profile);
        return true;
    }

    /** Clears the editor for a new server. */
    public boolean startNew() {
        if (busy.get() || !discardEditsConfirmed()) {
            return false; // a save in flight would land in the new form
        }
        selected.set(null);
        fill("", "", "", null);
        return true;
    }

    private void load(ServerProfile profile) {
        selected.set(profile);
        fill(profile.name(), profile.url(), "", profile.trustedCertificate());
        long read = keyReads;
        readingKey.set(true);
        servers.readKey(profile, key -> {
            if (read != keyReads) {
                return;
            }
            readingKey.set(false);
            // only into an untouched field: what the operator began typing meanwhile wins
            if (editor.keyProperty().get().equals(savedKey.get())) {
                String text = key.map(Secret::reveal).orElse("");
                editor.keyProperty().set(text);
                savedKey.set(text);
                notice.set(key.isPresent() ? null : "No key is stored for this server: type it to test or connect.");
            }
        }, failure -> {
            if (read != keyReads) {
                return;
            }
            readingKey.set(false);
            problem.set("The stored key could not be read: " + ErrorBanner.of(failure).fullText());
        });
    }

    /** Fills the form; a key still being read for what it showed before is abandoned (a keyring may not answer). */
    private void fill(String profileName, String url, String key, String trustedCertificate) {
        keyReads++;
        readingKey.set(false);
        name.set(profileName);
        editor.urlProperty().set(url);
        editor.keyProperty().set(key);
        editor.pinnedCertificateProperty().set(trustedCertificate);
        savedName.set(profileName);
        savedUrl.set(url);
        savedKey.set(key);
        savedPin.set(trustedCertificate);
        notice.set(null);
        problem.set(null);
    }

    private boolean discardEditsConfirmed() {
        return !dirty.get() || dialogs.confirm("Discard changes?", "The changes to \"" + displayName()
                + "\" are not saved. Discard them?", "Discard");
    }

    private String displayName() {
        return name.get().isBlank() ? "the new server" : name.get().strip();
    }

    /** Saves the editor as a profile; its key goes to the key storage, never to the profile file. */
    public void save() {
        saveThen(saved -> notice.set("Saved \"" + saved.name() + "\". Its key is kept in "
                + servers.keyStorageProperty().get() + "."));
    }

    private void saveThen(Consumer<ServerProfile> then) {
        saveThen(editor.checkedProperty().get(), then, () -> { });
    }

    /**
     * Saves, then {@code then}; {@code notSaved} runs when it could not be saved (or may not be). {@code checked}
     * (may be null) tells the key's kind.
     */
    private void saveThen(ServerConnection checked, Consumer<ServerProfile> then, Runnable notSaved) {
        String reason = saveBlockedReason();
        if (reason != null) {
            problem.set(reason);
            notSaved.run();
            return;
        }
        ServerProfile current = selected.get();
        KeyKind kind = checked != null ? checked.key().kind() : current == null ? null : current.keyKind();
        ServerProfile profile = new ServerProfile(current == null ? UUID.randomUUID().toString() : current.id(),
                name.get().strip(), editor.urlProperty().get().strip(), kind,
                editor.pinnedCertificateProperty().get());
        String typedKey = editor.keyProperty().get();
        String typedPin = editor.pinnedCertificateProperty().get();
        keyReads++; // a key still being read must not land in the form after this save
        readingKey.set(false);
        busy.set(true);
        problem.set(null);
        servers.save(profile, typedKey.isBlank() ? null : Secret.of(typedKey), saved -> {
            busy.set(false);
            selected.set(saved);
            savedName.set(name.get());
            savedUrl.set(editor.urlProperty().get());
            savedKey.set(typedKey);
            savedPin.set(typedPin);
            then.accept(saved);
        }, failure -> {
            busy.set(false);
            problem.set("Not saved: " + ErrorBanner.of(failure).fullText());
            notSaved.run();
        });
    }

    /** Why the editor cannot be saved as it is, or null. */
    String saveBlockedReason() {
        String typed = name.get().strip();
        if (typed.isEmpty()) {
            return "Give the server a name to save it (for example \"Production\").";
        }
        if (editor.urlProperty().get().isBlank()) {
            return "Type the server's URL to save it.";
        }
        boolean taken = servers.profiles().stream().anyMatch(p -> p.name().equalsIgnoreCase(typed)
                && (selected.get() == null || !p.id().equals(selected.get().id())));
        return taken ? "A saved server is already called \"" + typed + "\": choose another name." : null;
    }

    /** Removes the selected profile (the server is untouched) after the operator confirmed. */
    public void remove() {
        ServerProfile profile = selected.get();
        if (profile == null) {
            return;
        }
        servers.remove(profile, () -> {
            selected.set(null);
            fill("", "", "", null);
            notice.set("Removed \"" + profile.name() + "\" and its stored key.");
        }, failure -> problem.set("Not removed: " + ErrorBanner.of(failure).fullText()));
    }

    /**
     * Switches the console to the checked server; a named server with unsaved edits is saved first. An unnamed
     * one is used without being saved.
     */
    public void connect() {
        if (editor.checkedProperty().get() == null || busy.get()) {
            return;
        }
        boolean save = !name.get().isBlank() && (dirty.get() || selected.get() == null);
        if (save && saveBlockedReason() != null) {
            problem.set(saveBlockedReason());
            return;
        }
        // from here the connection belongs to the console: edits, Check or Cancel in the form no longer close it
        ServerConnection checked = editor.take();
        if (name.get().isBlank()) {
            servers.useUnsaved(checked);
            finished.set(true);
        } else if (save) {
            saveThen(checked, saved -> {
                servers.use(saved, checked);
                finished.set(true);
            }, () -> checked.client().close());
        } else {
            servers.use(selected.get(), checked);
            finished.set(true);
        }
    }

    /** True when nothing typed would be lost by closing, or the operator agreed to lose it. */
    public boolean mayClose() {
        closing = closing || finished.get() || discardEditsConfirmed();
        return closing;
    }

    /** Closes the editor's checked connection unless it was taken. */
    public void close() {
        if (!finished.get()) {
            editor.cancel();
        }
    }

    /** Copies the key, only on the operator's explicit request. */
    public void copyKey() {
        if (!editor.keyProperty().get().isBlank()) {
            dialogs.copyToClipboard(editor.keyProperty().get());
            notice.set("Key copied to the clipboard.");
        }
    }

    /** "Save and connect" when connecting would also save the edits. */
    public StringBinding connectLabel() {
        return connectLabel;
    }

    public ConnectServerViewModel editor() {
        return editor;
    }

    public ServersViewModel servers() {
        return servers;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyObjectProperty<ServerProfile> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while the selected server's key is read from its storage (only the key field waits). */
    public ReadOnlyBooleanProperty readingKeyProperty() {
        return readingKey.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True once the console switched to the edited server: the dialog closes. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }
}
