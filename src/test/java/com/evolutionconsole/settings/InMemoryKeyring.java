package com.evolutionconsole.settings;

import com.github.javakeyring.PasswordAccessException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/** A keyring in memory that answers like java-keyring: a missing entry is a PasswordAccessException too. */
public final class InMemoryKeyring implements KeyringBackend {

    public final Map<String, String> entries = new ConcurrentHashMap<>();
    /** When set, every call throws it, as a keyring that went away does. */
    RuntimeException outage;
    /** When set, writes and deletes are refused with it, as a locked keyring does. */
    PasswordAccessException refusal;
    final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public String get(String service, String account) throws PasswordAccessException {
        failIfDown();
        String password = entries.get(service + "|" + account);
        if (password == null) {
            throw new PasswordAccessException("No stored credentials match " + service + " account: " + account);
        }
        return password;
    }

    @Override
    public void set(String service, String account, String password) throws PasswordAccessException {
        failIfDown();
        failIfRefused();
        entries.put(service + "|" + account, password);
    }

    @Override
    public void delete(String service, String account) throws PasswordAccessException {
        failIfDown();
        failIfRefused();
        if (entries.remove(service + "|" + account) == null) {
            throw new PasswordAccessException("No stored credentials match " + service + " account: " + account);
        }
    }

    @Override
    public void close() {
        closed.countDown();
    }

    private void failIfDown() {
        if (outage != null) {
            throw outage;
        }
    }

    private void failIfRefused() throws PasswordAccessException {
        if (refusal != null) {
            throw refusal;
        }
    }
}
