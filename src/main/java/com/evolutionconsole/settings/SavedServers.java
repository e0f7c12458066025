package com.evolutionconsole.settings;

import com.evolutionconsole.domain.Secret;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The saved servers and their keys for one console session. The profile file is read at once; the keyring is
 * probed in parallel (it can take seconds) and waited for only by calls that need a key. Every method but
 * {@link #book()} and {@link #loadProblem()} may block: call them off the FX thread.
 */
public final class SavedServers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SavedServers.class);

    private final ProfileStore profiles;
    private final CompletableFuture<KeyringStatus> keyring;
    private final UserFolders folders;
    private final Optional<String> loadProblem;
    /** Keys typed or saved during this session, so switching back and forth does not ask again. */
    private final AskEachTimeSecretStore sessionKeys = new AskEachTimeSecretStore();
    private volatile ProfileBook book;
    private volatile String laterProblem;
    private SecretStore secrets;

    private SavedServers(ProfileStore profiles, ProfileLoad load, CompletableFuture<KeyringStatus> keyring,
                         UserFolders folders) {
        this.profiles = profiles;
        this.keyring = keyring;
        this.folders = folders;
        this.loadProblem = load.problem();
        this.book = load.book();
    }

    /** The user's saved servers, keys in the system keyring when one answers. */
    public static SavedServers openForUser() {
        UserFolders folders = UserFolders.current();
        ProfileStore store = ProfileStore.in(folders);
        // the probe runs on its own thread: no pool thread waits the up to 3 s it may take
        return new SavedServers(store, store.load(), KeyringProbe.start(), folders);
    }

    /** Reads {@code store} now and starts {@code keyring} (a probe) in the background. */
    public static SavedServers open(ProfileStore store, Supplier<KeyringStatus> keyring, UserFolders folders) {
        CompletableFuture<KeyringStatus> probe = CompletableFuture.supplyAsync(keyring);
        return new SavedServers(store, store.load(), probe, folders);
    }

    /** The saved servers as last read or written; never blocks. */
    public ProfileBook book() {
        return book;
    }

    /** What was wrong with the profile file when it was read (it was kept aside), if anything. */
    public Optional<String> loadProblem() {
        return loadProblem;
    }

    /** Where keys go now, and why there is no keyring (when there is none). Waits for the keyring probe. */
    public synchronized KeyStorage keyStorage() {
        KeyringStatus status = keyring.join();
        return new KeyStorage(secrets().description(), status.isAvailable() ? null : status.reason());
    }

    /**
     * Saves a profile (added or replaced by id) and, when given, its key; names must stay unique. The key is
     * written first and put back as it was if the profile file cannot be written, so an edited URL never gets
     * paired with a key that was not saved for it.
     */
    public synchronized ServerProfile save(ServerProfile profile, Secret key) throws IOException {
        ProfileBook next = fresh().with(profile);
        if (key == null) {
            profiles.save(next);
            book = next;
            return profile;
        }
        SecretStore store = secrets();
        Optional<Secret> previous = store.read(profile.id());
        store.write(profile.id(), key);
        try {
            profiles.save(next);
        } catch (IOException | RuntimeException e) {
            try {
                previous.ifPresentOrElse(old -> store.write(profile.id(), old), () -> store.delete(profile.id()));
            } catch (RuntimeException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
        book = next;
        sessionKeys.write(profile.id(), key);
        return profile;
    }

    /**
     * Removes a profile and its key, wherever the key is: also from the owner-only file, which may hold it from a
     * time without a keyring or before the operator chose to be asked each time.
     */
    public synchronized void remove(String profileId) throws IOException {
        if (secrets().kind() != SecretStorageKind.OWNER_ONLY_FILE) {
            // first: once the profile is gone, a failure here could no longer be reported as "not removed"
            OwnerOnlyFileSecretStore.in(folders).delete(profileId);
        }
        book = ProfileDeletion.delete(fresh(), profileId, profiles, secrets());
        sessionKeys.delete(profileId);
    }

    /** The key for a profile: typed this session, else stored; empty when it must be asked for. */
    public synchronized Optional<Secret> keyFor(String profileId) {
        Optional<Secret> typed = sessionKeys.read(profileId);
        if (typed.isPresent()) {
            return typed;
        }
        Optional<Secret> stored = secrets().read(profileId);
        if (stored.isEmpty() && secrets().kind() == SecretStorageKind.KEYRING) {
            stored = moveFromFileToKeyring(profileId);
        }
        return stored;
    }

    /** A key kept in the owner-only file while there was no keyring moves into the keyring once one answers. */
    private Optional<Secret> moveFromFileToKeyring(String profileId) {
        OwnerOnlyFileSecretStore file = OwnerOnlyFileSecretStore.in(folders);
        Optional<Secret> kept = file.read(profileId);
        kept.ifPresent(key -> {
            try {
                secrets().write(profileId, key);
                file.delete(profileId);
            } catch (SecretStorageException refused) {
                // a locked keyring: the key is used from the file now and moved at a later read
                LOG.info("A key kept in the owner-only file stays there for now: {}", refused.getMessage());
            }
        });
        return kept;
    }

    /** Keeps a key the operator typed for the rest of the session (not on disk). Never blocks. */
    public void rememberForSession(String profileId, Secret key) {
        sessionKeys.write(profileId, key);
    }

    /** Forgets a key the server refused, so the next connection asks again instead of repeating it. Never blocks. */
    public void forgetSessionKey(String profileId) {
        sessionKeys.delete(profileId);
    }

    /** Remembers the server to reopen at the next start. */
    public synchronized void markUsed(String profileId) throws IOException {
        ProfileBook next = fresh().withLastUsed(profileId);
        profiles.save(next);
        book = next;
    }

    /**
     * Where keys go when there is no keyring. Keys typed this session for saved servers follow the choice into
     * the owner-only file, as the operator asked to keep them.
     */
    public synchronized void chooseFallback(SecretFallback fallback) throws IOException {
        ProfileBook next = fresh().withSecretFallback(fallback);
        profiles.save(next);
        book = next;
        secrets = SecretStores.choose(keyring.join(), fallback, folders);
        OwnerOnlyFileSecretStore file = OwnerOnlyFileSecretStore.in(folders);
        for (ServerProfile profile : book.profiles()) {
            if (fallback == SecretFallback.OWNER_ONLY_FILE) {
                sessionKeys.read(profile.id()).ifPresent(key -> secrets.write(profile.id(), key));
            } else if (secrets.kind() == SecretStorageKind.ASK_EACH_TIME) {
                file.delete(profile.id()); // "ask each time" means no key left on disk
            }
        }
    }

    /**
     * Lets go of the keyring connection: the D-Bus client behind Secret Service runs threads that would keep the
     * JVM alive after the window closed. A probe still running is left to finish on its own daemon thread.
     */
    @Override
    public void close() {
        keyring.thenAccept(status -> {
            if (status.isAvailable()) {
                status.backend().close();
            }
        });
    }

    /**
     * The book as the file holds it now, so a change made meanwhile by another console window is kept; the copy in
     * memory when the file cannot be read (that file is kept aside by the store).
     */
    private ProfileBook fresh() {
        ProfileLoad load = profiles.load();
        if (load.problem().isEmpty()) {
            book = load.book();
        } else {
            laterProblem = load.problem().get(); // the file broke while the console ran: it was kept aside
        }
        return book;
    }

    /** A problem with the profile file found after start (then cleared), for the window to show. Never blocks. */
    public Optional<String> takeLaterProblem() {
        String problem = laterProblem;
        laterProblem = null;
        return Optional.ofNullable(problem);
    }

    private SecretStore secrets() {
        if (secrets == null) {
            secrets = SecretStores.choose(keyring.join(), book.secretFallback(), folders);
        }
        return secrets;
    }

    /**
     * Where keys are kept, for the UI.
     *
     * @param description    as in "the system keyring" or "an owner-only file (…)"
     * @param keyringProblem why there is no keyring, or null when there is one
     */
    public record KeyStorage(String description, String keyringProblem) {
    }
}
