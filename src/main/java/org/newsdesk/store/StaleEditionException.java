package org.newsdesk.store;

import org.newsdesk.model.Edition;

/** A title or intro was saved from an older copy of an edition: someone changed it meanwhile, nothing was written. */
public class StaleEditionException extends StoreException {
    private final transient Edition current;

    public StaleEditionException(Edition current, long expectedVersion) {
        super("The edition of " + current.date() + " was changed by someone else (version " + current.version()
                + ") after you opened version " + expectedVersion + "; your title and intro were not saved,"
                + " and nothing was overwritten.");
        this.current = current;
    }

    /** The edition as it is stored now. */
    public Edition current() {
        return current;
    }
}
