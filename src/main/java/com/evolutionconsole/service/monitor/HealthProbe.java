package com.evolutionconsole.service.monitor;

import com.evolutionconsole.api.AuthenticationException;
import com.evolutionconsole.api.EvolutionApiException;
import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.api.NetworkException;
import com.evolutionconsole.api.NotFoundException;
import com.evolutionconsole.api.UntrustedCertificateException;
import com.evolutionconsole.domain.ConnectResult;
import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.Instance;
import com.evolutionconsole.domain.Presence;
import com.evolutionconsole.service.monitor.CheckResult.Verdict;
import java.util.Optional;

/** The two-part check (state open AND a harmless presence probe) and the restart, over the blocking client. */
final class HealthProbe {

    // The probe sends "paused" (stopped typing): a server that lost the WhatsApp socket still says open, but
    // answers it with 400 TypeError. A check never throws for a server failure: it becomes the verdict.

    private HealthProbe() {
    }

    static CheckResult check(EvolutionClient client, String name) {
        ConnectionState state;
        try {
            state = client.connectionState(name);
        } catch (NotFoundException e) {
            return e.routeMissing() ? uncheckable(e) : missing(name);
        } catch (EvolutionApiException e) {
            return uncheckable(e);
        }
        if (state.isOpen()) {
            return probePresence(client, name, state);
        }
        Integer finalReason = state.kind() == ConnectionState.Kind.CLOSE ? finalReason(client, name) : null;
        if (finalReason != null) {
            return new CheckResult(Verdict.LOGGED_OUT, state, finalReason,
                    "state close, final (statusReason " + StatusReason.describe(finalReason) + ")", null);
        }
        return new CheckResult(Verdict.DOWN, state, null, stateText(state), null);
    }

    /**
     * Restarts, or reconnects a closed instance: the server refuses to restart one that is closed (200 with
     * "error": true), while connect brings back a session whose credentials it still has. Returns what happened.
     */
    static String remedy(EvolutionClient client, String name, ConnectionState lastState) {
        if (lastState != null && lastState.kind() == ConnectionState.Kind.CLOSE) {
            ConnectResult result = client.connect(name);
            return result.alreadyConnected() ? "it was closed, so it was reconnected; the server says it is open"
                    : "it was closed, so it was reconnected (connect); the server reconnects it by itself";
        }
        ConnectResult result = client.restart(name);
        return result.alreadyConnected() ? "restarted; the server says it is open again"
                : "restart requested; the server reconnects it by itself";
    }

    /** The server's words for a failure, else its summary: what the timeline and alerts quote. */
    static String words(EvolutionApiException e) {
        String server = e.shownServerMessage();
        return server.isEmpty() ? e.summary() : server;
    }

    private static CheckResult probePresence(EvolutionClient client, String name, ConnectionState state) {
        try {
            client.setPresence(name, Presence.PAUSED);
            return new CheckResult(Verdict.HEALTHY, state, null, "open; presence probe ok", null);
        } catch (NotFoundException e) {
            return e.routeMissing() ? uncheckable(e) : missing(name);
        } catch (AuthenticationException | NetworkException | UntrustedCertificateException e) {
            return uncheckable(e);
        } catch (EvolutionApiException e) {
            // A 400 TypeError, a 5xx or a timeout right after the state read answered: the instance's socket is gone.
            return new CheckResult(Verdict.PROBE_FAILED, state, null,
                    "says open, but the presence probe failed: " + words(e), null);
        }
    }

    /**
     * The statusReason of a final close, from the list row. The row keeps its code after the instance pairs again,
     * so the code counts only while the row's stored state is close too (it is written on open and on final close).
     */
    private static Integer finalReason(EvolutionClient client, String name) {
        try {
            Optional<Instance> row = client.fetchInstance(name);
            return row.filter(i -> i.storedState().kind() == ConnectionState.Kind.CLOSE)
                    .map(Instance::disconnectionReasonCode)
                    .filter(StatusReason::isFinal)
                    .orElse(null);
        } catch (EvolutionApiException e) {
            return null; // the reason stays unknown; the state alone decides
        }
    }

    private static String stateText(ConnectionState state) {
        return switch (state.kind()) {
            case OPEN, CLOSE, CONNECTING -> "state " + state.label();
            case REFUSED -> "state refused (QR code limit reached)";
            case UNKNOWN -> state.raw().isEmpty()
                    ? "no state: the server has the instance in its database but not loaded"
                    : "unknown state \"" + state.raw() + "\"";
        };
    }

    private static CheckResult missing(String name) {
        return new CheckResult(Verdict.MISSING, null, null, "the server has no instance \"" + name + "\"", null);
    }

    private static CheckResult uncheckable(EvolutionApiException e) {
        return new CheckResult(Verdict.UNCHECKABLE, null, null, "could not check: " + e.summary()
                + (e.shownServerMessage().isEmpty() ? "" : " Server said: " + e.shownServerMessage()), e.tip());
    }
}
