package org.newsdesk.ui.editor;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.app.ClipService;
import org.newsdesk.app.EditionService;
import org.newsdesk.app.SettingsService;
import org.newsdesk.app.StoryService;
import org.newsdesk.model.Clip;
import org.newsdesk.model.NewsroomSettings;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.PendingClip;
import org.newsdesk.model.Story;
import org.newsdesk.ui.TimeLabels;

/** Everything the editor shows of one story, read in one go off the FX thread. */
record OpenedStory(Story story, List<Clip> clips, Optional<Outlet> outlet, NewsroomSettings settings,
                   List<String> tags, List<String> sections, Optional<PendingClip> onTheWay) {

    static OpenedStory read(StoryService stories, ClipService clipService, EditionService editions,
                            SettingsService settings, UUID storyId) {
        Story found = stories.find(storyId).orElseThrow(
                () -> new IllegalStateException("The story is no longer in the newsroom."));
        List<Clip> sources = clipService.findAll(found.clipIds());
        Optional<Outlet> source = sources.isEmpty() ? Optional.empty() : clipService.outletOf(sources.get(0));
        return new OpenedStory(found, sources, source, settings.current(), stories.tags(), editions.sectionChoices(),
                sources.isEmpty() ? clipService.pendingFor(found.id()) : Optional.empty());
    }

    /** The outlet the story names, else its clip's. */
    String outletName() {
        return story.outlet() != null && !story.outlet().isBlank() ? story.outlet()
                : outlet.map(Outlet::name).orElse("");
    }

    /** The attribution the story has, else its clip's outlet's ("the Ledger reports"). */
    String attribution() {
        return story.attribution() != null && !story.attribution().isBlank() ? story.attribution()
                : outlet.map(Outlet::reports).orElse("");
    }

    /** What the clip pane says while the story's article waits in the offline queue; else empty. */
    String clipOnTheWay() {
        return onTheWay.map(pending -> {
            String tries = pending.attempts() == 0 ? "It has not been tried yet."
                    : "Last try: " + (pending.lastError() == null || pending.lastError().isBlank() ? "it failed."
                    : pending.lastError()) + " Next try: " + TimeLabels.relative(pending.nextAttemptAt()) + ".";
            return "This story's article is on the way: " + pending.url() + " waits in Pending clips and joins"
                    + " the story once it is fetched. " + tries;
        }).orElse("");
    }
}
