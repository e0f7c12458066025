package com.evolutionconsole.ui.create;

import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.api.NameConflictException;
import com.evolutionconsole.domain.CreateInstanceRequest;
import com.evolutionconsole.domain.CreatedInstance;
import com.evolutionconsole.domain.InstanceNameRules;
import com.evolutionconsole.domain.InstanceSettings;
import com.evolutionconsole.domain.Integration;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.ui.common.ErrorBanner;
import com.evolutionconsole.ui.common.UiExecutor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The create dialog's state: the name validated live (problems block, warnings advise), QR now or later, an
 * optional phone number normalised to digits (it also asks for a pairing code), the integration, an optional
 * token, and the instance settings. {@link #create()} runs in the background; a failure is shown in the dialog and
 * every field stays as typed; success hands the new instance to {@code onCreated}.
 */
public final class CreateInstanceViewModel {

    /** What a person may type: an optional +, then digits, spaces, dashes and parentheses. */
    private static final Pattern PHONE_TYPED = Pattern.compile("^\\+?[0-9 ()-]{8,20}$");
    /** E.164 allows at most 15 digits including the country code; fewer than 8 cannot be a full number. */
    private static final int MIN_DIGITS = 8;
    private static final int MAX_DIGITS = 15;

    private final Supplier<EvolutionClient> client;
    private final UiExecutor executor;
    private final Consumer<CreatedInstance> onCreated;

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final BooleanProperty qrNow = new SimpleBooleanProperty(this, "qrNow", true);
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final ObjectProperty<Integration> integration =
            new SimpleObjectProperty<>(this, "integration", Integration.WHATSAPP_BAILEYS);
    private final StringProperty token = new SimpleStringProperty(this, "token", "");
    private final BooleanProperty tokenRevealed = new SimpleBooleanProperty(this, "tokenRevealed", false);
    private final BooleanProperty rejectCall = new SimpleBooleanProperty(this, "rejectCall", false);
    private final StringProperty callMessage = new SimpleStringProperty(this, "callMessage", "");
    private final BooleanProperty ignoreGroups = new SimpleBooleanProperty(this, "ignoreGroups", false);
    private final BooleanProperty alwaysOnline = new SimpleBooleanProperty(this, "alwaysOnline", false);
    private final BooleanProperty readMessages = new SimpleBooleanProperty(this, "readMessages", false);
    private final BooleanProperty readStatus = new SimpleBooleanProperty(this, "readStatus", false);
    private final BooleanProperty syncFullHistory = new SimpleBooleanProperty(this, "syncFullHistory", false);

    private final ObjectProperty<InstanceNameRules.Verdict> verdict = new SimpleObjectProperty<>(this, "verdict");
    /** Problems are shown once the name was edited (or create was tried), not in red on an empty new form. */
    private final BooleanProperty nameTouched = new SimpleBooleanProperty(this, "nameTouched");
    private final ReadOnlyBooleanWrapper nameConflict = new ReadOnlyBooleanWrapper(this, "nameConflict");
    private final ReadOnlyStringWrapper phoneDigits = new ReadOnlyStringWrapper(this, "phoneDigits");
    private final ReadOnlyStringWrapper phoneProblem = new ReadOnlyStringWrapper(this, "phoneProblem");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper(this, "busyText");
    private final ReadOnlyObjectWrapper<ErrorBanner> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyObjectWrapper<CreatedInstance> created = new ReadOnlyObjectWrapper<>(this, "created");

    private final StringBinding nameProblems;
    private final StringBinding nameWarnings;
    private final BooleanBinding nameMarked;
    private final StringBinding phoneHint;
    private final StringBinding integrationNote;
    private final StringBinding errorText;
    private final StringBinding errorTip;
    private final StringBinding createBlockedReason;
    private final BooleanBinding canCreate;
    private final BooleanBinding callMessageEnabled;

    public CreateInstanceViewModel(Supplier<EvolutionClient> client, UiExecutor executor,
                                   Consumer<CreatedInstance> onCreated) {
        this.client = client;
        this.executor = executor;
        this.onCreated = onCreated;
        verdict.set(InstanceNameRules.check(name.get()));
        name.addListener((obs, old, now) -> {
            verdict.set(InstanceNameRules.check(now));
            nameTouched.set(true);
            if (nameConflict.get()) {
                // The conflict was about the old name; the error it raised goes with it.
                nameConflict.set(false);
                error.set(null);
            }
        });
        phone.addListener((obs, old, now) -> readPhone(now));

        nameProblems = Bindings.createStringBinding(() -> nameTouched.get() && !verdict.get().problems().isEmpty()
                ? String.join("\n", verdict.get().problems()) : null, verdict, nameTouched);
        nameWarnings = Bindings.createStringBinding(() -> verdict.get().warnings().isEmpty()
                ? null : String.join("\n", verdict.get().warnings()), verdict);
        nameMarked = Bindings.createBooleanBinding(() -> nameProblems.get() != null || nameConflict.get(),
                nameProblems, nameConflict);
        phoneHint = Bindings.createStringBinding(() -> {
            if (phoneDigits.get() == null) {
                return "Optional: with a number (country code first) the server also gives a pairing code to type "
                        + "on the phone instead of scanning.";
            }
            return "Sent as " + phoneDigits.get() + (qrNow.get()
                    ? ": the server adds a pairing code to the first QR code."
                    : ": connect later to get a pairing code for it.");
        }, phoneDigits, qrNow);
        integrationNote = Bindings.createStringBinding(() -> switch (integration.get()) {
            case WHATSAPP_BAILEYS -> null;
            case WHATSAPP_BUSINESS -> "The WhatsApp Business API needs the business phone number and its access "
                    + "token (entered as the token); it pairs without a QR code.";
            case EVOLUTION -> "The Evolution channel needs no QR code: the instance is open at once.";
        }, integration);
        errorText = Bindings.createStringBinding(() -> {
            ErrorBanner banner = error.get();
            return banner == null ? null : banner.summaryWithServer();
        }, error);
        errorTip = Bindings.createStringBinding(() -> error.get() == null ? null : error.get().tip(), error);
        createBlockedReason = Bindings.createStringBinding(this::blockedReason,
                verdict, phoneProblem, phoneDigits, integration, token, busy, busyText);
        canCreate = createBlockedReason.isNull();
        callMessageEnabled = rejectCall.and(busy.not());
    }

    /** Creates the instance in the background; does nothing while {@link #canCreateBinding()} is false. */
    public void create() {
        nameTouched.set(true);
        if (!canCreate.get()) {
            return;
        }
        CreateInstanceRequest request = request();
        busyText.set(request.qrcode() ? "Creating… the server waits for the first QR code (up to 10 s)."
                : "Creating…");
        busy.set(true);
        error.set(null);
        nameConflict.set(false);
        executor.run(() -> client.get().create(request), instance -> {
            busy.set(false);
            created.set(instance);
            onCreated.accept(instance);
        }, failure -> {
            busy.set(false);
            // Nothing typed is touched: the person fixes what the error names and tries again.
            error.set(ErrorBanner.of(failure));
            nameConflict.set(failure instanceof NameConflictException);
        });
    }

    private CreateInstanceRequest request() {
        boolean reject = rejectCall.get();
        InstanceSettings settings = new InstanceSettings(reject, reject ? callMessage.get().strip() : "",
                ignoreGroups.get(), alwaysOnline.get(), readMessages.get(), readStatus.get(), syncFullHistory.get(),
                null);
        return new CreateInstanceRequest(name.get(), integration.get(), qrNow.get(), phoneDigits.get(),
                Secret.ofNullable(token.get()), settings, null);
    }

    private void readPhone(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            phoneDigits.set(null);
            phoneProblem.set(null);
            return;
        }
        String digits = text.replaceAll("[^0-9]", "");
        boolean valid = PHONE_TYPED.matcher(text).matches() && digits.length() >= MIN_DIGITS
                && digits.length() <= MAX_DIGITS;
        phoneDigits.set(valid ? digits : null);
        phoneProblem.set(valid ? null : "Enter the number with its country code: " + MIN_DIGITS + " to " + MAX_DIGITS
                + " digits; spaces, dashes, parentheses and a leading + are fine, as in +55 11 98765-4321.");
    }

    private String blockedReason() {
        if (busy.get()) {
            return busyText.get();
        }
        if (!verdict.get().acceptable()) {
            return verdict.get().problems().get(0);
        }
        if (phoneProblem.get() != null) {
            return phoneProblem.get();
        }
        if (integration.get() == Integration.WHATSAPP_BUSINESS
                && (phoneDigits.get() == null || token.get() == null || token.get().isBlank())) {
            return "The WhatsApp Business API needs the business phone number and its access token.";
        }
        return null;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** Ask for the QR code at once (the server then blocks up to ~10 s), or connect later. */
    public BooleanProperty qrNowProperty() {
        return qrNow;
    }

    /** As typed; sent as digits only (see {@link #phoneDigitsProperty()}). */
    public StringProperty phoneProperty() {
        return phone;
    }

    public ObjectProperty<Integration> integrationProperty() {
        return integration;
    }

    /** Empty: the server generates the token. */
    public StringProperty tokenProperty() {
        return token;
    }

    public BooleanProperty tokenRevealedProperty() {
        return tokenRevealed;
    }

    public BooleanProperty rejectCallProperty() {
        return rejectCall;
    }

    /** Sent only when calls are rejected. */
    public StringProperty callMessageProperty() {
        return callMessage;
    }

    public BooleanProperty ignoreGroupsProperty() {
        return ignoreGroups;
    }

    public BooleanProperty alwaysOnlineProperty() {
        return alwaysOnline;
    }

    public BooleanProperty readMessagesProperty() {
        return readMessages;
    }

    public BooleanProperty readStatusProperty() {
        return readStatus;
    }

    public BooleanProperty syncFullHistoryProperty() {
        return syncFullHistory;
    }

    /** The name's problems, one a line, or null (shown once the name was edited). */
    public StringBinding nameProblemsBinding() {
        return nameProblems;
    }

    /** The name's warnings, one a line, or null: advice only, create stays allowed. */
    public StringBinding nameWarningsBinding() {
        return nameWarnings;
    }

    /** The server refused the name as taken; cleared as soon as the name changes. */
    public ReadOnlyBooleanProperty nameConflictProperty() {
        return nameConflict.getReadOnlyProperty();
    }

    /** The name field should show as invalid (a problem shown, or a conflict). */
    public BooleanBinding nameMarkedBinding() {
        return nameMarked;
    }

    /** The number as sent (digits only), or null when empty or invalid. */
    public ReadOnlyStringProperty phoneDigitsProperty() {
        return phoneDigits.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phoneProblemProperty() {
        return phoneProblem.getReadOnlyProperty();
    }

    public StringBinding phoneHintBinding() {
        return phoneHint;
    }

    /** What the chosen integration needs, or null for the default. */
    public StringBinding integrationNoteBinding() {
        return integrationNote;
    }

    public BooleanBinding callMessageEnabledBinding() {
        return callMessageEnabled;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }

    /** The last create's failure (summary, server message, tip), or null. */
    public ReadOnlyObjectProperty<ErrorBanner> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The failure's summary with the server's own words, or null. */
    public StringBinding errorTextBinding() {
        return errorText;
    }

    /** What to do about the failure, or null. */
    public StringBinding errorTipBinding() {
        return errorTip;
    }

    /** Set once create succeeded; the dialog closes on it. */
    public ReadOnlyObjectProperty<CreatedInstance> createdProperty() {
        return created.getReadOnlyProperty();
    }

    public BooleanBinding canCreateBinding() {
        return canCreate;
    }

    /** Why Create is disabled, or null when it is enabled. */
    public StringBinding createBlockedReasonBinding() {
        return createBlockedReason;
    }
}
