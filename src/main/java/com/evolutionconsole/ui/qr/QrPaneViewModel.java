package com.evolutionconsole.ui.qr;

import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.api.NotFoundException;
import com.evolutionconsole.domain.ConnectResult;
import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.Instance;
import com.evolutionconsole.domain.QrCode;
import com.evolutionconsole.qr.QrCodeImages;
import com.evolutionconsole.service.OwnerOnlyFiles;
import com.evolutionconsole.service.PairingStatus;
import com.evolutionconsole.service.PairingTracker;
import com.evolutionconsole.service.live.LiveEvent;
import com.evolutionconsole.ui.common.Cancellable;
import com.evolutionconsole.ui.common.DialogService;
import com.evolutionconsole.ui.common.ErrorBanner;
import com.evolutionconsole.ui.common.UiExecutor;
import com.evolutionconsole.ui.instances.InstanceRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The live QR pane for the focused instance. Connect (or a pairing-code request) starts pairing; then the pane
 * polls the server every few seconds — connectionState, and connect while connecting, which is side-effect free —
 * so rotated codes appear, the countdown and the count against the limit stay true, and "connected as …" shows as
 * soon as the state turns open. All server calls run in the background; one poll at a time.
 */
public final class QrPaneViewModel {

    /** How often the pane asks the server while pairing (CONTRACT §5.6: 3–5 s for the state). */
    public static final Duration POLL_INTERVAL = Duration.ofSeconds(3);
    /** No code after this long and the server most likely cannot reach WhatsApp. */
    public static final Duration UNREACHABLE_AFTER = Duration.ofSeconds(25);

    private final Supplier<EvolutionClient> client;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final BiConsumer<String, ConnectionState> stateSeen;
    private final PairingTracker tracker = new PairingTracker(UNREACHABLE_AFTER);

    private final ObjectProperty<InstanceRow> instance = new SimpleObjectProperty<>(this, "instance");
    private final ReadOnlyObjectWrapper<PairingStatus> status = new ReadOnlyObjectWrapper<>(this, "status", new PairingStatus.Idle());
    private final ReadOnlyObjectWrapper<QrCode> code = new ReadOnlyObjectWrapper<>(this, "code");
    private final ReadOnlyLongWrapper secondsLeft = new ReadOnlyLongWrapper(this, "secondsLeft");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final StringProperty phoneNumber = new SimpleStringProperty(this, "phoneNumber", "");

    private Cancellable polling = Cancellable.NONE;
    private Cancellable countdown = Cancellable.NONE;
    private Cancellable inFlight = Cancellable.NONE;
    private boolean pollRunning;
    /** The note a failed poll left, taken down by the next poll that gets an answer. */
    private String pollFailureNotice;
    /** Bumped whenever the pane switches instance or restarts, so late answers of an old session are dropped. */
    private int session;

    // derived state, built once: every binding listens to the properties it reads
    private final BooleanBinding connectAllowedBinding;
    private final BooleanBinding qrConnectAllowedBinding;
    private final StringBinding headline;
    private final StringBinding detail;
    private final StringBinding attempts;

    public QrPaneViewModel(Supplier<EvolutionClient> client, UiExecutor executor, DialogService dialogs,
                           BiConsumer<String, ConnectionState> stateSeen) {
        this.client = client;
        this.executor = executor;
        this.dialogs = dialogs;
        this.stateSeen = stateSeen;
        instance.addListener((obs, old, row) -> show(row));
        connectAllowedBinding = newConnectAllowedBinding();
        // a live code on screen, or the first one on its way, rotates by itself: pressing Connect again would only
        // restart the count; once a code has run out without a new one (a server that stopped rotating), Connect
        // is offered again
        // (the tracker's count changes only together with the status, which the binding listens to)
        qrConnectAllowedBinding = Bindings.createBooleanBinding(() -> connectAllowedBinding.get()
                && !(status.get() instanceof PairingStatus.Showing && secondsLeft.get() > 0)
                && !(status.get() instanceof PairingStatus.Waiting && tracker.codesIssued() == 0),
                connectAllowedBinding, status, secondsLeft);
        headline = newHeadline();
        detail = newDetail();
        attempts = newAttempts();
    }

    /** Starts pairing with a QR code. */
    public void connect() {
        start(null);
    }

