package org.newsdesk.store;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.model.DictionaryWord;

/** The newsroom's dictionary: words the spelling check accepts; in team mode each change also goes to the outbox. */
public final class DictionaryStore {
    private final Database database;
    private final Clock clock;

    public DictionaryStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Adds {@code word}, or returns the entry it already has. */
    public DictionaryWord add(String word, String addedBy) {
        return database.write(connection -> {
            Optional<DictionaryWord> existing = find(word);
            if (existing.isPresent()) {
                return existing.get();
            }
            DictionaryWord added = new DictionaryWord(UUID.randomUUID(), word, addedBy, clock.instant());
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO dictionary_words"
                    + " (id, word, added_by, added_at) VALUES (?, ?, ?, ?)")) {
                Rows.bind(insert, added.id(), added.word(), added.addedBy(), Times.format(added.addedAt()));
                insert.executeUpdate();
            }
            Outbox.record(connection, "word", word, "ADD", null);
            return new DictionaryWord(added.id(), word, addedBy, Times.parse(Times.format(added.addedAt())));
        });
    }

    /** Removes {@code word}; returns whether it was there. */
    public boolean remove(String word) {
        return database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM dictionary_words WHERE word = ?")) {
                Rows.bind(delete, word);
                boolean removed = delete.executeUpdate() > 0;
                if (removed) {
                    Outbox.record(connection, "word", word, "DELETE", null);
                }
                return removed;
            }
        });
    }

    public Optional<DictionaryWord> find(String word) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, word, added_by, added_at"
                    + " FROM dictionary_words WHERE word = ?")) {
                Rows.bind(select, word);
                return Rows.list(select, DictionaryStore::row).stream().findFirst();
            }
        });
    }

    /** Every word, alphabetically. */
    public List<DictionaryWord> all() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, word, added_by, added_at"
                    + " FROM dictionary_words ORDER BY word COLLATE NOCASE, word")) {
                return Rows.list(select, DictionaryStore::row);
            }
        });
    }

    private static DictionaryWord row(java.sql.ResultSet row) throws java.sql.SQLException {
        return new DictionaryWord(Rows.uuid(row, "id"), row.getString("word"), row.getString("added_by"),
                Times.parse(row.getString("added_at")));
    }
}
