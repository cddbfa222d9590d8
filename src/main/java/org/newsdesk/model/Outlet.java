package org.newsdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * A publication that stories summarise: its name ("The Wall Street Journal"), the domains it publishes on,
 * and how house style names it in prose ("the Wall Street Journal").
 */
public record Outlet(String name, String attribution, List<String> domains) {
    public Outlet {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("An outlet needs a name.");
        }
        attribution = attribution == null || attribution.isBlank() ? name : attribution;
        domains = domains == null ? List.of() : List.copyOf(domains);
    }
}
