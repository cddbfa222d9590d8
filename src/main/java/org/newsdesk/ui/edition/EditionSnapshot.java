package org.newsdesk.ui.edition;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.newsdesk.app.EditionService;
import org.newsdesk.app.StoryService;
import org.newsdesk.model.Edition;
import org.newsdesk.model.Story;

/** The edition of a date, the stories it names and the approved stories that could join it, read in one go. */
record EditionSnapshot(Edition edition, Map<UUID, Story> stories, List<Story> candidates, String defaultSection) {
    static EditionSnapshot read(EditionService editions, StoryService storyService, LocalDate day) {
        Edition edition = editions.find(day).orElse(null);
        Map<UUID, Story> stories = new LinkedHashMap<>();
        if (edition != null) {
            for (Story story : storyService.findAll(edition.storyIds())) {
                stories.put(story.id(), story);
            }
        }
        return new EditionSnapshot(edition, stories, editions.candidates(day), editions.defaultSection());
    }
}
