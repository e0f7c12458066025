package com.evolutionconsole.settings;

import java.io.IOException;

/** Deletes a saved server together with its key, so no key outlives the profile that named it. */
public final class ProfileDeletion {

    private ProfileDeletion() {
    }

    /**
     * Deletes the key, then saves the book without the profile, and returns that book. The key goes first: if saving
     * then fails, what is left is a server that asks for its key again, not a key nobody can see any more.
     *
     * @throws SecretStorageException when the key could not be deleted; the profile is kept
     * @throws IOException when the book could not be saved
     */
    public static ProfileBook delete(ProfileBook book, String profileId, ProfileStore profiles, SecretStore secrets)
            throws IOException {
        secrets.delete(profileId);
        ProfileBook without = book.without(profileId);
        profiles.save(without);
        return without;
    }
}
