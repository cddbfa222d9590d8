package org.newsdesk.model;

import java.util.Objects;

/** A person in the newsroom, known by display name. */
public record User(String name, Role role) {
    public User {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A person needs a name.");
        }
    }

    public boolean isEditor() {
        return role == Role.EDITOR;
    }
}
