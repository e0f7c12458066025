package com.evolutionconsole.service.batch;

import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.domain.Presence;
import java.util.Locale;
import java.util.Objects;

/** One action for many instances: restart, log out, delete, or set one of the five presences. */
public record BulkAction(Kind kind, Presence presence) {

    /** What is done; PRESENCE also needs the presence to set. */
    public enum Kind {
        RESTART("Restart"), LOGOUT("Log out"), DELETE("Delete"), PRESENCE("Set presence");

        private final String verb;

        Kind(String verb) {
            this.verb = verb;
        }

        /** For titles and buttons: "Restart", "Log out", "Delete", "Set presence". */
        public String verb() {
            return verb;
        }
    }

    public BulkAction {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.PRESENCE) != (presence != null)) {
            throw new IllegalArgumentException("a presence goes with PRESENCE only");
        }
    }

    public static BulkAction of(Kind kind) {
        return new BulkAction(kind, null);
    }

    public static BulkAction presence(Presence presence) {
        return new BulkAction(Kind.PRESENCE, Objects.requireNonNull(presence, "presence"));
    }

    /**
     * Performs the action on one instance (blocking; call it off the FX thread) and says what happened, in a
     * sentence. Fails with the client's typed exception, which carries the server's words and a tip.
     */
    public String perform(EvolutionClient client, String name) {
        return switch (kind) {
            case RESTART -> client.restart(name).alreadyConnected() ? "Restarted and connected again."
                    : "Restart requested: the server reconnects it by itself.";
            case LOGOUT -> {
                client.logout(name);
                yield "Logged out. It stays on the server; connect it to pair again.";
            }
            case DELETE -> {
                client.delete(name);
                yield "Deleted.";
            }
            case PRESENCE -> {
                client.setPresence(name, presence);
                yield "Presence set to " + presenceWord() + ".";
            }
        };
    }

    /** The word for a done item in summaries: "3 restarted". */
    public String doneWord() {
        return switch (kind) {
            case RESTART -> "restarted";
            case LOGOUT -> "logged out";
            case DELETE -> "deleted";
            case PRESENCE -> "set to " + presenceWord();
        };
    }

    private String presenceWord() {
        return presence.label().toLowerCase(Locale.ROOT);
    }
}
