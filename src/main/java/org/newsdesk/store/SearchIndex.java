package org.newsdesk.store;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Full-text search over stories (headline, body) and clips (title, text), ranked by bm25. SQLite FTS5 only. */
public final class SearchIndex {
    private static final Pattern TERM = Pattern.compile("\"([^\"]*)\"|(\\S+)");
    private static final Pattern WORD_PART = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Database database;

    public SearchIndex(Database database) {
        this.database = database;
    }

    /**
     * Searches for every word of {@code query} ("quoted phrases" stay together; a trailing {@code *} matches
     * prefixes). Text that is not a word is ignored, so any typed query is safe.
     */
    public List<SearchHit> search(String query, int limit) {
        String match = toMatch(query);
        if (match.isEmpty()) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        hits.addAll(run("SELECT 'STORY', s.id, s.headline, snippet(story_fts, -1, char(2), char(3), '…', 14),"
                + " bm25(story_fts, 4.0, 1.0) AS score FROM story_fts JOIN stories s ON s.seq = story_fts.rowid"
                + " WHERE story_fts MATCH ? ORDER BY score LIMIT ?", match, limit));
        hits.addAll(run("SELECT 'CLIP', c.id, c.title, snippet(clip_fts, -1, char(2), char(3), '…', 14),"
                + " bm25(clip_fts, 4.0, 1.0) AS score FROM clip_fts JOIN clips c ON c.seq = clip_fts.rowid"
                + " WHERE clip_fts MATCH ? ORDER BY score LIMIT ?", match, limit));
        hits.sort(Comparator.comparingDouble(SearchHit::score));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    private List<SearchHit> run(String sql, String match, int limit) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                Rows.bind(select, match, limit);
                return Rows.list(select, row -> new SearchHit(SearchHit.Kind.valueOf(row.getString(1)),
                        Rows.uuid(row, "id"), row.getString(3), row.getString(4), row.getDouble(5)));
            }
        });
    }

    /** Turns what a person typed into an FTS5 query of quoted terms, so no input is read as FTS syntax. */
    static String toMatch(String query) {
        if (query == null) {
            return "";
        }
        List<String> terms = new ArrayList<>();
        Matcher matcher = TERM.matcher(query);
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                String phrase = String.join(" ", words(matcher.group(1)));
                if (!phrase.isEmpty()) {
                    terms.add('"' + phrase + '"');
                }
            } else {
                String raw = matcher.group(2);
                boolean prefix = raw.endsWith("*");
                List<String> words = words(raw);
                if (words.isEmpty()) {
                    continue;
                }
                String term = '"' + String.join(" ", words) + '"';
                terms.add(prefix ? term + "*" : term);
            }
        }
        return String.join(" ", terms);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD_PART.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
