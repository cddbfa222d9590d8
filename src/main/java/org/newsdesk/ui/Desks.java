package org.newsdesk.ui;

import java.util.List;
import java.util.function.Predicate;
import org.kordamp.ikonli.feather.Feather;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.model.User;

/** The sidebar's desks, in order: adding a desk or a screen is one line here. */
public final class Desks {
    private static final Predicate<User> EVERYONE = user -> true;
    private static final Predicate<User> EDITORS = User::isEditor;

    private Desks() {
    }

    /** The desks, their screens wired by {@code screens}. */
    public static List<Desk> standard(Screens screens) {
        return List.of(
                Desk.stories("My drafts", Feather.EDIT_3, EVERYONE, true, "No drafts on your desk",
                        "Clip an article with " + Shortcuts.text(Shortcuts.CLIP_URL) + ", drop a link on the window,"
                                + " or open a saved page with " + Shortcuts.text(Shortcuts.OPEN_SAVED_PAGE)
                                + ", and write its summary beside it.", StoryStatus.DRAFT),
                Desk.stories("Returned to me", Feather.CORNER_UP_LEFT, EVERYONE, true, "Nothing has come back to you",
                        "When an editor returns a story with a comment, it waits for you here.", StoryStatus.RETURNED),
                Desk.stories("Submitted", Feather.SEND, EVERYONE, true, "Nothing waiting for review",
                        "Stories you submit wait here until an editor approves or returns them.",
                        StoryStatus.SUBMITTED),
                Desk.screen("Review queue", Feather.INBOX, EDITORS, screens::reviewQueue)
                        .counting(Desk.Tally.REVIEW_QUEUE),
                Desk.stories("Approved", Feather.CHECK_CIRCLE, EDITORS, false, "No approved stories yet",
                        "Approved stories wait here for the next edition.", StoryStatus.APPROVED),
                Desk.screen("Edition builder", Feather.LAYOUT, EDITORS, screens::editionBuilder),
                Desk.screen("Editions", Feather.BOOK_OPEN, EVERYONE, screens::editions)
                        .counting(Desk.Tally.EDITIONS),
                Desk.stories("Archive", Feather.ARCHIVE, EVERYONE, false, "The archive is empty",
                        "Published and spiked stories are kept here.", StoryStatus.PUBLISHED, StoryStatus.SPIKED),
                Desk.screen("Pending clips", Feather.CLOUD_OFF, EVERYONE, screens::pendingClips)
                        .counting(Desk.Tally.PENDING_CLIPS),
                Desk.screen("Wire", Feather.RSS, EVERYONE, screens::wire).counting(screens::newWireItems));
    }
}
