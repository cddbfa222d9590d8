package org.newsdesk.ui.review;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsdesk.app.StoryService.QueuedStory;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;

/**
 * What the review queue does when it is read again after a change made elsewhere (a submission pulled from the
 * team, an approval on another desk): the new list, whether another story goes under review, and what to say. The
 * story under review stays while the editor has unsaved edits in it, even when it left the queue.
 *
 * @param reselect whether {@code next} (null: none) goes under review
 */
record QueueCatchUp(List<QueuedStory> items, boolean reselect, Story next, String message) {

    /**
     * @param underReview    the story under review (null: none)
     * @param underReviewNow the same story as the file has it now, when it has it
     * @param edited         whether the editor has unsaved edits in it
     * @return nothing when the queue did not change
     */
    static Optional<QueueCatchUp> of(List<QueuedStory> before, List<QueuedStory> after, Story underReview,
                                     Optional<Story> underReviewNow, boolean edited) {
        if (after.equals(before)) {
            return Optional.empty();
        }
        List<QueuedStory> arrived = after.stream()
                .filter(item -> before.stream().noneMatch(old -> old.story().id().equals(item.story().id())))
                .toList();
        String news = arrived.isEmpty() ? "" : arrived.size() == 1
                ? "\u201c" + arrived.get(0).story().headline() + "\u201d came in for review."
                : arrived.size() + " stories came in for review.";
        Story first = after.isEmpty() ? null : after.get(0).story();
        if (underReview == null) {
            return Optional.of(new QueueCatchUp(after, true, first, news));
        }
        Optional<QueuedStory> still = after.stream()
                .filter(item -> item.story().id().equals(underReview.id())).findFirst();
        if (still.isPresent()) {
            Story now = still.get().story();
            boolean savedElsewhere = now.version() != underReview.version() && !edited;
            return Optional.of(new QueueCatchUp(after, savedElsewhere, now, news));
        }
        String gone = underReviewNow.filter(now -> now.id().equals(underReview.id()))
                .map(now -> "\u201c" + now.headline() + "\u201d was " + (now.status() == StoryStatus.DRAFT
                        ? "withdrawn" : now.status().label().toLowerCase(Locale.ROOT))
                        + (now.updatedBy() == null ? "" : " by " + now.updatedBy()) + " on another desk.")
                .orElse("\u201c" + underReview.headline() + "\u201d left the review queue.");
        if (edited) {
            return Optional.of(new QueueCatchUp(after, false, null, gone + " Your unsaved edits stay here."));
        }
        return Optional.of(new QueueCatchUp(after, true, first, (gone + " " + news).strip()));
    }
}
