package org.newsdesk.ui;

import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What this machine remembers between runs (java.util.prefs): who last used the app, the window's size and split
 * positions, the last open story, the theme and the text size.
 */
public final class MachinePreferences {
    private final Preferences node;

    public MachinePreferences(Preferences node) {
        this.node = node;
    }

    /** The preferences of the signed-in OS user, under {@code org/newsdesk/ui}. */
    public static MachinePreferences forThisUser() {
        return new MachinePreferences(Preferences.userRoot().node("org/newsdesk/ui"));
    }

    public Optional<String> lastPerson() {
        return Optional.ofNullable(node.get("person", null));
    }

    public void rememberPerson(String name) {
        node.put("person", name);
    }

    /** Who last used the newsroom in {@code file} on this machine; empty when this machine never opened it. */
    public Optional<String> lastPerson(java.nio.file.Path file) {
        return Optional.ofNullable(node.get(newsroomKey(file), null));
    }

    /** Remembers {@code name} as the last person, for this machine and for the newsroom in {@code file}. */
    public void rememberPerson(java.nio.file.Path file, String name) {
        rememberPerson(name);
        node.put(newsroomKey(file), name);
    }

    /** A preferences key per newsroom file (keys are limited to 80 characters, so the path is hashed). */
    private static String newsroomKey(java.nio.file.Path file) {
        String where = file == null ? "memory" : file.toAbsolutePath().normalize().toString();
        return "person." + Integer.toHexString(where.hashCode());
    }

    public Optional<UUID> lastStory() {
        String id = node.get("story", null);
        try {
            return id == null || id.isEmpty() ? Optional.empty() : Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void rememberStory(UUID id) {
        if (id == null) {
            node.remove("story");
        } else {
            node.put("story", id.toString());
        }
    }

    public double number(String key, double fallback) {
        return node.getDouble(key, fallback);
    }

    public void rememberNumber(String key, double value) {
        node.putDouble(key, value);
    }

    public String text(String key, String fallback) {
        return node.get(key, fallback);
    }

    public void rememberText(String key, String value) {
        node.put(key, value);
    }

    /** Writes what is remembered to disk now, so a crash soon after loses nothing. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The OS refused to store preferences; the app still works, it only forgets the window layout.
        }
    }

    /** Forgets everything (for tests that use a node of their own). */
    public void clear() {
        try {
            node.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // Already gone.
        }
    }
}
