package com.evolutionconsole.ui.instances;

import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.Instance;
import com.evolutionconsole.domain.InstanceStatus;
import com.evolutionconsole.domain.Secret;
import java.time.Instant;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One table row. Rows live as long as their instance, and {@link #update} changes only what changed, so a refresh
 * keeps the selection, the scroll position and the work of unchanged cells.
 */
public final class InstanceRow {

    private final String name;
    private final ReadOnlyObjectWrapper<ConnectionState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyStringWrapper stateNote = new ReadOnlyStringWrapper(this, "stateNote");
    private final ReadOnlyStringWrapper profileName = new ReadOnlyStringWrapper(this, "profileName");
    private final ReadOnlyStringWrapper number = new ReadOnlyStringWrapper(this, "number");
    private final ReadOnlyStringWrapper integration = new ReadOnlyStringWrapper(this, "integration");
    private final ReadOnlyObjectWrapper<Instant> createdAt = new ReadOnlyObjectWrapper<>(this, "createdAt");
    private final ReadOnlyObjectWrapper<Integer> messageCount = new ReadOnlyObjectWrapper<>(this, "messageCount");
    private final ReadOnlyObjectWrapper<Integer> contactCount = new ReadOnlyObjectWrapper<>(this, "contactCount");
    private Instance instance;

    /** A new row shows the server's stored state until its live state is read. */
    public InstanceRow(Instance listed) {
        this.name = listed.name();
        state.set(listed.storedState());
        update(listed);
    }

    /** Applies fresh listing fields; the state stays as last read, since the listing's copy lags. */
    public boolean update(Instance listed) {
        instance = listed;
        boolean changed = set(profileName, instance.profileName());
        changed |= set(number, instance.phoneNumber());
        changed |= set(integration, instance.integration());
        changed |= set(createdAt, instance.createdAt());
        changed |= set(messageCount, instance.messageCount());
        changed |= set(contactCount, instance.contactCount());
        return changed;
    }

    /** Applies a live state reading (or, when it failed, the stored state with the reason). */
    public boolean update(InstanceStatus status) {
        boolean changed = set(state, status.shownState());
        changed |= set(stateNote, status.liveStateError());
        return changed;
    }

    /** Sets the live state learned elsewhere (an action's answer, the QR pane's polling). */
    public void setState(ConnectionState newState) {
        set(state, newState);
    }

    private static <T> boolean set(ReadOnlyObjectWrapper<T> property, T value) {
        if (Objects.equals(property.get(), value)) {
            return false;
        }
        property.set(value);
        return true;
    }

    private static boolean set(ReadOnlyStringWrapper property, String value) {
        if (Objects.equals(property.get(), value)) {
            return false;
        }
        property.set(value);
        return true;
    }

    public String name() {
        return name;
    }

    public String displayName() {
        return instance.displayName();
    }

    /** An unnamed instance cannot be reached through any path: its actions stay disabled. */
    public boolean actionable() {
        return !instance.isUnnamed();
    }

    public Instance instance() {
        return instance;
    }

    public Secret token() {
        return instance.token();
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ConnectionState state() {
        return state.get();
    }

    /** Why the live state is not known (null when it is). */
    public ReadOnlyStringProperty stateNoteProperty() {
        return stateNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty profileNameProperty() {
        return profileName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty numberProperty() {
        return number.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty integrationProperty() {
        return integration.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> createdAtProperty() {
        return createdAt.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> messageCountProperty() {
        return messageCount.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> contactCountProperty() {
        return contactCount.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return "InstanceRow[" + name + ", " + state.get().label() + "]";
    }
}
