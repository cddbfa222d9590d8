package org.newsdesk.model;

import java.util.List;
import java.util.UUID;

/** A named group of stories in an edition ("Drugs", "Courts"), in the order they will be read. */
public record Section(String name, List<UUID> storyIds) {
    public Section {
        name = name == null ? "" : name;
        storyIds = storyIds == null ? List.of() : List.copyOf(storyIds);
    }
}
