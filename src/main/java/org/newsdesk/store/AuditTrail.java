package org.newsdesk.store;

import java.util.List;
import org.newsdesk.model.AuditEntry;

/**
 * The audit trail: who did what, appended by every service write.
 * A service depends on this seam, not on the SQLite class behind it, so a team-mode sync engine can sit beside it
 * (docs/decisions/0005-services-depend-on-store-interfaces.md).
 */
public interface AuditTrail {
    void append(String actor, String action, String subject, String detail);

    /** Lines about {@code subject} (all when null), oldest first, at most {@code limit} of the newest. */
    List<AuditEntry> list(String subject, int limit);
}
