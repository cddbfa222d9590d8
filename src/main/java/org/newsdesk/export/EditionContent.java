package org.newsdesk.export;

import java.util.List;
import java.util.Objects;
import org.newsdesk.model.Edition;
import org.newsdesk.model.NewsroomSettings;

/**
 * Everything an export is made from: the edition, its stories in reading order, the earlier editions (newest first)
 * for "Recent Posts", the archive and the feed, and the newsroom's settings.
 */
public record EditionContent(Edition edition, List<EditionItem> items, List<ArchiveEntry> earlier,
                             NewsroomSettings settings) {
    public EditionContent {
        Objects.requireNonNull(edition, "edition");
        items = items == null ? List.of() : List.copyOf(items);
        earlier = earlier == null ? List.of() : List.copyOf(earlier);
        settings = settings == null ? NewsroomSettings.defaults() : settings;
    }
}
