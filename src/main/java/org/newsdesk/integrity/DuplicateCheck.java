package org.newsdesk.integrity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsdesk.model.Clip;
import org.newsdesk.model.SourceUrl;
import org.newsdesk.model.Story;

/**
 * The duplicate check: two stories of one edition from the same source, and a story whose source an earlier edition
 * already published. Sources are compared by {@link SourceUrl#key}.
 */
final class DuplicateCheck {
    private DuplicateCheck() {
    }

    static List<Finding> check(Story story, List<Clip> clips, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        Set<String> keys = keys(clips);
        for (CheckContext.EditionStory other : context.edition()) {
            if (other.story().id().equals(story.id())) {
                continue;
            }
            Set<String> shared = keys(other.clips());
            shared.retainAll(keys);
            if (!shared.isEmpty()) {
                findings.add(Finding.about(Finding.Kind.DUPLICATE, "This edition also carries \""
                        + other.story().headline() + "\", from the same source (" + shared.iterator().next() + ")."));
            }
        }
        Set<PublishedUse> reported = new LinkedHashSet<>();
        for (Clip clip : clips) {
            Optional<PublishedUse> use = context.archive().publishedUse(SourceUrl.key(clip.sourceUrl()), story.id());
            if (use.isPresent() && reported.add(use.get())) {
                PublishedUse earlier = use.get();
                findings.add(Finding.about(Finding.Kind.DUPLICATE, "The source was already published in the "
                        + earlier.editionDate() + " edition" + (earlier.editionTitle().isBlank() ? ""
                        : " (\"" + earlier.editionTitle() + "\")") + " as \"" + earlier.storyHeadline() + "\"."));
            }
        }
        return findings;
    }

    private static Set<String> keys(List<Clip> clips) {
        Set<String> keys = new LinkedHashSet<>();
        for (Clip clip : clips) {
            keys.add(SourceUrl.key(clip.sourceUrl()));
            keys.add(SourceUrl.key(clip.url()));
        }
        keys.remove("");
        return keys;
    }
}
