package com.evolutionconsole.service.health;

import com.evolutionconsole.service.DaemonThreads;
import com.evolutionconsole.api.EvolutionApiException;
import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.api.NotFoundException;
import com.evolutionconsole.domain.ConnectResult;
import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.Instance;
import com.evolutionconsole.domain.KeyCheck;
import com.evolutionconsole.domain.KeyKind;
import com.evolutionconsole.domain.ServerInfo;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's {@code instance_health_check}, done better: for each instance its existence, the listed (stored) state
 * next to the live one, readiness, issues that each come with a tip, and, only when asked, whether a closed
 * instance gets a QR code; plus the server's reachability, version, latency and key kind. Instances are checked
 * on the injected pool, whose size bounds how many run at once.
 */
public final class HealthChecker {

    /**
     * A bound that keeps a thousand checks quick when each call waits on the network (32 at 20 ms ≈ 1,600 checks/s)
     * while a slow server never gets a burst of hundreds: state reads take 1–4 ms on the real server.
     */
    public static final int DEFAULT_PARALLELISM = 32;

    private static final Logger LOG = LoggerFactory.getLogger(HealthChecker.class);

    private final ExecutorService pool;
    private final Clock clock;

    /** {@code pool} runs the instance checks; its thread count is the concurrency bound. */
    public HealthChecker(ExecutorService pool) {
        this(pool, Clock.systemUTC());
    }

    public HealthChecker(ExecutorService pool, Clock clock) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A pool of daemon threads for the app: they never keep the JVM alive after the window closed. */
    public static ExecutorService newPool(int threads) {
        return DaemonThreads.fixedPool("health-check", threads);
    }

    /** A run, not yet started: {@link HealthRun#call()} performs it (blocking), {@link HealthRun#cancel()} stops it. */
    public HealthRun prepare(EvolutionClient client, HealthRequest request, HealthListener listener) {
        return new HealthRun(this, pool, clock, client, request, listener == null ? new HealthListener() { } : listener);
    }

    /**
     * One instance; never throws for a server failure, which becomes an issue. {@code listed} is its list row, or
     * null when it was not listed or the list could not be read ({@code listKnown} false).
     */
    InstanceHealth checkInstance(EvolutionClient client, String name, Instance listed, boolean listKnown,
                                 boolean probeQr) {
        ConnectionState listedState = listed == null ? null : listed.storedState();
        if (name.isEmpty()) {
            return new InstanceHealth(name, listed != null, listedState, null, QrAvailability.NOT_PROBED, List.of(
                    HealthIssue.problem("The instance has no name, so no API route can reach it.",
                            "It cannot be checked, connected or deleted through the API.")));
        }
        List<HealthIssue> issues = new ArrayList<>();
        ConnectionState live;
        try {
            live = client.connectionState(name);
        } catch (NotFoundException e) {
            if (e.routeMissing()) {
                return unreadable(name, listed, listedState, e);
            }
            // The server checks existence before the key, so a 404 here is a fact even for a foreign token.
            return new InstanceHealth(name, false, listedState, null, QrAvailability.NOT_PROBED, List.of(
                    HealthIssue.problem(listed == null ? "No instance named \"" + name + "\" on this server."
                                    : "\"" + name + "\" was listed but no longer exists (deleted during the check?).",
                            "Create it first, or check the name: names are case-sensitive.")));
        } catch (EvolutionApiException e) {
            return unreadable(name, listed, listedState, e);
        }
        if (listKnown && listed == null) {
            issues.add(HealthIssue.info("Not in the instance list this key can see.",
                    "An instance token lists only its own instance; use the global key to see all."));
        }
        issues.addAll(stateIssues(live));
        if (listedState != null && !listedState.label().equals(live.label())) {
            issues.add(HealthIssue.info("Listed as " + listedState.label() + ", live state is " + live.label() + ".",
                    "The list shows the server's stored copy, which lags; the live state is what counts."));
        }
        QrAvailability qr = QrAvailability.NOT_PROBED;
        if (probeQr && live.kind() == ConnectionState.Kind.CLOSE) {
            qr = probeQr(client, name, issues);
        }
        return new InstanceHealth(name, true, listedState, live, qr, issues);
    }

