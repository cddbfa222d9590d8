package org.newsdesk.ui;

import java.util.List;
import java.util.function.Predicate;
import org.kordamp.ikonli.feather.Feather;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.model.User;
import org.newsdesk.ui.desk.EditionsScreen;

/** The sidebar's desks, in order: adding a desk or a screen is one line here. */
public final class Desks {
    private static final Predicate<User> EVERYONE = user -> true;
    private static final Predicate<User> EDITORS = User::isEditor;

    private Desks() {
    }

    public static List<Desk> standard() {
        return List.of(
                Desk.stories("My drafts", Feather.EDIT_3, EVERYONE, true, StoryStatus.DRAFT),
                Desk.stories("Returned to me", Feather.CORNER_UP_LEFT, EVERYONE, true,
                        StoryStatus.RETURNED),
                Desk.stories("Submitted", Feather.SEND, EVERYONE, true, StoryStatus.SUBMITTED),
                Desk.stories("Review queue", Feather.INBOX, EDITORS, false, StoryStatus.SUBMITTED),
                Desk.stories("Approved", Feather.CHECK_CIRCLE, EDITORS, false,
                        StoryStatus.APPROVED),
                Desk.screen("Editions", Feather.BOOK_OPEN, EVERYONE, EditionsScreen::new),
                Desk.stories("Archive", Feather.ARCHIVE, EVERYONE, false, StoryStatus.PUBLISHED,
                        StoryStatus.SPIKED));
    }
}
