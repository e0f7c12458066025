package com.evolutionconsole.service.health;

import java.util.Objects;

/** One finding of a health check: how serious it is, what was found, and what to do about it. */
public record HealthIssue(Severity severity, String text, String tip) {

    /** PROBLEM needs action, WARNING may resolve itself, INFO explains what was seen. */
    public enum Severity {
        PROBLEM("Problem"), WARNING("Warning"), INFO("Note");

        private final String word;

        Severity(String word) {
            this.word = word;
        }

        /** How reports name it: "Problem", "Warning", "Note". */
        public String word() {
            return word;
        }
    }

    public HealthIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(text, "text");
        tip = tip == null ? "" : tip;
    }

    public static HealthIssue problem(String text, String tip) {
        return new HealthIssue(Severity.PROBLEM, text, tip);
    }

    public static HealthIssue warning(String text, String tip) {
        return new HealthIssue(Severity.WARNING, text, tip);
    }

    public static HealthIssue info(String text, String tip) {
        return new HealthIssue(Severity.INFO, text, tip);
    }
}