    /** Starts pairing with a pairing code for the phone number typed in {@link #phoneNumberProperty()}. */
    public void requestPairingCode() {
        String digits = phoneNumber.get() == null ? "" : phoneNumber.get().replaceAll("[^0-9]", "");
        if (digits.length() < 8) {
            notice.set("Enter the phone number with country code, digits only, e.g. 5511999990000.");
            return;
        }
        start(digits);
    }

    /** Stops watching (the operator closed the pane or chose another instance). */
    public void stop() {
        session++;
        polling.cancel();
        countdown.cancel();
        inFlight.cancel();
        pollRunning = false;
        busy.set(false);
    }

    /**
     * A server event: a new code swaps in at once, and a state change is taken as if polled (an open state also
     * fetches the profile). Events for other instances are ignored.
     */
    public void onLiveEvent(LiveEvent event) {
        InstanceRow row = instance.get();
        if (row == null || !row.name().equals(event.instance())) {
            return;
        }
        if (LiveEvent.QRCODE_UPDATED.equals(event.event()) && tracker.watching()) {
            if (event.qrLimitReached()) {
                apply(row.name(), ConnectionState.REFUSED, null, null);
            } else {
                // qrcode.updated carries no count: it is the next code after the last one counted
                QrCode next = new QrCode(event.qrCode().code(), null, event.qrCode().pairingCode(),
                        tracker.codesIssued() + 1);
                apply(row.name(), null, new ConnectResult(ConnectionState.ABSENT, next), null);
            }
        } else if (event.state() != null && (tracker.watching() || event.state().isOpen())) {
            if (event.state().isOpen()) {
                poll(); // reads the profile name and number for "connected as …"
            } else if (event.state().kind() != ConnectionState.Kind.CONNECTING) {
                apply(row.name(), event.state(), null, null);
            }
        }
    }

    /** Saves the code as a PNG readable only by its owner. */
    public void saveQr() {
        QrCode qr = code.get();
        InstanceRow row = instance.get();
        if (qr == null || row == null) {
            return;
        }
        if (qr.png() == null && qr.code() == null) {
            notice.set("There is no QR image to save (only a pairing code).");
            return;
        }
        dialogs.chooseSaveFile("Save QR code", safeFileName(row.name()) + "_qr.png", "PNG image", "png")
                .ifPresent(path -> executor.run(() -> {
                    // drawing the PNG (ZXing, ImageIO) is work for the background, not the FX thread
                    OwnerOnlyFiles.write(path, qr.png() != null ? qr.png() : QrCodeImages.png(qr.code()));
                    return path;
                }, (Path saved) -> notice.set("Saved to " + saved + " (readable only by you)."),
                        failure -> notice.set("Could not save the QR code: " + ErrorBanner.of(failure).summary())));
    }

    /** Copies the pairing code (explicit operator action). */
    public void copyPairingCode() {
        QrCode qr = code.get();
        if (qr != null && qr.pairingCode() != null) {
            dialogs.copyToClipboard(qr.pairingCode());
            notice.set("Pairing code copied.");
        }
    }

    private void show(InstanceRow row) {
        stop();
        code.set(null);
        notice.set(null);
        if (row == null || !row.actionable()) {
            set(tracker.stopped());
            return;
        }
        ConnectionState state = row.state();
        if (state.isOpen()) {
            set(tracker.connectedAs(row.profileNameProperty().get(), row.numberProperty().get()));
        } else if (state.kind() == ConnectionState.Kind.CONNECTING) {
            // Already pairing: connect is side-effect free while connecting, so polling picks up the current code.
            set(tracker.resumed(now()));
            startPolling(true);
        } else {
            set(tracker.stopped());
        }
    }

    private void start(String number) {
        InstanceRow row = instance.get();
        if (row == null || !row.actionable() || busy.get()) {
            return;
        }
        stop();
        notice.set(null);
        code.set(null);
        String name = row.name();
        int mine = session;
        busy.set(true);
        set(tracker.started(now()));
        inFlight = executor.run(() -> client.get().connect(name, number), result -> {
            if (mine != session) {
                return;
            }
            busy.set(false);
            apply(name, null, result, null);
            if (number != null && result.qrCode().pairingCode() == null && result.qrCode().isReady()) {
                notice.set("The server sent a QR code but no pairing code: it ignores a number while a pairing is"
                        + " already in progress. Scan the code, or log out and try again.");
            }
            startPolling(false);
        }, failure -> {
            if (mine != session) {
                return;
            }
            busy.set(false);
            ErrorBanner error = ErrorBanner.of(failure);
            set(tracker.failed(error.summaryWithServer(), error.tip()));
        });
    }

