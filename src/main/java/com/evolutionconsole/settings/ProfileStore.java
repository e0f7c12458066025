package com.evolutionconsole.settings;

import com.evolutionconsole.settings.FileShapes.ProfileJson;
import com.evolutionconsole.settings.FileShapes.ProfilesJson;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the {@link ProfileBook} in {@code profiles.json} in the settings folder: pretty JSON an operator can read,
 * written atomically and owner-only. It never holds a key. An unreadable file is kept aside and reported, and the
 * console starts with no saved servers.
 */
public final class ProfileStore {

    private static final String FILE_NAME = "profiles.json";

    private final SettingsFile<ProfilesJson> file;

    public ProfileStore(Path file) {
        this(file, Clock.systemDefaultZone());
    }

    ProfileStore(Path file, Clock clock) {
        this.file = new SettingsFile<>(file, ProfilesJson.class, "saved servers", "the console starts with no saved servers", clock);
    }

    /** The store in the user's settings folder. */
    public static ProfileStore in(UserFolders folders) {
        return new ProfileStore(folders.config().resolve(FILE_NAME));
    }

    public Path path() {
        return file.path();
    }

    /** The saved servers; an empty book when there is no file yet, or when it could not be read (then with why). */
    public ProfileLoad load() {
        try {
            return new ProfileLoad(file.load(ProfileStore::toBook).orElse(ProfileBook.empty()), Optional.empty(), Optional.empty());
        } catch (UnreadableSettingsException e) {
            return new ProfileLoad(ProfileBook.empty(), Optional.of(e.getMessage()), e.keptAside());
        }
    }

    /**
     * Replaces the file with the book.
     *
     * @throws IOException with a sentence for the operator, also when an unreadable file could not be moved aside
     *     at load and saving would destroy it
     */
    public void save(ProfileBook book) throws IOException {
        List<ProfileJson> profiles = book.profiles().stream()
                .map(p -> new ProfileJson(p.id(), p.name(), p.url(), p.keyKind(), p.trustedCertificate()))
                .toList();
        file.save(new ProfilesJson(book.lastUsedId(), book.secretFallback(), profiles));
    }

    private static ProfileBook toBook(ProfilesJson json) {
        if (json.profiles() == null) {
            throw new IllegalArgumentException("it has no \"profiles\" list");
        }
        List<ServerProfile> profiles = new ArrayList<>();
        for (int i = 0; i < json.profiles().size(); i++) {
            ProfileJson p = json.profiles().get(i);
            String where = "profiles[" + i + "]";
            if (p == null) {
                throw new IllegalArgumentException(where + " is empty");
            }
            profiles.add(new ServerProfile(required(p.id(), where, "id"), required(p.name(), where, "name"),
                    required(p.url(), where, "url"), p.keyKind(), p.trustedCertificate()));
        }
        return new ProfileBook(profiles, json.lastUsedId(), json.secretFallback());
    }

    private static String required(String value, String where, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(where + " has no \"" + field + "\"");
        }
        return value;
    }
}
