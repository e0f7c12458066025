package com.evolutionconsole.settings;

import com.evolutionconsole.domain.KeyKind;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the settings files beside their {@code "version"}. The records are public only because Moshi's
 * reflection needs it; the class keeps them out of the package's API. Fields a file has and these lack are skipped,
 * so a newer console's additions do no harm.
 */
final class FileShapes {

    private FileShapes() {
    }

    /** profiles.json */
    public record ProfilesJson(String lastUsedId, SecretFallback secretFallback, List<ProfileJson> profiles) {
    }

    /** One server in profiles.json; it has no place for a key. */
    public record ProfileJson(String id, String name, String url, KeyKind keyKind, String trustedCertificate) {
    }

    /** secrets.json: profile id to key. */
    public record SecretsJson(Map<String, String> keys) {
    }
}
