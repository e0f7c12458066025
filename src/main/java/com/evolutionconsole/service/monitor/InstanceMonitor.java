package com.evolutionconsole.service.monitor;

import com.evolutionconsole.api.EvolutionApiException;
import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.service.monitor.CheckResult.Verdict;
import com.evolutionconsole.service.monitor.MonitorScheduler.Scheduled;
import com.evolutionconsole.service.monitor.TimelineEntry.Event;
import com.evolutionconsole.service.monitor.WatchStatus.Phase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Watches instances: checks on an interval and on demand, one alert per episode past a threshold, backoff restarts. */
public final class InstanceMonitor implements AutoCloseable {

    // Unlike the SDK's sleeping loops that restart blindly: time comes only from the injected clock and scheduler,
    // the server's close/connecting flap stays quiet, and a final close (logged out) is never restarted.
    // Thread-safe: checks of different instances may run in parallel; one instance is never checked twice at once.

    private static final Logger LOG = LoggerFactory.getLogger(InstanceMonitor.class);
    private static final Scheduled NOTHING = () -> { };

    /** Why a check runs: a demand clears the merge flag, a re-check ends the wait a restart set. */
    private enum Trigger { REGULAR, DEMAND, RECHECK }

    private final Supplier<EvolutionClient> client;
    private final MonitorScheduler scheduler;
    private final Clock clock;
    private final List<MonitorListener> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private final Map<String, Watch> watches = new LinkedHashMap<>();
    private MonitorSettings settings;
    private long revision;
    private long alertIds;

