package org.newsdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.model.Clip;
import org.newsdesk.model.SourceUrl;

/** Clips, each kept with the raw HTML it was extracted from so it can be extracted again later. */
public final class ClipStore implements Clips {
    private static final String COLUMNS = "id, url, canonical_url, title, byline, site_name, published_time,"
            + " lead_image_url, lang, text, captured_at, confidence";

    private final Database database;

    public ClipStore(Database database) {
        this.database = database;
    }

    /** Saves a new clip with the HTML it came from ({@code rawHtml} may be null for pasted text). */
    public Clip insert(Clip clip, String rawHtml) {
        return database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO clips (" + COLUMNS
                    + ", url_key, raw_html) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Rows.bind(insert, clip.id(), clip.url(), clip.canonicalUrl(), clip.title(), clip.byline(),
                        clip.siteName(), Times.format(clip.publishedTime()), clip.leadImageUrl(), clip.lang(),
                        clip.text(), Times.format(clip.capturedAt()), clip.confidence(), SourceUrl.key(clip.sourceUrl()),
                        rawHtml);
                insert.executeUpdate();
            }
            Outbox.record(connection, "clip", clip.id(), "CREATE", null);
            return clip;
        });
    }

    /** Replaces what was extracted (after the extractor improved); the raw HTML and capture time stay. */
    public Clip updateExtraction(Clip clip) {
        return database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE clips SET url = ?, canonical_url = ?,"
                    + " title = ?, byline = ?, site_name = ?, published_time = ?, lead_image_url = ?, lang = ?,"
                    + " text = ?, url_key = ?, confidence = ? WHERE id = ?")) {
                Rows.bind(update, clip.url(), clip.canonicalUrl(), clip.title(), clip.byline(), clip.siteName(),
                        Times.format(clip.publishedTime()), clip.leadImageUrl(), clip.lang(), clip.text(),
                        SourceUrl.key(clip.sourceUrl()), clip.confidence(), clip.id());
                if (update.executeUpdate() == 0) {
                    throw new StoreException("The clip " + clip.id() + " no longer exists.");
                }
            }
            Outbox.record(connection, "clip", clip.id(), "SAVE", null);
            return clip;
        });
    }

    public Optional<Clip> find(UUID id) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM clips WHERE id = ?")) {
                Rows.bind(select, id);
                return Rows.list(select, ClipStore::clip).stream().findFirst();
            }
        });
    }

    public List<Clip> findAll(List<UUID> ids) {
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Clips of the same article as {@code url} (compared by {@link SourceUrl#key}), oldest first. */
    public List<Clip> findBySource(String url) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM clips WHERE url_key = ? ORDER BY seq")) {
                Rows.bind(select, SourceUrl.key(url));
                return Rows.list(select, ClipStore::clip);
            }
        });
    }

    /** The HTML the clip was extracted from, if it was kept. */
    public Optional<String> rawHtml(UUID id) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT raw_html FROM clips WHERE id = ?")) {
                Rows.bind(select, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Every clip's id, oldest first. */
    public List<UUID> ids() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM clips ORDER BY seq")) {
                return Rows.list(select, row -> Rows.uuid(row, "id"));
            }
        });
    }

    /** Newest clips first. */
    public List<Clip> recent(int limit) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM clips ORDER BY seq DESC LIMIT ?")) {
                Rows.bind(select, limit);
                return Rows.list(select, ClipStore::clip);
            }
        });
    }

    /** Removes a clip no story uses any more. */
    public void delete(UUID id) {
        database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM clips WHERE id = ?")) {
                Rows.bind(delete, id);
                delete.executeUpdate();
            }
            return null;
        });
    }

    private static Clip clip(ResultSet row) throws SQLException {
        return new Clip(Rows.uuid(row, "id"), row.getString("url"), row.getString("canonical_url"),
                row.getString("title"), row.getString("byline"), row.getString("site_name"),
                Times.parse(row.getString("published_time")), row.getString("lead_image_url"), row.getString("lang"),
                row.getString("text"), Times.parse(row.getString("captured_at")),
                row.getObject("confidence") == null ? null : row.getDouble("confidence"));
    }
}
