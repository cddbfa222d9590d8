package org.newsdesk.ui;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.model.User;

/**
 * One entry of the sidebar: either a list of stories (a query) or a screen of its own (a factory for its content
 * node), shown to the people {@code shownTo} accepts.
 */
public record Desk(String title, Ikon icon, Predicate<User> shownTo, Optional<DeskQuery> stories,
                   Function<DeskContext, ? extends Node> screen, String emptyTitle, String emptyAdvice,
                   Tally tally, IntSupplier counter) {

    /** What the number beside a desk in the sidebar counts. */
    public enum Tally {
        /** The stories the desk lists. */
        STORIES,
        /** The stories waiting in the review queue. */
        REVIEW_QUEUE,
        /** The editions, published or not. */
        EDITIONS,
        /** The articles waiting in the offline queue. */
        PENDING_CLIPS,
        /** What the desk's own counter says (the Wire desk: its new matching items). */
        OWN,
        /** Nothing: the desk shows no number. */
        NONE
    }

    /**
     * A desk that lists the stories in {@code statuses}, only {@code me}'s when {@code mineOnly}; an empty desk
     * says {@code emptyTitle} and, in smaller type, {@code emptyAdvice}.
     */
    public static Desk stories(String title, Ikon icon, Predicate<User> shownTo, boolean mineOnly, String emptyTitle,
                               String emptyAdvice, StoryStatus... statuses) {
        return new Desk(title, icon, shownTo, Optional.of(new DeskQuery(Set.of(statuses), mineOnly)),
                null, emptyTitle, emptyAdvice, Tally.STORIES, null);
    }

    /** A desk that shows a screen of its own, built (once per visit) by {@code screen}. */
    public static Desk screen(String title, Ikon icon, Predicate<User> shownTo,
                              Function<DeskContext, ? extends Node> screen) {
        return new Desk(title, icon, shownTo, Optional.empty(), screen, "", "", Tally.NONE, null);
    }

    /** This desk with a number beside it in the sidebar that counts {@code counted}. */
    public Desk counting(Tally counted) {
        return new Desk(title, icon, shownTo, stories, screen, emptyTitle, emptyAdvice, counted, null);
    }

    /** This screen desk with a count in the sidebar, read off the FX thread by {@code newCounter}. */
    public Desk counting(IntSupplier newCounter) {
        return new Desk(title, icon, shownTo, stories, screen, emptyTitle, emptyAdvice, Tally.OWN, newCounter);
    }

    public boolean listsStories() {
        return stories.isPresent();
    }
}