    private void startPolling(boolean immediately) {
        polling.cancel();
        polling = executor.every(POLL_INTERVAL, this::poll);
        countdown.cancel();
        countdown = executor.every(Duration.ofSeconds(1), this::tickCountdown);
        if (immediately) {
            poll();
        }
    }

    /** One look at the server: the state, then the current code while connecting, then the profile once open. */
    private void poll() {
        InstanceRow row = instance.get();
        if (row == null || pollRunning || !(tracker.watching() || status.get() instanceof PairingStatus.Connected)) {
            return;
        }
        String name = row.name();
        int mine = session;
        pollRunning = true;
        inFlight = executor.run(() -> {
            EvolutionClient c = client.get();
            ConnectionState state = c.connectionState(name);
            ConnectResult current = state.kind() == ConnectionState.Kind.CONNECTING ? c.connect(name) : null;
            Instance listed = state.isOpen() ? c.fetchInstance(name).orElse(null) : null;
            return new Reading(state, current, listed);
        }, reading -> {
            if (mine != session) {
                return;
            }
            pollRunning = false;
            if (pollFailureNotice != null && pollFailureNotice.equals(notice.get())) {
                notice.set(null);
            }
            pollFailureNotice = null;
            apply(name, reading.state(), reading.current(), reading.listed());
        }, failure -> {
            if (mine != session) {
                return;
            }
            pollRunning = false;
            if (failure instanceof NotFoundException missing && !missing.routeMissing()) {
                // Deleted meanwhile, or the server restarted without it: no later poll can bring it back.
                polling.cancel();
                countdown.cancel();
                notice.set(null);
                set(tracker.failed("\"" + name + "\" is no longer on the server: it was deleted, or the server"
                        + " was restarted without it.", "Refresh the list; create the instance again if you still need it."));
                return;
            }
            // A failed poll is not the end of pairing: say so and try again at the next tick.
            pollFailureNotice = "Could not reach the server just now: " + ErrorBanner.of(failure).summary() + " Retrying…";
            notice.set(pollFailureNotice);
        });
    }

    private record Reading(ConnectionState state, ConnectResult current, Instance listed) {
    }

    private void apply(String name, ConnectionState state, ConnectResult current, Instance listed) {
        Instant now = now();
        if (state != null) {
            stateSeen.accept(name, state);
            set(tracker.stateRead(state, now));
        }
        if (current != null && tracker.watching()) {
            set(tracker.connectAnswered(current, now));
        }
        if (status.get() instanceof PairingStatus.Connected) {
            if (state == null && current != null) {
                stateSeen.accept(name, ConnectionState.OPEN);
            }
            if (listed != null) {
                set(tracker.connectedAs(listed.profileName(), listed.phoneNumber()));
            }
        }
        if (!tracker.watching()) {
            polling.cancel();
            countdown.cancel();
        } else if (!(status.get() instanceof PairingStatus.Showing)) {
            notice.set(null);
        }
    }

    private void set(PairingStatus next) {
        status.set(next);
        QrCode shown = next instanceof PairingStatus.Showing showing ? showing.qr() : null;
        if (!java.util.Objects.equals(code.get(), shown)) {
            code.set(shown); // the same code again is not redrawn
        }
        tickCountdown();
    }

    private void tickCountdown() {
        if (status.get() instanceof PairingStatus.Showing showing) {
            secondsLeft.set(Math.max(0, Duration.between(now(), showing.expiresAt()).toSeconds()));
        } else {
            secondsLeft.set(0);
        }
    }

    private Instant now() {
        return executor.clock().instant();
    }

    private static String safeFileName(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.isBlank() ? "instance" : cleaned;
    }

    /** The instance the pane shows; the shell binds it to the table's focused row. */
    public ObjectProperty<InstanceRow> instanceProperty() {
        return instance;
    }

    public ReadOnlyObjectProperty<PairingStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The code to draw, or null. */
    public ReadOnlyObjectProperty<QrCode> codeProperty() {
        return code.getReadOnlyProperty();
    }

