package org.newsdesk.export;

import java.util.List;
import java.util.Objects;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Story;

/** One story of an edition with what it needs on the page: its clips (sources, in order) and its outlet, if known. */
public record EditionItem(Story story, List<Clip> clips, Outlet outlet) {
    public EditionItem {
        Objects.requireNonNull(story, "story");
        clips = clips == null ? List.of() : List.copyOf(clips);
    }
}
