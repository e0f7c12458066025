package com.evolutionconsole.ui.bulk;

import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.api.ValidationException;
import com.evolutionconsole.domain.Presence;
import com.evolutionconsole.service.batch.BatchRunner;
import com.evolutionconsole.service.batch.BulkAction;
import com.evolutionconsole.ui.batch.BatchItemRow;
import com.evolutionconsole.ui.batch.BatchProgress;
import com.evolutionconsole.ui.batch.BatchWording;
import com.evolutionconsole.ui.batch.ItemText;
import com.evolutionconsole.ui.common.ErrorBanner;
import com.evolutionconsole.ui.common.UiExecutor;
import com.evolutionconsole.ui.instances.InstanceRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One action (restart, log out, delete, set presence) for the instances selected in the table: one confirmation
 * that lists them all (delete also asks to type "delete N"), then each done with {@link BatchRunner}'s bound and
 * a row per instance with the result, the server's words and a tip on a failure; cancel, retry of the failed
 * ones, a summary. {@code onChanged} gets the names each run changed, so the table can refresh.
 */
public final class BulkActionViewModel {

    private final Supplier<EvolutionClient> client;
    private final BulkAction.Kind kind;
    private final List<InstanceRow> targets;
    private final int unnamedSkipped;
    private final Consumer<List<String>> onChanged;
    private final BatchProgress<String, String> progress;

    private final ObjectProperty<Presence> presence = new SimpleObjectProperty<>(this, "presence", Presence.AVAILABLE);
    private final StringProperty typedConfirmation = new SimpleStringProperty(this, "typedConfirmation", "");
    private final ReadOnlyBooleanWrapper started = new ReadOnlyBooleanWrapper(this, "started");
    private final StringBinding startBlockedReason;
    private final BooleanBinding canStart;
    private final StringBinding startLabel;
    private final StringBinding explanation;

    /** The action confirmed, kept for a retry. */
    private BulkAction confirmed;

    /** {@code selection} is copied: the dialog acts on the rows selected when it opened. */
    public BulkActionViewModel(Supplier<EvolutionClient> client, BatchRunner runner, UiExecutor executor,
                               BulkAction.Kind kind, List<InstanceRow> selection, Consumer<List<String>> onChanged) {
        this.client = client;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.onChanged = onChanged;
        // An unnamed instance has no path the API can reach: it is left out and counted.
        this.targets = selection.stream().filter(InstanceRow::actionable).toList();
        this.unnamedSkipped = selection.size() - targets.size();
        this.progress = new BatchProgress<>(executor, runner);
        startBlockedReason = Bindings.createStringBinding(() -> {
            if (started.get()) {
                return "This action was sent; open the dialog again for another.";
            }
            if (targets.isEmpty()) {
                return "No selected instance can be reached through the API.";
            }
            if (kind == BulkAction.Kind.DELETE && !expectedConfirmation().equals(typedConfirmation.get().strip())) {
                return "Type \"" + expectedConfirmation() + "\" to confirm.";
            }
            return kind == BulkAction.Kind.PRESENCE && presence.get() == null ? "Choose a presence." : null;
        }, started, typedConfirmation, presence);
        canStart = startBlockedReason.isNull();
        startLabel = Bindings.createStringBinding(() -> kind == BulkAction.Kind.PRESENCE && presence.get() != null
                ? "Set " + instances(targets.size()) + " to " + presence.get().label().toLowerCase(Locale.ROOT)
                : kind.verb() + " " + instances(targets.size()), presence);
        // The rows stay live while the dialog is open: a refresh that opens or closes one updates the note.
        List<Observable> dependencies = new ArrayList<>(List.of(presence));
        targets.forEach(row -> dependencies.add(row.stateProperty()));
        explanation = Bindings.createStringBinding(this::explain, dependencies.toArray(Observable[]::new));
    }

    /** Runs the action on every listed instance; only once confirmed ({@link #canStartBinding()}). */
    public void start() {
        if (!canStart.get()) {
            return;
        }
        confirmed = kind == BulkAction.Kind.PRESENCE ? BulkAction.presence(presence.get()) : BulkAction.of(kind);
        started.set(true);
        progress.setRows(targets.stream().map(InstanceRow::name).toList());
        run(progress.rows());
    }

    /** Runs the failed instances again (only those). */
    public void retryFailed() {
        if (confirmed != null && progress.canRetryBinding().get()) {
            run(progress.failedRows());
        }
    }