    /** Seconds until the shown code expires (about 45 s after it appeared). */
    public ReadOnlyLongProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    /** True while a connect call is on its way (the real server takes 2–10 s). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A side note (saved, copied, a failed poll), or null. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public StringProperty phoneNumberProperty() {
        return phoneNumber;
    }

    private BooleanBinding newConnectAllowedBinding() {
        return Bindings.createBooleanBinding(() -> instance.get() != null && instance.get().actionable() && !busy.get()
                && !(status.get() instanceof PairingStatus.Connected), instance, busy, status);
    }

    /** The headline for the current status. */
    private StringBinding newHeadline() {
        return Bindings.createStringBinding(() -> headlineOf(status.get()), status, instance);
    }

    /** The explanation under the headline: what is happening and what to do. */
    private StringBinding newDetail() {
        return Bindings.createStringBinding(() -> detailOf(status.get()), status, secondsLeft, instance);
    }

    /** "Code 3 of 30" while showing, else empty. */
    private StringBinding newAttempts() {
        return Bindings.createStringBinding(() -> status.get() instanceof PairingStatus.Showing showing
                ? "Code " + showing.qr().count() + " of " + PairingTracker.CODE_LIMIT : "", status);
    }

    private String headlineOf(PairingStatus s) {
        InstanceRow row = instance.get();
        if (row == null) {
            return "No instance selected";
        }
        if (s instanceof PairingStatus.Idle) {
            return row.state().isOpen() ? "Connected" : "Not connected";
        }
        if (s instanceof PairingStatus.Waiting) {
            return "Waiting for a QR code…";
        }
        if (s instanceof PairingStatus.Showing showing) {
            return showing.qr().pairingCode() != null ? "Enter this pairing code on the phone" : "Scan with WhatsApp";
        }
        if (s instanceof PairingStatus.Unreachable) {
            return "The server cannot reach WhatsApp";
        }
        if (s instanceof PairingStatus.Expired) {
            return "Pairing stopped";
        }
        if (s instanceof PairingStatus.Connected connected) {
            String who = connected.profileName() != null ? connected.profileName() : connected.number();
            return who == null ? "Connected" : "Connected as " + who
                    + (connected.profileName() != null && connected.number() != null ? " (" + connected.number() + ")" : "");
        }
        if (s instanceof PairingStatus.Failed) {
            return "Could not start pairing";
        }
        return "";
    }

    private String detailOf(PairingStatus s) {
        if (instance.get() == null) {
            return "Select an instance in the table to see its QR code and actions.";
        }
        if (s instanceof PairingStatus.Idle) {
            return instance.get().state().isOpen() ? "This instance is paired with WhatsApp."
                    : "Press Connect to show a QR code, or enter a phone number to get a pairing code.";
        }
        if (s instanceof PairingStatus.Waiting) {
            return "The server is preparing the first code; it can take a few seconds.";
        }
        if (s instanceof PairingStatus.Showing showing) {
            long left = secondsLeft.get();
            return left > 0 ? "Expires in about " + left + " s; a new code replaces it automatically."
                    : "This code has expired; the next one is on its way.";
        }
        if (s instanceof PairingStatus.Unreachable) {
            return "No QR code came for " + UNREACHABLE_AFTER.toSeconds() + " s. The server cannot open a connection to"
                    + " WhatsApp: check its internet access, proxy and firewall (outbound HTTPS/WebSocket to"
                    + " web.whatsapp.com), then press Connect again. The console keeps checking meanwhile.";
        }
        if (s instanceof PairingStatus.Expired expired) {
            return "No more codes: " + expired.reason() + ". Press Connect to start again with a fresh set of codes.";
        }
        if (s instanceof PairingStatus.Connected) {
            return "Paired with WhatsApp. Presence and the other actions are available now.";
        }
        if (s instanceof PairingStatus.Failed failed) {
            return failed.summary() + " " + failed.tip();
        }
        return "";
    }
    public BooleanBinding connectAllowedBinding() {
        return connectAllowedBinding;
    }

    /** Connect with a QR code: as {@link #connectAllowedBinding()}, but not while a live code is shown. */
    public BooleanBinding qrConnectAllowedBinding() {
        return qrConnectAllowedBinding;
    }

    public StringBinding headline() {
        return headline;
    }

    public StringBinding detail() {
        return detail;
    }

    public StringBinding attempts() {
        return attempts;
    }
}
