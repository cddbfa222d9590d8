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
        attribution = attribution == null || attribution.isBlank() ? proseName(name) : attribution;
        domains = domains == null ? List.of() : List.copyOf(domains);
    }

    /** The attribution line for a story from this outlet, in house style: "the Wall Street Journal reports". */
    public String reports() {
        return reports(attribution);
    }

    /**
     * The one place the attribution phrase is written: {@code proseName} (the outlet as house style names it
     * mid-sentence, "the Associated Press") followed by "reports"; empty when there is no name.
     */
    public static String reports(String proseName) {
        return proseName == null || proseName.isBlank() ? "" : proseName.strip() + " reports";
    }

    /** How prose names an outlet that has no house-style name yet: "The Atlantic" becomes "the Atlantic". */
    public static String proseName(String name) {
        String stripped = name.strip();
        return stripped.startsWith("The ") ? "the " + stripped.substring(4) : stripped;
    }
}
