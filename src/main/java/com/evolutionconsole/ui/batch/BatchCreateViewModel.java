package com.evolutionconsole.ui.batch;

import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.api.NameConflictException;
import com.evolutionconsole.domain.CreateInstanceRequest;
import com.evolutionconsole.domain.CreatedInstance;
import com.evolutionconsole.domain.Integration;
import com.evolutionconsole.service.batch.BatchRunner;
import com.evolutionconsole.service.batch.NameCandidate;
import com.evolutionconsole.service.batch.NameList;
import com.evolutionconsole.ui.common.DialogService;
import com.evolutionconsole.ui.common.ErrorBanner;
import com.evolutionconsole.ui.common.UiExecutor;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The batch-create dialog's state: a pasted list of names checked line by line (problems and duplicates keep a
 * name out, warnings advise), QR now or later and the integration; after the operator confirms the valid names
 * they are created with {@link BatchRunner}'s bound and pacing, each row showing its result as it comes. Cancel
 * stops the names not sent; only failed names can be retried. {@code onCreated} gets the names each run created.
 */
public final class BatchCreateViewModel {

    /** Batches suit the integrations that need nothing per instance; Business needs its own number and token. */
    public static final List<Integration> INTEGRATIONS = List.of(Integration.WHATSAPP_BAILEYS, Integration.EVOLUTION);
    /** The confirmation names this many, then "and N more". */
    static final int CONFIRM_NAMES_SHOWN = 10;

    private final Supplier<EvolutionClient> client;
    private final DialogService dialogs;
    private final Consumer<List<String>> onCreated;
    private final BatchProgress<CreateInstanceRequest, CreatedInstance> progress;

    private final StringProperty namesText = new SimpleStringProperty(this, "namesText", "");
    // Later by default: a QR code expires in about 45 s, too soon to scan a whole batch one after another.
    private final BooleanProperty qrNow = new SimpleBooleanProperty(this, "qrNow", false);
    private final ObjectProperty<Integration> integration =
            new SimpleObjectProperty<>(this, "integration", Integration.WHATSAPP_BAILEYS);
    private final ObservableList<NameCandidate> candidates = FXCollections.observableArrayList();
    private final ObservableList<NameCandidate> candidatesView = FXCollections.unmodifiableObservableList(candidates);
    private final ReadOnlyIntegerWrapper validCount = new ReadOnlyIntegerWrapper(this, "validCount");
    private final ReadOnlyBooleanWrapper started = new ReadOnlyBooleanWrapper(this, "started");
    private final StringBinding validationSummary;
    private final StringBinding startBlockedReason;
    private final BooleanBinding canStart;
    private final StringBinding startLabel;
    private final BooleanBinding qrChoiceAllowed;

    private final String pacingNote;

    /** Fixed when the batch is confirmed, so a retry sends what was confirmed. */
    private Function<String, CreateInstanceRequest> requestOf;
    private boolean confirmedQr;

    public BatchCreateViewModel(Supplier<EvolutionClient> client, BatchRunner runner, UiExecutor executor,
                                DialogService dialogs, Consumer<List<String>> onCreated) {
        this.client = client;
        this.dialogs = dialogs;
        this.onCreated = onCreated;
        this.progress = new BatchProgress<>(executor, runner);
        pacingNote = "Sent " + runner.parallelism() + " at a time, at least " + seconds(runner.minGap())
                + " apart: a real server takes 5–10 s for each create that waits for a QR code.";
        namesText.addListener((obs, old, text) -> {
            candidates.setAll(NameList.parse(text));
            validCount.set((int) candidates.stream().filter(NameCandidate::acceptable).count());
        });
        validationSummary = Bindings.createStringBinding(() -> {
            if (candidates.isEmpty()) {
                return "Paste or type one name a line.";
            }
            long warned = candidates.stream().filter(c -> c.acceptable() && !c.warnings().isEmpty()).count();
            return validCount.get() + " to create · " + (candidates.size() - validCount.get()) + " left out · "
                    + warned + " with warnings";
        }, candidates, validCount);
        startBlockedReason = Bindings.createStringBinding(() -> {
            if (started.get()) {
                return "This batch was sent; open the dialog again for another.";
            }
            if (candidates.isEmpty()) {
                return "Paste or type the names first, one a line.";
            }
            return validCount.get() == 0 ? "No name can be created: fix the problems shown." : null;
        }, started, candidates, validCount);
        canStart = startBlockedReason.isNull();
        startLabel = Bindings.createStringBinding(() -> "Create " + instances(validCount.get()) + "…",
                validCount);
        qrChoiceAllowed = integration.isEqualTo(Integration.WHATSAPP_BAILEYS).and(started.not());
    }

    /** Asks to confirm the valid names, then creates them. Nothing is sent before the confirmation. */
    public void start() {
        if (!canStart.get()) {
            return;
        }
        List<String> names = candidates.stream().filter(NameCandidate::acceptable).map(NameCandidate::name).toList();
        boolean askQr = qrNow.get() && integration.get() == Integration.WHATSAPP_BAILEYS;
        Integration chosen = integration.get();
        if (!dialogs.confirm("Create " + instances(names.size()) + "?", confirmation(names, askQr, chosen),
                "Create " + names.size())) {
            return;
        }
        requestOf = name -> new CreateInstanceRequest(name, chosen, askQr, null, null, null, null);
        confirmedQr = askQr;
        started.set(true);
        progress.setRows(names);
        run(progress.rows());
    }

