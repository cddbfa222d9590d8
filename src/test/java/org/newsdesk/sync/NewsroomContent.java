package org.newsdesk.sync;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsdesk.store.ReplicaStore;

/** A newsroom's shared content as sorted lines, the same for a replica file and the team server when they agree. */
final class NewsroomContent {
    private static final Map<String, String> TABLES = Map.ofEntries(Map.entry("story", "stories"),
            Map.entry("comment", "comments"), Map.entry("revision", "revisions"), Map.entry("edition", "editions"),
            Map.entry("person", "people"), Map.entry("outlet", "outlets"), Map.entry("setting", "settings"),
            Map.entry("clip", "clips"), Map.entry("feed", "feeds"), Map.entry("watch", "watch_terms"),
            Map.entry("word", "dictionary"), Map.entry("wire", "wire_states"));

    /** Wire states count only for feeds the newsroom still follows: an unfollowed feed's items leave every desk. */
    private static final String LIVE_FEEDS = " WHERE feed_url IN (SELECT url FROM newsdesk.feeds WHERE NOT deleted)";

    private NewsroomContent() {
    }

    static Map<String, List<String>> ofServer(Connection connection) throws SQLException {
        Map<String, List<String>> content = new TreeMap<>();
        for (String kind : ReplicaStore.KINDS) {
            List<String> lines = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT to_jsonb(x)::text FROM newsdesk." + TABLES.get(kind)
                         + " x" + (kind.equals("wire") ? LIVE_FEEDS : ""))) {
                while (rows.next()) {
                    Map<String, Object> record = TeamServer.parse(rows.getString(1));
                    if (!Boolean.TRUE.equals(record.get("deleted")) && !"OPEN".equals(record.get("state"))) {
                        lines.add(line(kind, record));
                    }
                }
            }
            lines.sort(null);
            content.put(kind, lines);
        }
        return content;
    }

    static Map<String, List<String>> ofReplica(ReplicaStore replica) {
        Map<String, List<String>> content = new TreeMap<>();
        for (String kind : ReplicaStore.KINDS) {
            List<String> lines = new ArrayList<>();
            for (String id : replica.ids(kind)) {
                lines.add(line(kind, replica.snapshot(kind, id).orElseThrow()));
            }
            lines.sort(null);
            content.put(kind, lines);
        }
        return content;
    }

    private static String line(String kind, Map<String, Object> r) {
        List<String> fields = switch (kind) {
            case "story" -> List.of("id", "headline", "body", "status", "author", "outlet", "attribution", "section",
                    "tags", "clip_ids");
            case "comment" -> List.of("id", "story_id", "author", "body");
            case "revision" -> List.of("id", "story_id", "headline", "body", "reason");
            case "edition" -> List.of("id", "date", "title", "intro", "status", "items");
            case "person" -> List.of("name", "role");
            case "outlet" -> List.of("name", "attribution", "domains");
            case "setting" -> List.of("key", "value");
            case "feed" -> List.of("url", "title", "outlet", "interval_seconds");
            case "watch" -> List.of("key", "outlet");
            case "word" -> List.of("word");
            case "wire" -> List.of("feed_url", "item_key", "state", "story_id", "taken_by");
            default -> List.of("id", "url", "title", "text");
        };
        StringBuilder line = new StringBuilder(kind);
        for (String field : fields) {
            Object value = r.get(field);
            line.append(" | ").append(value == null ? "" : value.toString());
        }
        return line.toString();
    }
}
