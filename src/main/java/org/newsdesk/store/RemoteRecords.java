package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.newsdesk.model.SourceUrl;

/**
 * Team mode's writing side: the server's copy of a record written into this file's tables, without the stores (so
 * nothing lands in the outbox), with the statements of a batch prepared once.
 */
final class RemoteRecords {
    private RemoteRecords() {
    }

    /** Prepared statements kept for one batch: preparing SQL on tables with search triggers is costly. */
    static final class Statements implements AutoCloseable {
        private final Connection connection;
        private final Map<String, PreparedStatement> prepared = new java.util.HashMap<>();

        Statements(Connection connection) {
            this.connection = connection;
        }

        void run(String sql, Object... values) throws SQLException {
            PreparedStatement statement = prepared.get(sql);
            if (statement == null) {
                statement = connection.prepareStatement(sql);
                prepared.put(sql, statement);
            }
            Rows.bind(statement, values);
            statement.executeUpdate();
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement statement : prepared.values()) {
                statement.close();
            }
        }
    }


    static void apply(Statements statements, String kind, String id, long version,
                                    Map<String, Object> data) throws SQLException {
        switch (kind) {
            case "story" -> {
                statements.run("INSERT INTO stories (id, headline, body, outlet, attribution, section, author, status,"
                        + " version, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, body = excluded.body,"
                        + " outlet = excluded.outlet, attribution = excluded.attribution, section = excluded.section,"
                        + " author = excluded.author, status = excluded.status, version = excluded.version,"
                        + " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                        id, text(data, "headline"), text(data, "body"), data.get("outlet"), data.get("attribution"),
                        data.get("section"), data.get("author"), data.get("status"), version,
                        instant(data.get("created_at")), instant(data.get("updated_at")), data.get("updated_by"));
                statements.run("DELETE FROM story_clips WHERE story_id = ?", id);
                int position = 0;
                for (Object clip : (List<Object>) data.getOrDefault("clip_ids", List.of())) {
                    statements.run("INSERT OR IGNORE INTO story_clips (story_id, clip_id, position)"
                            + " SELECT ?, id, ? FROM clips WHERE id = ?", id, position++, clip.toString());
                }
                statements.run("DELETE FROM story_tags WHERE story_id = ?", id);
                position = 0;
                for (Object tag : (List<Object>) data.getOrDefault("tags", List.of())) {
                    statements.run("INSERT OR IGNORE INTO story_tags (story_id, tag, position) VALUES (?, ?, ?)", id,
                            tag.toString(), position++);
                }
            }
            case "comment" -> statements.run("INSERT INTO comments (story_id, author, body, created_at, uid)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING", data.get("story_id"),
                    data.get("author"), text(data, "body"), instant(data.get("created_at")), id);
            case "revision" -> statements.run("INSERT INTO revisions (story_id, headline, body, author, reason,"
                    + " created_at, uid) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING",
                    data.get("story_id"), text(data, "headline"), text(data, "body"), data.get("author"),
                    text(data, "reason"), instant(data.get("created_at")), id);
            case "edition" -> {
                // A local edition of the same date not yet on the server gives way to the server's.
                statements.run("DELETE FROM editions WHERE date = ? AND id <> ?", data.get("date"), id);
                statements.run("INSERT INTO editions (id, date, title, intro, status, published_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET date = excluded.date,"
                        + " title = excluded.title, intro = excluded.intro, status = excluded.status,"
                        + " published_at = excluded.published_at, version = editions.version + 1", id,
                        data.get("date"), text(data, "title"),
                        text(data, "intro"), data.get("status"), instant(data.get("published_at")));
                statements.run("DELETE FROM edition_items WHERE edition_id = ?", id);
                int position = 0;
                for (Object item : (List<Object>) data.getOrDefault("items", List.of())) {
                    Map<String, Object> entry = (Map<String, Object>) item;
                    statements.run("INSERT OR IGNORE INTO edition_items (edition_id, story_id, section, position)"
                            + " SELECT ?, id, ?, ? FROM stories WHERE id = ?", id, text(entry, "section"),
                            position++, entry.get("story"));
                }
            }
            case "clip" -> {
                String url = text(data, "url");
                Object canonical = data.get("canonical_url");
                String source = canonical == null || canonical.toString().isBlank() ? url : canonical.toString();
                statements.run("INSERT INTO clips (id, url, canonical_url, url_key, title, byline, site_name,"
                        + " published_time, lead_image_url, lang, text, captured_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET url = excluded.url,"
                        + " canonical_url = excluded.canonical_url, url_key = excluded.url_key,"
                        + " title = excluded.title, byline = excluded.byline, site_name = excluded.site_name,"
                        + " published_time = excluded.published_time, lead_image_url = excluded.lead_image_url,"
                        + " lang = excluded.lang, text = excluded.text", id, url, canonical, SourceUrl.key(source),
                        text(data, "title"), data.get("byline"), data.get("site_name"), data.get("published_time"),
                        data.get("lead_image_url"), data.get("lang"), text(data, "text"), data.get("captured_at"));
            }
            case "outlet" -> {
                if (Boolean.TRUE.equals(data.get("deleted"))) {
                    statements.run("DELETE FROM outlets WHERE name = ?", id);
                } else {
                    statements.run("INSERT INTO outlets (name, attribution) VALUES (?, ?)"
                            + " ON CONFLICT (name) DO UPDATE SET attribution = excluded.attribution", id,
                            text(data, "attribution"));
                    statements.run("DELETE FROM outlet_domains WHERE outlet = ?", id);
                    for (Object domain : (List<Object>) data.getOrDefault("domains", List.of())) {
                        statements.run("INSERT INTO outlet_domains (domain, outlet) VALUES (?, ?)"
                                + " ON CONFLICT (domain) DO UPDATE SET outlet = excluded.outlet", domain.toString(), id);
                    }
                }
            }
            case "setting" -> {
                if (data.get("value") == null) {
                    statements.run("DELETE FROM settings WHERE key = ?", id);
                } else {
                    statements.run("INSERT INTO settings (key, value) VALUES (?, ?)"
                            + " ON CONFLICT (key) DO UPDATE SET value = excluded.value", id, data.get("value"));
                }
            }
            case "person" -> statements.run("INSERT INTO users (name, role, created_at) VALUES (?, ?, ?)"
                    + " ON CONFLICT (name) DO UPDATE SET role = excluded.role", id, data.get("role"),
                    Times.format(Instant.now()));
            default -> WireRecords.apply(statements, kind, id, data);
        }
    }

    static String text(Map<String, Object> data, String key) {
        Object value = data.get(key);
        return value == null ? "" : value.toString();
    }

    /** The server's timestamps ("2024-05-10T11:40:00.123+00:00") in this file's form. */
    static String instant(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        try {
            return Times.format(Instant.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Times.format(OffsetDateTime.parse(text).toInstant());
        }
    }
}
