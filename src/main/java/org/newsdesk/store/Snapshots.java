package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Team mode's reading side: a local record as the server names its fields, for a push or a comparison. */
final class Snapshots {
    private Snapshots() {
    }

    /** The record, or empty when this file has none of that kind and id. */
    static Optional<Map<String, Object>> of(Connection connection, String kind, String id)
            throws SQLException {
        switch (kind) {
            case "story": {
                Map<String, Object> story = one(connection, "SELECT id, headline, body, outlet, attribution, section,"
                        + " author, status, version, created_at, updated_at, updated_by FROM stories WHERE id = ?", id);
                if (story == null) {
                    return Optional.empty();
                }
                story.put("clip_ids", column(connection,
                        "SELECT clip_id FROM story_clips WHERE story_id = ? ORDER BY position", id));
                story.put("tags", column(connection,
                        "SELECT tag FROM story_tags WHERE story_id = ? ORDER BY position", id));
                return Optional.of(story);
            }
            case "comment":
                return Optional.ofNullable(one(connection,
                        "SELECT uid AS id, story_id, author, body, created_at FROM comments WHERE uid = ?", id));
            case "revision":
                return Optional.ofNullable(one(connection, "SELECT uid AS id, story_id, headline, body, author,"
                        + " reason, created_at FROM revisions WHERE uid = ?", id));
            case "edition": {
                Map<String, Object> edition = one(connection,
                        "SELECT id, date, title, intro, status, published_at FROM editions WHERE id = ?", id);
                if (edition == null) {
                    return Optional.empty();
                }
                List<Object> items = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT story_id, section FROM edition_items WHERE edition_id = ? ORDER BY position")) {
                    Rows.bind(select, id);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            Map<String, Object> item = new LinkedHashMap<>();
                            item.put("story", rows.getString(1));
                            item.put("section", rows.getString(2));
                            items.add(item);
                        }
                    }
                }
                edition.put("items", items);
                return Optional.of(edition);
            }
            case "clip":
                return Optional.ofNullable(one(connection, "SELECT id, url, canonical_url, title, byline, site_name,"
                        + " published_time, lead_image_url, lang, text, captured_at FROM clips WHERE id = ?", id));
            case "outlet": {
                Map<String, Object> outlet = one(connection, "SELECT name, attribution FROM outlets WHERE name = ?", id);
                if (outlet == null) {
                    Map<String, Object> gone = new LinkedHashMap<>();
                    gone.put("name", id);
                    gone.put("deleted", true);
                    return Optional.of(gone);
                }
                outlet.put("domains", column(connection,
                        "SELECT domain FROM outlet_domains WHERE outlet = ? ORDER BY domain", id));
                outlet.put("deleted", false);
                return Optional.of(outlet);
            }
            case "setting": {
                Map<String, Object> setting = one(connection, "SELECT key, value FROM settings WHERE key = ?", id);
                if (setting == null) {
                    setting = new LinkedHashMap<>();
                    setting.put("key", id);
                    setting.put("value", null);
                }
                return Optional.of(setting);
            }
            case "person":
                return Optional.ofNullable(one(connection, "SELECT name, role FROM users WHERE name = ?", id));
            default:
                return WireRecords.snapshot(connection, kind, id);
        }
    }

    static Map<String, Object> one(Connection connection, String sql, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            Rows.bind(select, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                Map<String, Object> record = new LinkedHashMap<>();
                var meta = rows.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    record.put(meta.getColumnLabel(i), rows.getObject(i));
                }
                return record;
            }
        }
    }

    static List<Object> column(Connection connection, String sql, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            Rows.bind(select, id);
            return Rows.list(select, row -> row.getObject(1));
        }
    }
}
