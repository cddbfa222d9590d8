package org.newsdesk.integrity;

import java.util.List;
import java.util.Objects;
import org.newsdesk.model.Clip;
import org.newsdesk.model.NewsroomSettings;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Story;

/**
 * What a story is checked against besides its own clips: the word target, the other stories of its edition with
 * their clips, the archive of published editions, and the outlets the newsroom knows.
 */
public record CheckContext(int minWords, int maxWords, List<EditionStory> edition, ArchiveLookup archive,
                           List<Outlet> outlets) {

    /** A story of the edition being checked, with the clips it summarises. */
    public record EditionStory(Story story, List<Clip> clips) {
        public EditionStory {
            Objects.requireNonNull(story, "story");
            clips = clips == null ? List.of() : List.copyOf(clips);
        }
    }

    public CheckContext {
        if (minWords < 0 || maxWords < minWords) {
            throw new IllegalArgumentException("The word target must satisfy 0 <= min <= max.");
        }
        edition = edition == null ? List.of() : List.copyOf(edition);
        archive = archive == null ? ArchiveLookup.none() : archive;
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
    }

    /** The default target (150–250 words), no edition, an empty archive. */
    public static CheckContext defaults() {
        return of(NewsroomSettings.defaults());
    }

    /** The word target of {@code settings}, no edition, an empty archive. */
    public static CheckContext of(NewsroomSettings settings) {
        return new CheckContext(settings.minWords(), settings.maxWords(), List.of(), ArchiveLookup.none(), List.of());
    }

    public CheckContext withEdition(List<EditionStory> stories) {
        return new CheckContext(minWords, maxWords, stories, archive, outlets);
    }

    public CheckContext withArchive(ArchiveLookup lookup) {
        return new CheckContext(minWords, maxWords, edition, lookup, outlets);
    }

    public CheckContext withOutlets(List<Outlet> known) {
        return new CheckContext(minWords, maxWords, edition, archive, known);
    }

    public CheckContext withWordTarget(int min, int max) {
        return new CheckContext(min, max, edition, archive, outlets);
    }
}
