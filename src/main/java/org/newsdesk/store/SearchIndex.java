package org.newsdesk.store;

import org.newsdesk.model.SearchHit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Full-text search over stories (headline, body) and clips (title, text), ranked by bm25. SQLite FTS5 only.
 *
 * <p>Ranking scores every match, so for a word found in half a large archive it would cost hundreds of
 * milliseconds; search therefore ranks at most the {@value #RANKED_MATCHES} newest matches of each kind (all of them
 * when there are fewer), and builds snippets only for the hits it returns.
 */
public final class SearchIndex {
    /** How many of the newest matches of each kind are ranked: bounds the cost of a very common word. */
    static final int RANKED_MATCHES = 2000;

    private static final Pattern TERM = Pattern.compile("\"([^\"]*)\"|(\\S+)");
    private static final Pattern WORD_PART = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The FTS5 table of each kind, the content table it indexes, and its title column there. */
    private enum Source {
        STORY("story_fts", "stories", "headline"),
        CLIP("clip_fts", "clips", "title");

        final String fts;
        final String content;
        final String title;

        Source(String fts, String content, String title) {
            this.fts = fts;
            this.content = content;
            this.title = title;
        }
    }

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
        if (match.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<SearchHit> hits = database.read(connection -> {
            List<SearchHit> found = new ArrayList<>();
            found.addAll(search(connection, Source.STORY, match, limit));
            found.addAll(search(connection, Source.CLIP, match, limit));
            return found;
        });
        hits.sort(Comparator.comparingDouble(SearchHit::score));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    /**
     * The best {@code limit} hits of one kind, in two passes over the matches: the newest {@value #RANKED_MATCHES}
     * with their scores (ranked here), then titles and snippets for the best of them only.
     */
    private static List<SearchHit> search(Connection connection, Source source, String match, int limit)
            throws SQLException {
        List<Ranked> ranked = hasCommonWordInPhrase(match) ? rankPhraseMatches(connection, source, match, limit)
                : rankMatches(connection, source, match);
        if (ranked.isEmpty()) {
            return List.of();
        }
        ranked = ranked.stream().sorted(Comparator.comparingDouble(Ranked::score).thenComparing(Ranked::rowid,
                Comparator.reverseOrder())).limit(limit).toList();
        // The second pass walks only the rowids between the best hits, not all the ranked matches again.
        long oldest = ranked.stream().mapToLong(Ranked::rowid).min().orElseThrow();
        long newest = ranked.stream().mapToLong(Ranked::rowid).max().orElseThrow();
        Map<Long, SearchHit> hits = new HashMap<>();
        SearchHit.Kind kind = SearchHit.Kind.valueOf(source.name());
        try (PreparedStatement select = connection.prepareStatement("SELECT f.rowid, c.id, c." + source.title
                + ", snippet(" + source.fts + ", -1, char(2), char(3), '…', 14) FROM " + source.fts + " f JOIN "
                + source.content + " c ON c.seq = f.rowid WHERE " + source.fts + " MATCH ? AND f.rowid >= ? AND f.rowid <= ?"
                // "+f.rowid": a plain rowid IN (…) would restart the match once per rowid, which for a prefix
                // means merging every matching term's list again; one pass over the ranked range is cheaper.
                + " AND +f.rowid IN (" + ranked.stream().map(r -> "?").collect(Collectors.joining(", ")) + ")")) {
            List<Object> values = new ArrayList<>();
            values.add(match);
            values.add(oldest);
            values.add(newest);
            ranked.forEach(r -> values.add(r.rowid()));
            Rows.bind(select, values.toArray());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    hits.put(rows.getLong(1), new SearchHit(kind, Rows.uuid(rows, "id"), rows.getString(3),
                            rows.getString(4), 0));
                }
            }
        }
        return ranked.stream().filter(r -> hits.containsKey(r.rowid())).map(r -> {
            SearchHit hit = hits.get(r.rowid());
            return new SearchHit(kind, hit.id(), hit.title(), hit.snippet(), r.score());
        }).toList();
    }

    private record Ranked(long rowid, double score) {
    }

    /** The newest {@value #RANKED_MATCHES} matches with their bm25 scores. */
    private static List<Ranked> rankMatches(Connection connection, Source source, String match) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT rowid, bm25(" + source.fts
                + ", 4.0, 1.0) FROM " + source.fts + " WHERE " + source.fts + " MATCH ? ORDER BY rowid DESC LIMIT ?")) {
            Rows.bind(select, match, RANKED_MATCHES);
            return Rows.list(select, row -> new Ranked(row.getLong(1), row.getDouble(2)));
        }
    }

    /**
     * The newest matches of a query whose phrase holds a very common word ("the verdict"), newest first. bm25 would
     * weigh the phrase by counting it in every document of the archive that holds both words, which for "the"
     * costs tens of milliseconds however few hits are wanted; an exact phrase is a strong match already, and the
     * newest coverage is what a newsroom looks for first. Keeping the hits together at the newest end also keeps
     * the snippet pass short.
     */
    private static List<Ranked> rankPhraseMatches(Connection connection, Source source, String match, int limit)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT rowid FROM " + source.fts + " WHERE "
                + source.fts + " MATCH ? ORDER BY rowid DESC LIMIT ?")) {
            Rows.bind(select, match, limit);
            return Rows.list(select, row -> new Ranked(row.getLong(1), 0.0));
        }
    }

    /** Words so common in English prose that a phrase holding one is slow to weigh as a whole. */
    private static final java.util.Set<String> COMMON_WORDS = java.util.Set.of("a", "an", "and", "are", "as", "at",
            "be", "but", "by", "for", "from", "had", "has", "have", "he", "her", "his", "in", "into", "is", "it", "its",
            "not", "of", "on", "or", "over", "said", "she", "that", "the", "their", "they", "this", "to", "was",
            "were", "which", "who", "will", "with");

    private static final Pattern MATCH_TERM = Pattern.compile("\"([^\"]*)\"(\\*?)");

    /** Whether a quoted term of {@code match} (as {@link #toMatch} writes it) is a phrase holding a common word. */
    static boolean hasCommonWordInPhrase(String match) {
        Matcher term = MATCH_TERM.matcher(match);
        while (term.find()) {
            String[] words = term.group(1).split(" ");
            if (words.length > 1 && java.util.Arrays.stream(words).anyMatch(COMMON_WORDS::contains)) {
                return true;
            }
        }
        return false;
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