    /**
     * {@code client} is asked for the current client at every check (it may throw while not connected: the check
     * then reports that). {@code scheduler} must not run a task inline in {@code schedule}.
     */
    public InstanceMonitor(Supplier<EvolutionClient> client, MonitorScheduler scheduler, Clock clock,
                           MonitorSettings settings) {
        this.client = Objects.requireNonNull(client, "client");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public void addListener(MonitorListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public MonitorSettings settings() {
        synchronized (lock) {
            return settings;
        }
    }

    /** Applies new settings at once: the next regular checks move to the last check plus the new interval. */
    public void updateSettings(MonitorSettings next) {
        Objects.requireNonNull(next, "next");
        List<WatchStatus> changed = new ArrayList<>();
        synchronized (lock) {
            settings = next;
            for (Watch watch : watches.values()) {
                while (watch.timeline.size() > next.timelineLimit()) {
                    watch.timeline.removeFirst();
                }
                if (watch.lastCheckAt != null) {
                    scheduleRegular(watch);
                }
                changed.add(snapshot(watch));
            }
        }
        changed.forEach(this::publish);
    }

    /** Starts watching {@code name} and checks it at once; false (and nothing changes) when already watched. */
    public boolean watch(String name, boolean autoRestart) {
        Objects.requireNonNull(name, "name");
        WatchStatus status;
        synchronized (lock) {
            if (watches.containsKey(name)) {
                return false;
            }
            Watch watch = new Watch(name, autoRestart);
            watches.put(name, watch);
            requestCheck(watch);
            status = snapshot(watch);
        }
        publish(status);
        return true;
    }

    /** Stops watching {@code name}: its timers stop and a check still running is ignored. */
    public boolean unwatch(String name) {
        synchronized (lock) {
            Watch watch = watches.remove(name);
            if (watch == null) {
                return false;
            }
            watch.cancelTimers();
        }
        listeners.forEach(listener -> listener.watchRemoved(name));
        return true;
    }

    /** Stops watching everything (for example when the console switches servers). */
    public void unwatchAll() {
        List<String> names;
        synchronized (lock) {
            names = new ArrayList<>(watches.keySet());
        }
        names.forEach(this::unwatch);
    }

    public boolean isWatched(String name) {
        synchronized (lock) {
            return watches.containsKey(name);
        }
    }

    /** The watched names, in the order they were added. */
    public List<String> watched() {
        synchronized (lock) {
            return List.copyOf(watches.keySet());
        }
    }

    public Optional<WatchStatus> status(String name) {
        synchronized (lock) {
            return Optional.ofNullable(watches.get(name)).map(this::snapshot);
        }
    }

    /**
     * Turns auto-restart on or off for a watched instance. Off stops a restart sequence; on during an alert checks
     * at once, so the first restart does not wait for the next regular check.
     */
    public void setAutoRestart(String name, boolean on) {
        WatchStatus status;
        synchronized (lock) {
            Watch watch = watches.get(name);
            if (watch == null || watch.autoRestart == on) {
                return;
            }
            watch.autoRestart = on;
            if (!on) {
                watch.recheck.cancel();
                watch.awaitingRecheck = false;
            } else if (watch.alerted) {
                requestCheck(watch);
            }
            status = snapshot(watch);
        }
        publish(status);
    }

    /**
     * Checks {@code name} as soon as possible, off the caller's thread (a live event arrived, or a person asked).
     * Requests that come while one is pending are merged. False when {@code name} is not watched.
     */
    public boolean checkNow(String name) {
        synchronized (lock) {
            Watch watch = watches.get(name);
            if (watch == null) {
                return false;
            }
            requestCheck(watch);
            return true;
        }
    }

    /** Stops all watching; the monitor can be used again afterwards. */
    @Override
    public void close() {
        unwatchAll();
    }

    // ---- checking ---------------------------------------------------------------------------------------------

    /** Under the lock. */
    private void requestCheck(Watch watch) {
        if (!watch.demandPending) {
            watch.demandPending = true;
            watch.demand = scheduler.schedule(Duration.ZERO, () -> runCheck(watch, Trigger.DEMAND));
        }
    }

    private void runCheck(Watch watch, Trigger trigger) {
        synchronized (lock) {
            if (!isCurrent(watch)) {
                return;
            }
            if (trigger == Trigger.DEMAND) {
                watch.demandPending = false;
            } else if (trigger == Trigger.RECHECK) {
                watch.awaitingRecheck = false;
            }
            if (watch.checking) {
                // The running check's outcome is older than this request: run once more after it.
                watch.again = true;
                return;
            }
            watch.checking = true;
        }
        try {
            boolean repeat;
            do {
                checkOnce(watch);
                synchronized (lock) {
                    repeat = watch.again && isCurrent(watch);
                    watch.again = false;
                }
            } while (repeat);
        } finally {
            synchronized (lock) {
                watch.checking = false;
            }
        }
    }

    private void checkOnce(Watch watch) {
        CheckResult result = probe(watch.name);
        Outcome outcome;
        synchronized (lock) {
            if (!isCurrent(watch)) {
                return;
            }
            outcome = apply(watch, result);
        }
        publish(outcome);
        if (outcome.restartAttempt > 0) {
            restart(watch, outcome.restartAttempt, result.state());
        }
    }

    private CheckResult probe(String name) {
        EvolutionClient current;
        try {
            current = client.get();
        } catch (RuntimeException notConnected) {
            return new CheckResult(Verdict.UNCHECKABLE, null, null, "could not check: not connected to a server",
                    "Connect to the server again.");
        }
        try {
            return HealthProbe.check(current, name);
        } catch (RuntimeException bug) {
            LOG.warn("Monitor check of {} failed unexpectedly", name, bug);
            return new CheckResult(Verdict.UNCHECKABLE, null, null,
                    "could not check: the check failed unexpectedly (" + bug.getClass().getSimpleName() + ")",
                    "If it keeps happening, the log has the details.");
        }
    }

    /** Under the lock: records the check, decides alerts and whether to restart, and plans the next check. */
    private Outcome apply(Watch watch, CheckResult result) {
        Instant now = clock.instant();
        Outcome outcome = new Outcome();
        watch.lastCheckAt = now;
        watch.verdict = result.verdict();
        watch.state = result.state();
        watch.reasonCode = result.reasonCode();
        watch.detail = result.detail();
        addEntry(watch, TimelineEntry.of(now, result.state(), result.reasonCode(), eventOf(result.verdict()),
                result.detail()));
        if (result.verdict() == Verdict.HEALTHY) {
            recover(watch, now, outcome);
        } else {
            if (watch.unhealthySince == null) {
                watch.unhealthySince = now;
            }
            Duration down = Duration.between(watch.unhealthySince, now);
            if (result.verdict() == Verdict.LOGGED_OUT || result.verdict() == Verdict.MISSING) {
                finalEpisode(watch, result, now, outcome);
            } else {
                if (!watch.alerted && down.compareTo(settings.alertAfter()) >= 0) {
                    watch.alerted = true;
                    raise(watch, outcome, now, MonitorAlert.Kind.UNHEALTHY, result,
                            quote(watch.name) + " has been unhealthy for " + DurationText.of(down) + ": "
                                    + sentence(result.detail()), unhealthyTip(watch, result));
                }
                if (restartDue(watch, result.verdict())) {
                    if (watch.attempts >= settings.maxRestarts()) {
                        giveUp(watch, result, now, outcome);
                    } else {
                        outcome.restartAttempt = ++watch.attempts;
                    }
                }
            }
        }
        scheduleRegular(watch);
        outcome.status = snapshot(watch);
        return outcome;
    }

    private void recover(Watch watch, Instant now, Outcome outcome) {
        if (watch.unhealthySince == null) {
            return;
        }
        String after = "after " + DurationText.of(Duration.between(watch.unhealthySince, now))
                + (watch.attempts == 0 ? "" : " and " + restarts(watch.attempts));
        addEntry(watch, TimelineEntry.of(now, watch.state, null, Event.RECOVERED, "healthy again " + after
                + (watch.alerted ? "" : "; back within the alert threshold, so no alert")));
        if (watch.alerted) {
            raise(watch, outcome, now, MonitorAlert.Kind.RECOVERED, null,
                    quote(watch.name) + " is healthy again " + after + ".", "");
        }
        watch.unhealthySince = null;
        watch.alerted = false;
        watch.finalSeen = false;
        watch.gaveUp = false;
        watch.attempts = 0;
        watch.awaitingRecheck = false;
        watch.recheck.cancel();
    }

    /** A final close or a deleted instance: alerted at once (neither comes back by itself), never restarted. */
    private void finalEpisode(Watch watch, CheckResult result, Instant now, Outcome outcome) {
        watch.recheck.cancel();
        watch.awaitingRecheck = false;
        if (watch.finalSeen) {
            return;
        }
        watch.finalSeen = true;
        watch.alerted = true;
        if (result.verdict() == Verdict.LOGGED_OUT) {
            raise(watch, outcome, now, MonitorAlert.Kind.LOGGED_OUT, result, quote(watch.name)
                            + " was logged out of WhatsApp (statusReason " + StatusReason.describe(result.reasonCode())
                            + "): the server will not reconnect it.",
                    "Connect it and scan a new QR code on the phone. A logged-out instance is never restarted.");
        } else {
            raise(watch, outcome, now, MonitorAlert.Kind.MISSING, result,
                    quote(watch.name) + " no longer exists on the server.",
                    "Stop watching it, or create it again under the same name.");
        }
    }

    private void giveUp(Watch watch, CheckResult result, Instant now, Outcome outcome) {
        watch.gaveUp = true;
        String text = "gave up after " + restarts(watch.attempts) + ": still " + result.detail();
        addEntry(watch, TimelineEntry.of(now, result.state(), result.reasonCode(), Event.GAVE_UP, text));
        raise(watch, outcome, now, MonitorAlert.Kind.GAVE_UP, result,
                quote(watch.name) + ": " + text + ".",
                "Look at the server's log and the phone. Restart it by hand, or connect it and scan a new QR code.");
    }

    /**
     * Due once alerted with auto-restart on, for a state a restart can change, unless a restart is still awaiting
     * its re-check, every attempt is used, or this episode saw a final close (the person may be pairing it again).
     */
    private boolean restartDue(Watch watch, Verdict verdict) {
        return watch.autoRestart && watch.alerted && verdict.restartable() && !watch.awaitingRecheck
                && !watch.gaveUp && !watch.finalSeen;
    }

    private void restart(Watch watch, int attempt, ConnectionState lastState) {
        String text;
        try {
            text = HealthProbe.remedy(client.get(), watch.name, lastState);
        } catch (EvolutionApiException e) {
            text = "failed: " + HealthProbe.words(e);
        } catch (RuntimeException e) {
            LOG.warn("Monitor restart of {} failed unexpectedly", watch.name, e);
            text = "failed: " + e.getClass().getSimpleName();
        }
        WatchStatus status;
        synchronized (lock) {
            if (!isCurrent(watch)) {
                return;
            }
            Instant now = clock.instant();
            Duration wait = settings.restartDelay(attempt);
            addEntry(watch, TimelineEntry.of(now, lastState, null, Event.RESTART, "restart attempt " + attempt
                    + " of " + settings.maxRestarts() + ": " + text + "; re-check in " + DurationText.of(wait)));
            // Counted even when the server refused: the backoff protects the server and the phone alike.
            watch.awaitingRecheck = true;
            watch.recheckAt = now.plus(wait);
            watch.recheck = scheduler.schedule(wait, () -> runCheck(watch, Trigger.RECHECK));
            status = snapshot(watch);
        }
        publish(status);
    }

    /** Under the lock: the next regular check, sooner while an episode approaches the alert threshold. */
    private void scheduleRegular(Watch watch) {
        watch.regular.cancel();
        Duration wait = settings.checkInterval();
        if (watch.unhealthySince != null && !watch.alerted) {
            Duration left = settings.alertAfter().minus(Duration.between(watch.unhealthySince, watch.lastCheckAt));
            if (left.compareTo(wait) < 0) {
                wait = left.isNegative() ? Duration.ZERO : left;
            }
        }
        Instant now = clock.instant();
        Instant due = watch.lastCheckAt.plus(wait);
        watch.nextRegularAt = due.isBefore(now) ? now : due;
        watch.regular = scheduler.schedule(Duration.between(now, watch.nextRegularAt),
                () -> runCheck(watch, Trigger.REGULAR));
    }

    // ---- records and reports ----------------------------------------------------------------------------------

    private void raise(Watch watch, Outcome outcome, Instant now, MonitorAlert.Kind kind, CheckResult result,
                       String message, String tip) {
        ConnectionState state = result == null ? watch.state : result.state();
        Integer reason = result == null ? null : result.reasonCode();
        MonitorAlert alert = new MonitorAlert(++alertIds, watch.name, now, kind, state, reason, message, tip);
        if (kind == MonitorAlert.Kind.UNHEALTHY || kind == MonitorAlert.Kind.LOGGED_OUT
                || kind == MonitorAlert.Kind.MISSING) {
            addEntry(watch, TimelineEntry.of(now, state, reason, Event.ALERT, message));
        }
        outcome.alerts.add(alert);
        LOG.info("Monitor alert: {}", message);
    }

    private String unhealthyTip(Watch watch, CheckResult result) {
        if (result.verdict() == Verdict.UNCHECKABLE) {
            return result.tip();
        }
        if (watch.autoRestart) {
            return "Auto-restart is on: it is restarted up to " + settings.maxRestarts() + " times, with growing pauses.";
        }
        return result.verdict() == Verdict.PROBE_FAILED
                ? "It says open but cannot send: restart it."
                : "Restart it, or connect it and scan the QR code. A state that keeps switching between close and "
                        + "connecting means the server cannot reach WhatsApp.";
    }

    private void addEntry(Watch watch, TimelineEntry entry) {
        TimelineEntry last = watch.timeline.peekLast();
        if (last != null && last.repeatedBy(entry)) {
            watch.timeline.removeLast();
            watch.timeline.addLast(last.repeatedAt(entry.at()));
        } else {
            watch.timeline.addLast(entry);
        }
        while (watch.timeline.size() > settings.timelineLimit()) {
            watch.timeline.removeFirst();
        }
    }

    private WatchStatus snapshot(Watch watch) {
        Instant next = watch.demandPending ? clock.instant() : watch.nextRegularAt;
        if (watch.awaitingRecheck && (next == null || watch.recheckAt.isBefore(next))) {
            next = watch.recheckAt;
        }
        return new WatchStatus(watch.name, watch.autoRestart, phaseOf(watch), watch.state, watch.reasonCode,
                watch.detail, watch.lastCheckAt, next, watch.unhealthySince, watch.attempts, settings.maxRestarts(),
                new ArrayList<>(watch.timeline), ++revision);
    }

    private static Phase phaseOf(Watch watch) {
        if (watch.verdict == null) {
            return Phase.PENDING;
        }
        return switch (watch.verdict) {
            case HEALTHY -> Phase.HEALTHY;
            case LOGGED_OUT -> Phase.LOGGED_OUT;
            case MISSING -> Phase.MISSING;
            default -> {
                if (!watch.alerted) {
                    yield Phase.UNHEALTHY;
                }
                if (watch.gaveUp) {
                    yield Phase.GAVE_UP;
                }
                yield watch.autoRestart && watch.attempts > 0 && !watch.finalSeen ? Phase.RESTARTING : Phase.ALERTED;
            }
        };
    }

    private void publish(Outcome outcome) {
        for (MonitorAlert alert : outcome.alerts) {
            listeners.forEach(listener -> listener.alertRaised(alert));
        }
        publish(outcome.status);
    }

    private void publish(WatchStatus status) {
        listeners.forEach(listener -> listener.watchChanged(status));
    }

    /** Under the lock. */
    private boolean isCurrent(Watch watch) {
        return watches.get(watch.name) == watch;
    }

    private static Event eventOf(Verdict verdict) {
        return switch (verdict) {
            case PROBE_FAILED -> Event.PROBE_FAILED;
            case UNCHECKABLE -> Event.CHECK_FAILED;
            default -> Event.CHECKED;
        };
    }

    private static String restarts(int count) {
        return count + " restart" + (count == 1 ? "" : "s");
    }

    private static String quote(String name) {
        return "\"" + name + "\"";
    }

    /** Ends a detail with one full stop: a server's summary already has its own. */
    private static String sentence(String detail) {
        return detail.endsWith(".") ? detail : detail + ".";
    }

    /** What a check decided, reported once the lock is released. */
    private static final class Outcome {
        final List<MonitorAlert> alerts = new ArrayList<>();
        WatchStatus status;
        int restartAttempt;
    }

    /** One watched instance; every field is guarded by the monitor's lock. */
    private static final class Watch {
        final String name;
        final Deque<TimelineEntry> timeline = new ArrayDeque<>();
        boolean autoRestart;
        Verdict verdict;
        ConnectionState state;
        Integer reasonCode;
        String detail = "";
        Instant lastCheckAt;
        Instant nextRegularAt;
        Instant recheckAt;
        /** Start of the current episode out of healthy, or null while healthy. */
        Instant unhealthySince;
        boolean alerted;
        /** This episode saw a final close or a deletion: no restarts until healthy again. */
        boolean finalSeen;
        boolean gaveUp;
        int attempts;
        boolean awaitingRecheck;
        boolean demandPending;
        boolean checking;
        boolean again;
        Scheduled regular = NOTHING;
        Scheduled recheck = NOTHING;
        Scheduled demand = NOTHING;

        Watch(String name, boolean autoRestart) {
            this.name = name;
            this.autoRestart = autoRestart;
        }

        void cancelTimers() {
            regular.cancel();
            recheck.cancel();
            demand.cancel();
        }
    }
}
