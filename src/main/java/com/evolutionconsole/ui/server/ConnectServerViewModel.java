package com.evolutionconsole.ui.server;

import com.evolutionconsole.api.CertificateDetails;
import com.evolutionconsole.api.UntrustedCertificateException;
import com.evolutionconsole.domain.KeyKind;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.service.PlainHttpWarning;
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
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The server form of the Servers dialog: a URL and a key, checked the way the console will use them ({@code GET /} for the version,
 * {@code verify-creds} and the listing for the key's kind) before the operator switches to that server. It warns
 * while the URL would send the key unencrypted, and offers a refused HTTPS certificate to trust by fingerprint.
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
    private final ReadOnlyStringWrapper plainHttpWarning = new ReadOnlyStringWrapper(this, "plainHttpWarning");
    private final ReadOnlyObjectWrapper<CertificateDetails> offeredCertificate =
            new ReadOnlyObjectWrapper<>(this, "offeredCertificate");
    /** The fingerprint the operator trusted for the URL as typed (or a saved server brought along), or null. */
    private final StringProperty pinnedCertificate = new SimpleStringProperty(this, "pinnedCertificate");
    private final BooleanBinding inputsComplete;
    private final StringBinding offeredCertificateText;
    private final StringBinding pinnedCertificateText;
    /** Counts checks and edits, so the answer to a check the operator has since made stale is dropped. */
    private long attempt;

    public ConnectServerViewModel(ServerConnector connector, UiExecutor executor) {
        this.connector = connector;
        this.executor = executor;
        // Any edit makes an earlier check meaningless.
        url.addListener((obs, old, now) -> {
            forgetCheck();
            // a certificate belongs to the server it came from
            offeredCertificate.set(null);
            pinnedCertificate.set(null);
            plainHttpWarning.set(PlainHttpWarning.forUrl(now).map(PlainHttpWarning::text).orElse(null));
        });
        key.addListener((obs, old, now) -> forgetCheck());
        inputsComplete = Bindings.createBooleanBinding(() -> !url.get().isBlank() && !key.get().isBlank(), url, key);
        offeredCertificateText = Bindings.createStringBinding(() -> describe(offeredCertificate.get()), offeredCertificate);
        pinnedCertificateText = Bindings.createStringBinding(() -> pinnedCertificate.get() == null ? null
                : "Trusted certificate (pinned): SHA-256 " + pinnedCertificate.get(), pinnedCertificate);
    }

    /** The refused certificate as the operator compares it with the server's: who, by whom, when, fingerprint. */
    private static String describe(CertificateDetails c) {
        if (c == null) {
            return null;
        }
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ISO_LOCAL_DATE
                .withZone(java.time.ZoneOffset.UTC);
        return "Issued to: " + c.subject() + "\nIssued by: " + (c.selfSigned() ? "itself (self-signed)" : c.issuer())
                + "\nValid: " + day.format(c.notBefore()) + " to " + day.format(c.notAfter())
                + (c.expired() ? " (expired)" : "") + (c.hostnameMismatch() ? "\nNot issued for this server's address." : "")
                + "\nSHA-256 fingerprint: " + c.fingerprint();
    }

    public void check() {
        if (!inputsComplete().get() || checking.get()) {
            return;
        }
        forgetCheck();
        offeredCertificate.set(null);
        checking.set(true);
        long thisAttempt = attempt;
        String typedUrl = url.get().strip();
        Secret typedKey = Secret.of(key.get());
        String pin = pinnedCertificate.get();
        executor.run(() -> connector.connect(typedUrl, typedKey, pin, false), connection -> {
            checking.set(false);
            if (thisAttempt != attempt) {
                connection.client().close();
                return;
            }
            checked.set(connection);
        }, failure -> {
            checking.set(false);
            if (thisAttempt != attempt) {
                return;
            }
            if (failure instanceof UntrustedCertificateException untrusted) {
                offeredCertificate.set(untrusted.certificate());
            }
            error.set(failure instanceof IllegalArgumentException bad
                    ? new ErrorBanner(bad.getMessage(), "Type the server's address, as in http://localhost:8080.", "")
                    : ErrorBanner.of(failure));
        });
    }

    /**
     * Trusts the certificate the last check refused ({@link #offeredCertificateProperty()}), by its fingerprint, and
     * checks again; on success the checked connection carries that pin. Show the certificate and its warnings
     * first: the operator should compare the fingerprint with the server's.
     */
    public void trustCertificateAndCheck() {
        CertificateDetails offered = offeredCertificate.get();
        if (offered == null || checking.get()) {
            return;
        }
        pinnedCertificate.set(offered.fingerprint());
        check();
    }

    /** Closes a checked connection the operator did not take. */
    public void cancel() {
        forgetCheck();
    }

    /**
     * Hands the checked connection over (the console is switching to it): the editor lets go of it without closing
     * it, so later edits or a cancel cannot close a connection in use.
     */
    public ServerConnection take() {
        attempt++;
        ServerConnection taken = checked.get();
        checked.set(null);
        return taken;
    }

    private void forgetCheck() {
        attempt++;
        ServerConnection previous = checked.get();
        if (previous != null) {
            previous.client().close();
        }
        checked.set(null);
        error.set(null);
    }

    public BooleanBinding inputsComplete() {
        return inputsComplete;
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

    /** The offered certificate in words (several lines), or null. */
    public StringBinding offeredCertificateText() {
        return offeredCertificateText;
    }

    /** "Trusted certificate (pinned): SHA-256 …", or null. */
    public StringBinding pinnedCertificateText() {
        return pinnedCertificateText;
    }

    /** The trusted certificate's fingerprint for this URL, or null; editing the URL clears it. */
    public StringProperty pinnedCertificateProperty() {
        return pinnedCertificate;
    }

    /** The plain-HTTP warning for the URL as typed, or null when the key would not cross the network unencrypted. */
    public ReadOnlyStringProperty plainHttpWarningProperty() {
        return plainHttpWarning.getReadOnlyProperty();
    }

    /**
     * The certificate the last check refused, to show with its fingerprint and offer to trust; null otherwise.
     * {@link CertificateDetails#pinChanged()} means it replaced one trusted before: say so as a serious warning.
     */
    public ReadOnlyObjectProperty<CertificateDetails> offeredCertificateProperty() {
        return offeredCertificate.getReadOnlyProperty();
    }
}
