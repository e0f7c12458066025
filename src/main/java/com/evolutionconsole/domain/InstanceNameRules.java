package com.evolutionconsole.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks an instance name before any call. Problems are names the real server mishandles (it accepts an empty
 * name it can never delete, fails on over-long names); warnings follow the SDK's naming advice (lower-case
 * kebab-case, no spaces or special characters).
 */
public final class InstanceNameRules {

    /** The server stores names in a VARCHAR(255) column; a longer name fails on create. */
    public static final int MAX_LENGTH = 255;
    /** Names past this length still work but are hard to read in lists and namespaces. */
    public static final int ADVISED_MAX_LENGTH = 64;

    private static final Pattern ADVISED = Pattern.compile("[a-z0-9]+([-_][a-z0-9]+)*");
    private static final Pattern DIGITS_ONLY = Pattern.compile("\\d+");

    private InstanceNameRules() {
    }

    /** Problems block the call; warnings are advice the operator may ignore. */
    public record Verdict(List<String> problems, List<String> warnings) {
        public Verdict {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }

        public boolean acceptable() {
            return problems.isEmpty();
        }
    }

    public static Verdict check(String name) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (name == null || name.isEmpty()) {
            problems.add("Enter a name: the server accepts an empty name but can never reach or delete that instance.");
            return new Verdict(problems, warnings);
        }
        if (name.isBlank()) {
            problems.add("The name is only spaces: enter letters or digits, for example \"support-bot\".");
            return new Verdict(problems, warnings);
        }
        int length = name.codePointCount(0, name.length());
        if (length > MAX_LENGTH) {
            problems.add("The name has " + length + " characters; the server fails above " + MAX_LENGTH + ".");
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            problems.add("The name contains control or invisible characters (a tab, a line break…): remove them.");
        }
        if (name.equals(".") || name.equals("..")) {
            problems.add("\"" + name + "\" cannot be used: it would address another path on the server.");
        }
        if (!problems.isEmpty()) {
            return new Verdict(problems, warnings);
        }
        if (!name.equals(name.strip())) {
            warnings.add("The name starts or ends with a space, which is easy to miss when typing it again.");
        }
        if (name.chars().anyMatch(Character::isWhitespace)) {
            warnings.add("Avoid spaces: use hyphens, as in \"customer-support-bot\".");
        }
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
            warnings.add("Avoid upper case: lower-case kebab-case names are easier to type and search.");
        }
        String lower = name.toLowerCase(Locale.ROOT).replace(' ', '-');
        if (!ADVISED.matcher(lower).matches()) {
            warnings.add("Avoid special characters: keep to letters, digits and single hyphens or underscores.");
        }
        if (DIGITS_ONLY.matcher(name).matches()) {
            warnings.add("A name of digits only says nothing about its purpose: describe it, as in \"sales-team-whatsapp\".");
        }
        if (length > ADVISED_MAX_LENGTH) {
            warnings.add("Names over " + ADVISED_MAX_LENGTH + " characters are hard to read in lists.");
        }
        return new Verdict(problems, warnings);
    }
}