    /** Stops the instances not started; the ones sent finish and show their result. */
    public void cancel() {
        progress.cancel();
    }

    private void run(List<BatchItemRow> rows) {
        EvolutionClient current = client.get();
        BulkAction action = confirmed;
        progress.run(rows, Function.identity(), name -> action.perform(current, name), new Wording(action), changed -> {
            if (!changed.isEmpty()) {
                onChanged.accept(changed);
            }
        });
    }

    private String explain() {
        String text = switch (kind) {
            case RESTART -> "Each instance's WhatsApp connection is closed and the server reconnects it by itself. "
                    + "A closed instance cannot be restarted: the server refuses it.";
            case LOGOUT -> "Each instance leaves WhatsApp on its phone. The instances stay on the server and can be "
                    + "paired again with a new QR code.";
            case DELETE -> "This permanently removes the instances and their WhatsApp sessions from the server. "
                    + "It cannot be undone.";
            case PRESENCE -> {
                long notOpen = targets.stream().filter(row -> !row.state().isOpen()).count();
                yield "Presence can be set only while an instance is open (connected)."
                        + (notOpen == 0 ? "" : " " + notOpen + " of these " + (notOpen == 1 ? "is" : "are")
                        + " not open now: the server will refuse " + (notOpen == 1 ? "it." : "them."));
            }
        };
        return unnamedSkipped == 0 ? text : text + " " + unnamedSkipped + " unnamed "
                + (unnamedSkipped == 1 ? "instance is" : "instances are") + " left out: the API cannot reach "
                + (unnamedSkipped == 1 ? "it." : "them.");
    }

    private static String instances(int count) {
        return count + (count == 1 ? " instance" : " instances");
    }

    /** The words for one bulk action. */
    private static final class Wording implements BatchWording<String> {
        private final BulkAction action;

        Wording(BulkAction action) {
            this.action = action;
        }

        @Override
        public String runningStatus() {
            return switch (action.kind()) {
                case RESTART -> "Restarting…";
                case LOGOUT -> "Logging out…";
                case DELETE -> "Deleting…";
                case PRESENCE -> "Setting presence…";
            };
        }

        @Override
        public String doneWord() {
            return action.doneWord();
        }

        @Override
        public ItemText succeeded(String name, String sentence) {
            return new ItemText("Done", sentence, null);
        }

        @Override
        public ItemText failed(String name, Throwable failure) {
            ErrorBanner banner = ErrorBanner.of(failure);
            if (action.kind() == BulkAction.Kind.PRESENCE && failure instanceof ValidationException) {
                // The server's words for a closed instance are a raw TypeError; the rule behind it is what helps.
                return ItemText.failed(new ErrorBanner(banner.summary(), "Presence can be set only while the "
                        + "instance is open (connected): connect it first, then set the presence again.",
                        banner.serverMessage()));
            }
            return ItemText.failed(banner);
        }
    }

    public BulkAction.Kind kind() {
        return kind;
    }

    /** The instances the action applies to, as selected (unnamed ones left out). */
    public List<InstanceRow> targets() {
        return targets;
    }

    /** "Delete 3 instances". */
    public String title() {
        return (kind == BulkAction.Kind.PRESENCE ? "Set the presence of " : kind.verb() + " ") + instances(targets.size());
    }

    /** What the action does to these instances, and which of them it cannot reach. */
    public StringBinding explanationBinding() {
        return explanation;
    }

    /** What delete asks to type: "delete N", since the names may be many. */
    public String expectedConfirmation() {
        return "delete " + targets.size();
    }

    /** The presence to set (PRESENCE only). */
    public ObjectProperty<Presence> presenceProperty() {
        return presence;
    }

    /** What the operator typed to confirm a delete. */
    public StringProperty typedConfirmationProperty() {
        return typedConfirmation;
    }

    /** True once confirmed: the results then show. */
    public ReadOnlyBooleanProperty startedProperty() {
        return started.getReadOnlyProperty();
    }

    public BooleanBinding canStartBinding() {
        return canStart;
    }

    /** Why the action cannot start, or null. */
    public StringBinding startBlockedReasonBinding() {
        return startBlockedReason;
    }

    /** "Restart 3 instances", "Set 3 instances to typing". */
    public StringBinding startLabelBinding() {
        return startLabel;
    }

    /** The rows, their progress, cancel and retry state, and the summary. */
    public BatchProgress<String, String> progress() {
        return progress;
    }
}
