package com.evolutionconsole.ui.health;

/** One line of the server section: an id for UI tests, a label, the value, and whether it is a problem. */
public record ServerFact(String id, String label, String value, boolean problem) {
}