    /** Reads GET / (timed), the key kind and the list outcome; skips what is left once {@code cancelled}. */
    ServerHealth checkServer(EvolutionClient client, List<Instance> listed, EvolutionApiException listFailure,
                             BooleanSupplier cancelled) {
        List<HealthIssue> issues = new ArrayList<>();
        boolean reachable = false;
        String version = null;
        Long latency = null;
        KeyKind key = null;
        if (listFailure != null) {
            issues.add(HealthIssue.problem("Cannot list the instances: " + listFailure.summary(), listFailure.tip()));
        }
        if (!cancelled.getAsBoolean()) {
            long start = System.nanoTime();
            try {
                ServerInfo info = client.serverInfo();
                latency = (System.nanoTime() - start) / 1_000_000;
                reachable = true;
                version = info.version();
            } catch (EvolutionApiException e) {
                issues.add(HealthIssue.problem("The server did not answer GET / as an Evolution API server: "
                        + e.summary(), e.tip()));
            }
        }
        if (reachable && !cancelled.getAsBoolean()) {
            try {
                KeyCheck check = client.checkKey();
                key = check.kind();
                if (key == KeyKind.INSTANCE_TOKEN) {
                    issues.add(HealthIssue.info("The key is the token of "
                                    + (check.instanceName() == null ? "one instance" : "\"" + check.instanceName() + "\"")
                                    + ": other instances cannot be read with it.",
                            "Use the server's global key to check every instance."));
                }
            } catch (EvolutionApiException e) {
                issues.add(HealthIssue.problem("Cannot check the API key: " + e.summary(), e.tip()));
            }
        }
        if (cancelled.getAsBoolean() && (!reachable || key == null)) {
            issues.add(HealthIssue.info("Cancelled before every server check ran.", "Check again for a full report."));
        }
        return new ServerHealth(client.baseUrl().toString(), reachable, version, latency, key,
                listed == null ? null : listed.size(), issues);
    }

    /** A last resort for a bug: the run must report every instance, so an unexpected failure becomes an issue. */
    InstanceHealth failedUnexpectedly(String name, Instance listed, RuntimeException failure) {
        LOG.warn("Health check of {} failed unexpectedly", name, failure);
        return new InstanceHealth(name, listed != null, listed == null ? null : listed.storedState(), null,
                QrAvailability.NOT_PROBED, List.of(HealthIssue.problem(
                "The check failed unexpectedly: " + failure.getClass().getSimpleName() + ".",
                "Check again; if it keeps happening, the log has the details.")));
    }

    private static InstanceHealth unreadable(String name, Instance listed, ConnectionState listedState,
                                             EvolutionApiException e) {
        return new InstanceHealth(name, listed != null, listedState, null, QrAvailability.NOT_PROBED, List.of(
                HealthIssue.problem("Cannot read the live state: " + e.summary(), e.tip())));
    }

    private static List<HealthIssue> stateIssues(ConnectionState live) {
        return switch (live.kind()) {
            case OPEN -> List.of();
            case CONNECTING -> List.of(HealthIssue.warning("Pairing in progress (connecting).",
                    "Scan the QR code in its QR pane, or wait. A state that keeps switching between connecting and "
                            + "close means the server cannot reach WhatsApp."));
            case CLOSE -> List.of(HealthIssue.problem("Disconnected (close).",
                    "Connect it and scan the QR code, or enter the pairing code, on the phone."));
            case REFUSED -> List.of(HealthIssue.problem("The connection was refused: the QR code limit was reached.",
                    "Connect it again for a new batch of QR codes."));
            case UNKNOWN -> List.of(live.raw().isEmpty()
                    ? HealthIssue.warning("The server gave no state: the instance is in its database but not loaded.",
                            "Restart the Evolution API server so it loads the instance, then check again.")
                    : HealthIssue.warning("Unknown state: \"" + live.raw() + "\".",
                            "The console does not know this state and shows it as the server sent it; "
                                    + "check the server's version and log."));
        };
    }

    private static QrAvailability probeQr(EvolutionClient client, String name, List<HealthIssue> issues) {
        try {
            ConnectResult result = client.connect(name);
            if (result.alreadyConnected()) {
                issues.add(HealthIssue.info("It was connected by the time of the QR probe.", "Check again."));
                return QrAvailability.NOT_PROBED;
            }
            if (result.qrCode().isReady()) {
                issues.add(HealthIssue.info("A QR code is available for reconnection; the probe started pairing.",
                        "Open its QR pane to scan the code before it expires (about 45 s)."));
                return QrAvailability.AVAILABLE;
            }
            issues.add(HealthIssue.warning("Connect gave no QR code yet; the probe started pairing.",
                    "Open its QR pane and wait; if no code comes, the server cannot reach WhatsApp."));
            return QrAvailability.NO_CODE_YET;
        } catch (EvolutionApiException e) {
            issues.add(HealthIssue.problem("Cannot generate a QR code: " + e.summary(), e.tip()));
            return QrAvailability.FAILED;
        }
    }
}
