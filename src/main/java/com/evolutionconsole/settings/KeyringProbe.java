package com.evolutionconsole.settings;

import com.github.javakeyring.PasswordAccessException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Finds out whether this machine's keyring works by opening it and reading an entry that does not exist. On a
 * headless Linux box D-Bus may accept the connection and never answer, so the check gives up after a time limit.
 */
public final class KeyringProbe {

    public static final Duration TIME_LIMIT = Duration.ofSeconds(3);

    private static final String PROBE_ACCOUNT = "keyring-probe";

    private KeyringProbe() {
    }

    /** Checks the system keyring; never throws, and returns within about {@link #TIME_LIMIT}. */
    public static KeyringStatus probe() {
        return start().join();
    }

    /** Starts the check on its own daemon thread; the answer comes within about {@link #TIME_LIMIT}. */
    public static CompletableFuture<KeyringStatus> start() {
        return start(JavaKeyringBackend::open, TIME_LIMIT);
    }

    static KeyringStatus probe(Callable<KeyringBackend> opener, Duration limit) {
        return start(opener, limit).join();
    }

    static CompletableFuture<KeyringStatus> start(Callable<KeyringBackend> opener, Duration limit) {
        CompletableFuture<KeyringStatus> answer = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            KeyringStatus status = ask(opener);
            if (!answer.complete(status) && status.isAvailable()) {
                status.backend().close(); // it answered after the time limit: nobody will use it
            }
        }, "keyring-probe");
        thread.setDaemon(true); // a D-Bus call that never returns must not keep the console from exiting
        thread.start();
        String waited = limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " seconds" : limit.toMillis() + " ms";
        return answer.completeOnTimeout(KeyringStatus.unavailable("No system keyring is available (it did not answer within "
                + waited + ")."), limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static KeyringStatus ask(Callable<KeyringBackend> opener) {
        KeyringBackend backend = null;
        try {
            backend = opener.call();
            try {
                backend.get(KeyringSecretStore.SERVICE, PROBE_ACCOUNT);
            } catch (PasswordAccessException expected) {
                // the entry does not exist: the keyring answered, which is all the probe asks
            }
            return KeyringStatus.available(backend);
        } catch (Exception | LinkageError e) { // LinkageError: JNA without its native library
            if (backend != null) {
                backend.close();
            }
            String text = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            return KeyringStatus.unavailable("No system keyring is available (" + lowerFirst(text) + ").");
        }
    }

    /** "No available keyring backend found" reads as "(no available …)"; "DBus …" stays as it is. */
    private static String lowerFirst(String text) {
        return text.length() > 1 && Character.isLowerCase(text.charAt(1))
                ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }
}