    /** Runs the failed names again (only those), with the options confirmed. */
    public void retryFailed() {
        if (requestOf != null && progress.canRetryBinding().get()) {
            run(progress.failedRows());
        }
    }

    /** Stops the names not sent yet; the creates already sent finish and show their result. */
    public void cancel() {
        progress.cancel();
    }

    private void run(List<BatchItemRow> rows) {
        EvolutionClient current = client.get();
        progress.run(rows, requestOf, current::create, new Wording(confirmedQr), created -> {
            if (!created.isEmpty()) {
                onCreated.accept(created);
            }
        });
    }

    private String confirmation(List<String> names, boolean askQr, Integration chosen) {
        StringBuilder text = new StringBuilder();
        names.stream().limit(CONFIRM_NAMES_SHOWN).forEach(name -> text.append("• ").append(name).append('\n'));
        if (names.size() > CONFIRM_NAMES_SHOWN) {
            text.append("… and ").append(names.size() - CONFIRM_NAMES_SHOWN).append(" more\n");
        }
        int leftOut = candidates.size() - names.size();
        if (leftOut > 0) {
            text.append('\n').append(leftOut).append(leftOut == 1 ? " line is" : " lines are")
                    .append(" left out (problems or duplicates).\n");
        }
        text.append('\n').append(chosen.label()).append(", ").append(askQr
                ? "each asking for its QR code now (a real server takes 5–10 s per create)."
                : chosen == Integration.WHATSAPP_BAILEYS ? "QR codes later: connect each instance when ready to scan."
                : "no QR code needed.");
        return text.toString();
    }

    private static String seconds(Duration gap) {
        return gap.toMillis() % 1000 == 0 ? gap.toSeconds() + " s" : gap.toMillis() / 1000.0 + " s";
    }

    private static String instances(int count) {
        return count + (count == 1 ? " instance" : " instances");
    }

    /** The batch-create words for a row. */
    private static final class Wording implements BatchWording<CreatedInstance> {
        private final boolean askQr;

        Wording(boolean askQr) {
            this.askQr = askQr;
        }

        @Override
        public String runningStatus() {
            return askQr ? "Creating… (waits for the QR code)" : "Creating…";
        }

        @Override
        public String doneWord() {
            return "created";
        }

        @Override
        public ItemText succeeded(String name, CreatedInstance created) {
            if (created.qrCode() == null) {
                return new ItemText("Created", askQr ? "Created; the server sent no QR code."
                        : "Connect it when you are ready to scan its QR code.", null);
            }
            return created.qrCode().isReady()
                    ? new ItemText("Created · QR ready", "Open it to scan the QR code before it expires (about 45 s).", null)
                    : new ItemText("Created · QR not ready",
                            "The server had no QR code yet: open the instance and wait for it in its QR pane.", null);
        }

        @Override
        public ItemText failed(String name, Throwable failure) {
            ErrorBanner banner = ErrorBanner.of(failure);
            if (failure instanceof NameConflictException) {
                return ItemText.failed(new ErrorBanner("\"" + name + "\" already exists on this server.",
                        "Choose another name, or use the existing instance.", banner.serverMessage()));
            }
            return ItemText.failed(banner);
        }
    }

    /** The pasted text, one name a line. */
    public StringProperty namesTextProperty() {
        return namesText;
    }

    /** Ask for each QR code at create (the server then blocks 5–10 s per create) or connect later. */
    public BooleanProperty qrNowProperty() {
        return qrNow;
    }

    /** One of {@link #INTEGRATIONS}. */
    public ObjectProperty<Integration> integrationProperty() {
        return integration;
    }

    /** Every non-blank line, checked, in order. */
    public ObservableList<NameCandidate> candidates() {
        return candidatesView;
    }

    /** Names that would be created. */
    public ReadOnlyIntegerProperty validCountProperty() {
        return validCount.getReadOnlyProperty();
    }

    /** "4 to create · 1 left out · 2 with warnings". */
    public StringBinding validationSummaryBinding() {
        return validationSummary;
    }

    /** True once the operator confirmed: the list is then fixed and the results show. */
    public ReadOnlyBooleanProperty startedProperty() {
        return started.getReadOnlyProperty();
    }

    public BooleanBinding canStartBinding() {
        return canStart;
    }

    /** Why the batch cannot start, or null. */
    public StringBinding startBlockedReasonBinding() {
        return startBlockedReason;
    }

    /** "Create 4 instances…". */
    public StringBinding startLabelBinding() {
        return startLabel;
    }

    /** QR now or later is a choice only for Baileys (the others need no QR) and only before the start. */
    public BooleanBinding qrChoiceAllowedBinding() {
        return qrChoiceAllowed;
    }

    /** The rows, their progress, cancel and retry state, and the summary. */
    public BatchProgress<CreateInstanceRequest, CreatedInstance> progress() {
        return progress;
    }

    /** "Sent 3 at a time, at least 0.5 s apart: …". */
    public String pacingNote() {
        return pacingNote;
    }
}
