package org.newsdesk.workflow;

import java.util.Locale;
import java.util.Optional;
import org.newsdesk.model.Edition;
import org.newsdesk.model.Role;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.model.User;

/** Who may do what: the one place where the newsroom's rules about people and roles are written down. */
public final class Permissions {
    private Permissions() {
    }

    /**
     * Why {@code who} may not do {@code action} to {@code story}, as one sentence naming the rule, or empty when
     * the action is allowed. The status rule is asked first: a move that no one may make is refused as such.
     */
    public static Optional<String> refusal(User who, Story story, Action action) {
        if (!action.appliesTo(story.status())) {
            return Optional.of("A " + lower(story.status()) + " story cannot be " + action.pastParticiple() + ".");
        }
        boolean author = who.name().equalsIgnoreCase(story.author());
        return switch (action) {
            case EDIT -> who.isEditor() || (author && isWithWriter(story.status()))
                    ? Optional.empty()
                    : Optional.of(author
                            ? "A writer edits only their own draft or returned stories; this one is "
                                    + lower(story.status()) + "."
                            : "A writer edits only their own draft or returned stories; this one is "
                                    + story.author() + "'s.");
            case SUBMIT -> author ? Optional.empty() : Optional.of("Only the story's author submits it.");
            case WITHDRAW -> author ? Optional.empty() : Optional.of("Only the story's author withdraws it.");
            case APPROVE, RETURN, SPIKE, RESTORE, PUBLISH -> who.isEditor()
                    ? Optional.empty()
                    : Optional.of("Only editors " + verb(action) + " stories.");
        };
    }

    /** Throws {@link WorkflowException} naming the rule when {@link #refusal} refuses. */
    public static void check(User who, Story story, Action action) {
        refusal(who, story, action).ifPresent(rule -> {
            throw new WorkflowException(rule);
        });
    }

    /**
     * Why {@code importer} may not bring a story package's copy of {@code current} in, or empty when they may. The
     * package moves the story to {@code incoming} and, when {@code textChanged}, replaces its headline, body or
     * clips. The rules are the app's own, applied to the person importing: a status move needs the action's
     * permission (an editor accepting a package may take in the author's own submit or withdraw), and nobody but
     * the author changes the text of a story still with its writer; an editor may take in new text that arrives
     * as a submission, or changes a story already submitted.
     */
    public static Optional<String> importRefusal(User importer, Story current, StoryStatus incoming,
                                                 boolean textChanged) {
        boolean author = importer.name().equalsIgnoreCase(current.author());
        if (incoming != current.status()) {
            Optional<Action> move = java.util.Arrays.stream(Action.values())
                    .filter(action -> action != Action.EDIT && action.target() == incoming
                            && action.appliesTo(current.status()))
                    .findFirst();
            if (move.isEmpty()) {
                return Optional.of("A package cannot move a " + lower(current.status()) + " story to "
                        + lower(incoming) + ".");
            }
            boolean authorsOwnMove = move.get() == Action.SUBMIT || move.get() == Action.WITHDRAW;
            if (!(authorsOwnMove && importer.isEditor())) {
                Optional<String> refused = refusal(importer, current, move.get());
                if (refused.isPresent()) {
                    return refused;
                }
            }
        }
        if (!textChanged || author) {
            return author && textChanged && current.status() == StoryStatus.APPROVED
                    ? Optional.of("An approved story is changed on the editor's desk, not by a package.")
                    : Optional.empty();
        }
        boolean submission = incoming == StoryStatus.SUBMITTED || current.status() == StoryStatus.SUBMITTED;
        if (importer.isEditor() && submission) {
            return Optional.empty();
        }
        return Optional.of("Nobody but " + current.author() + " changes " + current.author() + "'s "
                + lower(current.status()) + " story \"" + current.headline() + "\".");
    }

    /** Why {@code who} may not change the newsroom's settings, template folder or outlets, or empty when they may. */
    public static Optional<String> newsroomRefusal(User who) {
        return who.isEditor() ? Optional.empty()
                : Optional.of("Only editors change the newsroom's settings, template folder and outlets.");
    }

    /**
     * Why {@code who} may not add, remove or change the newsroom's feeds (their outlet, how often they are
     * fetched, an OPML import) or its watch-list, or empty when they may. Dismissing and clipping wire items is
     * everyone's.
     */
    public static Optional<String> wireListRefusal(User who) {
        return who.isEditor() ? Optional.empty()
                : Optional.of("Only editors change the newsroom's feeds and watch-list.");
    }

    /** Why {@code who} may not add people or change roles, or empty when they may. */
    public static Optional<String> peopleRefusal(User who) {
        return who.role() == Role.EDITOR ? Optional.empty() : Optional.of("Only editors add people or change roles.");
    }

    /**
     * Why {@code who} may not change {@code edition} (create it, edit it, add, move or remove stories, publish
     * it), or empty when they may; {@code edition} is null for one not created yet.
     */
    public static Optional<String> editionRefusal(User who, Edition edition) {
        if (edition != null && edition.isPublished()) {
            return Optional.of("The edition of " + edition.date() + " is published and can no longer change.");
        }
        return who.isEditor() ? Optional.empty() : Optional.of("Only editors build and publish editions.");
    }

    private static boolean isWithWriter(StoryStatus status) {
        return status == StoryStatus.DRAFT || status == StoryStatus.RETURNED;
    }

    private static String verb(Action action) {
        return action.name().toLowerCase(Locale.ROOT);
    }

    private static String lower(StoryStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** Why {@code who} may not take words out of the newsroom dictionary, or empty when they may (anyone adds). */
    public static Optional<String> dictionaryRefusal(User who) {
        return who.isEditor() ? Optional.empty()
                : Optional.of("Only editors remove words from the newsroom dictionary.");
    }
}
