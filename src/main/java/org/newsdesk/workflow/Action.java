package org.newsdesk.workflow;

import org.newsdesk.model.StoryStatus;

/** Something a person does to a story: edit its text, or move it to another status. */
public enum Action {
    EDIT(null, "edited"),
    SUBMIT(StoryStatus.SUBMITTED, "submitted"),
    WITHDRAW(StoryStatus.DRAFT, "withdrawn"),
    APPROVE(StoryStatus.APPROVED, "approved"),
    RETURN(StoryStatus.RETURNED, "returned"),
    SPIKE(StoryStatus.SPIKED, "spiked"),
    RESTORE(StoryStatus.DRAFT, "restored"),
    PUBLISH(StoryStatus.PUBLISHED, "published");

    private final StoryStatus target;
    private final String pastParticiple;

    Action(StoryStatus target, String pastParticiple) {
        this.target = target;
        this.pastParticiple = pastParticiple;
    }

    /** The status a story moves to, or null for {@link #EDIT}, which leaves the status alone. */
    public StoryStatus target() {
        return target;
    }

    /** "submitted", "withdrawn": the word for a story this was done to. */
    public String pastParticiple() {
        return pastParticiple;
    }

    /**
     * Whether a story in {@code status} can undergo this action at all, whoever asks. The moves themselves are
     * {@link StoryStatus#canMoveTo}'s; this only tells apart the two ways back to DRAFT (withdraw a submitted
     * story, restore a spiked one) and says that a published story is no longer edited.
     */
    public boolean appliesTo(StoryStatus status) {
        return switch (this) {
            case EDIT -> status != StoryStatus.PUBLISHED;
            case WITHDRAW -> status == StoryStatus.SUBMITTED && status.canMoveTo(target);
            case RESTORE -> status == StoryStatus.SPIKED && status.canMoveTo(target);
            default -> status.canMoveTo(target);
        };
    }
}
