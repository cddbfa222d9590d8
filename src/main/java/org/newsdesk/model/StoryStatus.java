package org.newsdesk.model;

/** Where a story stands on its way from a writer's draft to a published edition. */
public enum StoryStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED, PUBLISHED, SPIKED;

    /** Whether a story in this status may move to {@code next} (who may move it is the workflow's question). */
    public boolean canMoveTo(StoryStatus next) {
        return switch (this) {
            case DRAFT -> next == SUBMITTED || next == SPIKED;
            case SUBMITTED -> next == APPROVED || next == RETURNED || next == DRAFT || next == SPIKED;
            case RETURNED -> next == SUBMITTED || next == SPIKED;
            case APPROVED -> next == PUBLISHED || next == SPIKED;
            case SPIKED -> next == DRAFT;
            case PUBLISHED -> false;
        };
    }

    /** The status as a person reads it: "Submitted". */
    public String label() {
        String name = name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
