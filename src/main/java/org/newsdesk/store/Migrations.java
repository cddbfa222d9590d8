package org.newsdesk.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema's history: each entry upgrades the file by one version, never down. A file's version is kept in
 * {@code PRAGMA user_version}; new entries are only ever appended.
 */
final class Migrations {
    private static final List<List<String>> STEPS = List.of(
            // 1: the newsroom's records
            List.of(
                    """
                    CREATE TABLE outlets (
                        name TEXT PRIMARY KEY,
                        attribution TEXT NOT NULL)""",
                    """
                    CREATE TABLE outlet_domains (
                        domain TEXT PRIMARY KEY,
                        outlet TEXT NOT NULL REFERENCES outlets(name) ON UPDATE CASCADE ON DELETE CASCADE)""",
                    """
                    CREATE TABLE users (
                        name TEXT PRIMARY KEY,
                        role TEXT NOT NULL CHECK (role IN ('WRITER', 'EDITOR')),
                        created_at TEXT NOT NULL)""",
                    """
                    CREATE TABLE clips (
                        seq INTEGER PRIMARY KEY,
                        id TEXT NOT NULL UNIQUE,
                        url TEXT NOT NULL,
                        canonical_url TEXT,
                        url_key TEXT NOT NULL,
                        title TEXT NOT NULL,
                        byline TEXT,
                        site_name TEXT,
                        published_time TEXT,
                        lead_image_url TEXT,
                        lang TEXT,
                        text TEXT NOT NULL,
                        raw_html TEXT,
                        captured_at TEXT NOT NULL)""",
                    "CREATE INDEX clips_url_key ON clips(url_key)",
                    """
                    CREATE TABLE stories (
                        seq INTEGER PRIMARY KEY,
                        id TEXT NOT NULL UNIQUE,
                        headline TEXT NOT NULL,
                        body TEXT NOT NULL,
                        outlet TEXT,
                        attribution TEXT,
                        section TEXT,
                        author TEXT NOT NULL,
                        status TEXT NOT NULL,
                        version INTEGER NOT NULL,
                        created_at TEXT NOT NULL,
                        updated_at TEXT NOT NULL,
                        updated_by TEXT)""",
                    "CREATE INDEX stories_status_updated ON stories(status, updated_at)",
                    "CREATE INDEX stories_updated ON stories(updated_at)",
                    "CREATE INDEX stories_author ON stories(author, status)",
                    """
                    CREATE TABLE story_clips (
                        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
                        clip_id TEXT NOT NULL REFERENCES clips(id),
                        position INTEGER NOT NULL,
                        PRIMARY KEY (story_id, clip_id))""",
                    "CREATE INDEX story_clips_clip ON story_clips(clip_id)",
                    """
                    CREATE TABLE story_tags (
                        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
                        tag TEXT NOT NULL,
                        position INTEGER NOT NULL,
                        PRIMARY KEY (story_id, tag))""",
                    "CREATE INDEX story_tags_tag ON story_tags(tag)",
                    """
                    CREATE TABLE comments (
                        id INTEGER PRIMARY KEY,
                        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
                        author TEXT NOT NULL,
                        body TEXT NOT NULL,
                        created_at TEXT NOT NULL)""",
                    "CREATE INDEX comments_story ON comments(story_id, id)",
                    """
                    CREATE TABLE revisions (
                        id INTEGER PRIMARY KEY,
                        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
                        headline TEXT NOT NULL,
                        body TEXT NOT NULL,
                        author TEXT NOT NULL,
                        reason TEXT NOT NULL,
                        created_at TEXT NOT NULL)""",
                    "CREATE INDEX revisions_story ON revisions(story_id, id)",
                    """
                    CREATE TABLE editions (
                        id TEXT PRIMARY KEY,
                        date TEXT NOT NULL UNIQUE,
                        title TEXT NOT NULL,
                        intro TEXT NOT NULL,
                        status TEXT NOT NULL,
                        published_at TEXT)""",
                    """
                    CREATE TABLE edition_items (
                        edition_id TEXT NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
                        story_id TEXT NOT NULL REFERENCES stories(id),
                        section TEXT NOT NULL,
                        position INTEGER NOT NULL,
                        PRIMARY KEY (edition_id, story_id))""",
                    "CREATE INDEX edition_items_story ON edition_items(story_id)"),
            // 2: full-text search over stories and clips, kept in step by triggers
            List.of(
                    """
                    CREATE VIRTUAL TABLE story_fts USING fts5(headline, body,
                        content = 'stories', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2')""",
                    """
                    CREATE VIRTUAL TABLE clip_fts USING fts5(title, text,
                        content = 'clips', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2')""",
                    """
                    CREATE TRIGGER stories_fts_insert AFTER INSERT ON stories BEGIN
                        INSERT INTO story_fts(rowid, headline, body) VALUES (new.seq, new.headline, new.body);
                    END""",
                    """
                    CREATE TRIGGER stories_fts_delete AFTER DELETE ON stories BEGIN
                        INSERT INTO story_fts(story_fts, rowid, headline, body)
                            VALUES ('delete', old.seq, old.headline, old.body);
                    END""",
                    """
                    CREATE TRIGGER stories_fts_update AFTER UPDATE OF headline, body ON stories BEGIN
                        INSERT INTO story_fts(story_fts, rowid, headline, body)
                            VALUES ('delete', old.seq, old.headline, old.body);
                        INSERT INTO story_fts(rowid, headline, body) VALUES (new.seq, new.headline, new.body);
                    END""",
                    """
                    CREATE TRIGGER clips_fts_insert AFTER INSERT ON clips BEGIN
                        INSERT INTO clip_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
                    END""",
                    """
                    CREATE TRIGGER clips_fts_delete AFTER DELETE ON clips BEGIN
                        INSERT INTO clip_fts(clip_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
                    END""",
                    """
                    CREATE TRIGGER clips_fts_update AFTER UPDATE OF title, text ON clips BEGIN
                        INSERT INTO clip_fts(clip_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
                        INSERT INTO clip_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
                    END""",
                    "INSERT INTO story_fts(story_fts) VALUES ('rebuild')",
                    "INSERT INTO clip_fts(clip_fts) VALUES ('rebuild')"),
            // 3: the audit trail (append-only), settings, and URLs waiting for the network
            List.of(
                    """
                    CREATE TABLE audit (
                        id INTEGER PRIMARY KEY,
                        at TEXT NOT NULL,
                        actor TEXT NOT NULL,
                        action TEXT NOT NULL,
                        subject TEXT,
                        detail TEXT)""",
                    "CREATE INDEX audit_subject ON audit(subject, id)",
                    """
                    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN
                        SELECT RAISE(ABORT, 'The audit trail is append-only.');
                    END""",
                    """
                    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN
                        SELECT RAISE(ABORT, 'The audit trail is append-only.');
                    END""",
                    """
                    CREATE TABLE settings (
                        key TEXT PRIMARY KEY,
                        value TEXT NOT NULL)""",
                    """
                    CREATE TABLE pending_clips (
                        id INTEGER PRIMARY KEY,
                        url TEXT NOT NULL,
                        story_id TEXT REFERENCES stories(id) ON DELETE SET NULL,
                        requested_by TEXT,
                        requested_at TEXT NOT NULL,
                        attempts INTEGER NOT NULL DEFAULT 0,
                        next_attempt_at TEXT NOT NULL,
                        last_error TEXT)"""),
            // 4: prefix indexes of 3 and 4 letters, so a search such as "pen*" reads one list instead of merging
            // the lists of every word that starts so (about ten times faster in a 100,000-story archive)
            List.of(
                    "DROP TABLE story_fts",
                    """
                    CREATE VIRTUAL TABLE story_fts USING fts5(headline, body, content = 'stories',
                        content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2', prefix = '3 4')""",
                    "INSERT INTO story_fts(story_fts) VALUES ('rebuild')",
                    "DROP TABLE clip_fts",
                    """
                    CREATE VIRTUAL TABLE clip_fts USING fts5(title, text, content = 'clips',
                        content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2', prefix = '3 4')""",
                    "INSERT INTO clip_fts(clip_fts) VALUES ('rebuild')"),
            // 5: how sure the clipper was that a clip's text is the whole article (null: not measured)
            List.of("ALTER TABLE clips ADD COLUMN confidence REAL"),
            // 6: editions carry a version, so a title or intro saved from an older copy is a conflict, not a loss
            List.of("ALTER TABLE editions ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
            // 7: the wire desk: feeds, their items and the watch-list (UUID ids, so team mode can share them)
            List.of(
                    """
                    CREATE TABLE feeds (
                        id TEXT PRIMARY KEY,
                        url TEXT NOT NULL UNIQUE,
                        title TEXT,
                        outlet TEXT,
                        site_url TEXT,
                        interval_seconds INTEGER NOT NULL,
                        etag TEXT,
                        last_modified TEXT,
                        last_fetched_at TEXT,
                        next_fetch_at TEXT,
                        failures INTEGER NOT NULL DEFAULT 0,
                        last_error TEXT,
                        last_result TEXT,
                        added_at TEXT NOT NULL)""",
                    """
                    CREATE TABLE wire_items (
                        seq INTEGER PRIMARY KEY,
                        id TEXT NOT NULL UNIQUE,
                        feed_id TEXT NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
                        guid TEXT,
                        link TEXT,
                        link_key TEXT,
                        headline TEXT NOT NULL,
                        teaser TEXT NOT NULL,
                        author TEXT,
                        published_at TEXT,
                        seen_at TEXT NOT NULL,
                        sort_at TEXT NOT NULL,
                        state TEXT NOT NULL CHECK (state IN ('NEW', 'SEEN', 'DISMISSED', 'CLIPPED')),
                        story_id TEXT REFERENCES stories(id) ON DELETE SET NULL,
                        taken_by TEXT,
                        updated_at TEXT NOT NULL)""",
                    "CREATE UNIQUE INDEX wire_items_guid ON wire_items(feed_id, guid) WHERE guid IS NOT NULL",
                    "CREATE INDEX wire_items_link ON wire_items(link_key)",
                    "CREATE INDEX wire_items_feed_link ON wire_items(feed_id, link_key)",
                    "CREATE INDEX wire_items_sort ON wire_items(sort_at)",
                    "CREATE INDEX wire_items_story ON wire_items(story_id)",
                    """
                    CREATE TABLE watch_terms (
                        id TEXT PRIMARY KEY,
                        term TEXT NOT NULL,
                        outlet TEXT,
                        created_at TEXT NOT NULL)""",
                    "CREATE UNIQUE INDEX watch_terms_unique ON watch_terms(term COLLATE NOCASE, IFNULL(outlet, ''))"),
            // 8: the newsroom's dictionary for the spelling check (UUID ids, so team mode can share it)
            List.of(
                    """
                    CREATE TABLE dictionary_words (
                        id TEXT PRIMARY KEY,
                        word TEXT NOT NULL UNIQUE,
                        added_by TEXT,
                        added_at TEXT NOT NULL)"""),
            // 9: team mode: comments and revisions get ids every desk shares; the outbox of changes waiting for
            // the team server (written in the same transaction as the change), the server's copy each local change
            // was based on, the sync position and the notices a sync leaves for the person
            List.of(
                    "ALTER TABLE comments ADD COLUMN uid TEXT",
                    "UPDATE comments SET uid = " + Outbox.RANDOM_UUID_SQL,
                    "CREATE UNIQUE INDEX comments_uid ON comments(uid)",
                    "ALTER TABLE revisions ADD COLUMN uid TEXT",
                    "UPDATE revisions SET uid = " + Outbox.RANDOM_UUID_SQL,
                    "CREATE UNIQUE INDEX revisions_uid ON revisions(uid)",
                    """
                    CREATE TABLE sync_outbox (
                        seq INTEGER PRIMARY KEY,
                        op_id TEXT NOT NULL UNIQUE,
                        kind TEXT NOT NULL,
                        entity_id TEXT NOT NULL,
                        action TEXT NOT NULL,
                        detail TEXT,
                        base_version INTEGER NOT NULL,
                        attempts INTEGER NOT NULL DEFAULT 0,
                        created_at TEXT NOT NULL)""",
                    "CREATE INDEX sync_outbox_entity ON sync_outbox(kind, entity_id, seq)",
                    """
                    CREATE TABLE sync_base (
                        kind TEXT NOT NULL,
                        entity_id TEXT NOT NULL,
                        version INTEGER NOT NULL,
                        data TEXT NOT NULL,
                        PRIMARY KEY (kind, entity_id))""",
                    """
                    CREATE TABLE sync_state (
                        key TEXT PRIMARY KEY,
                        value TEXT NOT NULL)""",
                    """
                    CREATE TABLE sync_notices (
                        id INTEGER PRIMARY KEY,
                        at TEXT NOT NULL,
                        story_id TEXT,
                        text TEXT NOT NULL,
                        revision_id INTEGER,
                        seen INTEGER NOT NULL DEFAULT 0)"""),
            // 10: team mode shares the wire desk: the newsroom's state of each wire item someone dismissed or
            // clipped (with the story and who took it), by feed address and item key, so an item this desk fetches
            // only later arrives in that state
            List.of(
                    """
                    CREATE TABLE wire_shared_states (
                        feed_url TEXT NOT NULL,
                        item_key TEXT NOT NULL,
                        state TEXT NOT NULL CHECK (state IN ('OPEN', 'DISMISSED', 'CLIPPED')),
                        story_id TEXT,
                        taken_by TEXT,
                        headline TEXT NOT NULL DEFAULT '',
                        PRIMARY KEY (feed_url, item_key))"""));

    private Migrations() {
    }

    static int latest() {
        return STEPS.size();
    }

    /** Applies the steps after {@code from} up to and including {@code to}, each in its own transaction. */
    static void apply(Database database, int from, int to) {
        for (int version = from + 1; version <= to; version++) {
            List<String> step = STEPS.get(version - 1);
            int target = version;
            database.write(connection -> {
                try (Statement statement = connection.createStatement()) {
                    for (String sql : step) {
                        statement.execute(sql);
                    }
                    statement.execute("PRAGMA user_version = " + target);
                }
                return null;
            });
        }
    }

    /** For the upgrade test: a fresh database brought only as far as {@code version}. */
    static void applyUpTo(Database database, int version) throws SQLException {
        apply(database, 0, version);
    }
}
