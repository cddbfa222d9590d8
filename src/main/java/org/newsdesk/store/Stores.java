package org.newsdesk.store;

import java.time.Clock;

/**
 * Every store of one database, built together. Services take the few they use; the command line's reports and the
 * tests read through them. Screens never see them (the architecture test keeps {@code ui} away from {@code store}).
 */
public record Stores(Database database, StoryStore stories, ClipStore clips, OutletStore outlets,
                     EditionStore editions, RevisionStore revisions, CommentStore comments, UserStore users,
                     AuditStore audit, SettingsStore settings, SearchIndex search, PendingClipStore pendingClips) {

    /** The stores of {@code database}, stamping times from {@code clock}. */
    public static Stores of(Database database, Clock clock) {
        return new Stores(database, new StoryStore(database, clock), new ClipStore(database),
                new OutletStore(database), new EditionStore(database), new RevisionStore(database, clock),
                new CommentStore(database, clock), new UserStore(database, clock), new AuditStore(database, clock),
                new SettingsStore(database), new SearchIndex(database), new PendingClipStore(database));
    }
}
