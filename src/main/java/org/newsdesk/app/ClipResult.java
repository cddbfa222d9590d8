package org.newsdesk.app;

import java.util.List;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Story;
import org.newsdesk.model.PendingClip;

/**
 * What clipping a source came to: a newly stored clip; a clip of the same article stored earlier (with the
 * stories that used it); or, without network, a URL queued to be fetched later ({@code clip} is then null).
 */
public record ClipResult(Clip clip, boolean alreadyCovered, List<Story> usedBy, PendingClip pending) {
    public ClipResult {
        usedBy = usedBy == null ? List.of() : List.copyOf(usedBy);
    }

    static ClipResult stored(Clip clip) {
        return new ClipResult(clip, false, List.of(), null);
    }

    static ClipResult covered(Clip clip, List<Story> usedBy) {
        return new ClipResult(clip, true, usedBy, null);
    }

    static ClipResult queued(PendingClip pending) {
        return new ClipResult(null, false, List.of(), pending);
    }

    public boolean isQueued() {
        return pending != null;
    }
}
