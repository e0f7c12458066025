package com.evolutionconsole.settings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The operator's saved servers, which one was used last and where keys go without a keyring. Immutable; server
 * names are unique ignoring case, so a name picks one server.
 *
 * @param lastUsedId the server to reconnect to at start, or null
 * @param secretFallback the operator's choice for machines without a keyring, or null before they chose
 */
public record ProfileBook(List<ServerProfile> profiles, String lastUsedId, SecretFallback secretFallback) {

    public ProfileBook {
        profiles = List.copyOf(profiles);
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (ServerProfile profile : profiles) {
            if (!ids.add(profile.id())) {
                throw new IllegalArgumentException("Two servers have the same id " + profile.id() + ".");
            }
            if (!names.add(profile.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("There is already a server named \"" + profile.name()
                        + "\" (names are compared ignoring case); choose another name.");
            }
        }
        if (lastUsedId != null && !ids.contains(lastUsedId)) {
            lastUsedId = null; // a removed server is simply no longer the last used one
        }
    }

    public static ProfileBook empty() {
        return new ProfileBook(List.of(), null, null);
    }

    /** Adds the profile, or replaces the one with its id in place. */
    public ProfileBook with(ServerProfile profile) {
        List<ServerProfile> changed = new ArrayList<>(profiles);
        int index = indexOf(profile.id());
        if (index < 0) {
            changed.add(profile);
        } else {
            changed.set(index, profile);
        }
        return new ProfileBook(changed, lastUsedId, secretFallback);
    }

    public ProfileBook without(String id) {
        return new ProfileBook(profiles.stream().filter(p -> !p.id().equals(id)).toList(), lastUsedId, secretFallback);
    }

    public ProfileBook withLastUsed(String id) {
        if (indexOf(id) < 0) {
            throw new IllegalArgumentException("No saved server has the id " + id + ".");
        }
        return new ProfileBook(profiles, id, secretFallback);
    }

    public ProfileBook withSecretFallback(SecretFallback fallback) {
        return new ProfileBook(profiles, lastUsedId, fallback);
    }

    public Optional<ServerProfile> find(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<ServerProfile> lastUsed() {
        return lastUsedId == null ? Optional.empty() : find(lastUsedId);
    }

    private int indexOf(String id) {
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
