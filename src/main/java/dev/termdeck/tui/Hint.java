package dev.termdeck.tui;

/**
 * A key and what it does, for the footer and the help screen. Immutable.
 *
 * @param key   the key as shown ({@code 1-4}, {@code Space}, {@code ?})
 * @param label what it does, in the UI language
 */
record Hint(String key, String label) {
}
