package org.newsdesk.app;

import org.newsdesk.model.Revision;
import org.newsdesk.model.Story;
import org.newsdesk.store.StaleVersionException;

/**
 * A save that met someone else's newer save: nothing was overwritten, the stored story is carried here, and the
 * text that lost was kept as a revision so that it can be compared and restored.
 */
public class SaveConflictException extends StaleVersionException {
    private final transient Story stored;
    private final transient Revision keptText;

    public SaveConflictException(long expectedVersion, Story stored, Revision keptText) {
        super(stored.id(), expectedVersion, stored.version(), stored.updatedBy(), stored.updatedAt());
        this.stored = stored;
        this.keptText = keptText;
    }

    /** The story as it is stored now, with the other person's save. */
    public Story stored() {
        return stored;
    }

    /** The revision that holds the text that could not be saved. */
    public Revision keptText() {
        return keptText;
    }

    @Override
    public String getMessage() {
        return "The story was changed by " + (stored.updatedBy() == null ? "someone else" : stored.updatedBy())
                + " (version " + stored.version() + ") after you opened version " + expectedVersion()
                + "; nothing was overwritten, and your text was kept as revision " + keptText.id() + ".";
    }
}
