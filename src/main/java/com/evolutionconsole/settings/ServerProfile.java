package com.evolutionconsole.settings;

import com.evolutionconsole.domain.KeyKind;
import java.util.UUID;

/**
 * A server the operator saved: what they call it and where it is. Its API key is never part of it: the key lives
 * in a {@link SecretStore} under the profile's {@code id}, which stays the same when the server is renamed.
 *
 * @param keyKind what the key opened when last checked; null before any check
 * @param trustedCertificate the SHA-256 fingerprint the operator pinned for a self-signed HTTPS server, or null
 */
public record ServerProfile(String id, String name, String url, KeyKind keyKind, String trustedCertificate) {

    public ServerProfile {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A server profile needs an id.");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Give the server a name.");
        }
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("Give the server's URL.");
        }
        name = name.strip();
        url = url.strip();
    }

    /** A new profile with a fresh random id, not checked yet. */
    public static ServerProfile create(String name, String url) {
        return new ServerProfile(UUID.randomUUID().toString(), name, url, null, null);
    }

    public ServerProfile withKeyKind(KeyKind learned) {
        return new ServerProfile(id, name, url, learned, trustedCertificate);
    }

    public ServerProfile withTrustedCertificate(String sha256Fingerprint) {
        return new ServerProfile(id, name, url, keyKind, sha256Fingerprint);
    }
}
