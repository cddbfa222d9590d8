package org.newsdesk.store;

import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The newsroom's settings as named text values. */
public final class SettingsStore {
    private final Database database;

    public SettingsStore(Database database) {
        this.database = database;
    }

    public Optional<String> get(String key) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                Rows.bind(select, key);
                return Rows.list(select, row -> row.getString(1)).stream().findFirst();
            }
        });
    }

    public void set(String key, String value) {
        database.write(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO settings (key, value)"
                    + " VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                Rows.bind(upsert, key, value);
                upsert.executeUpdate();
            }
            Outbox.record(connection, "setting", key, "SAVE", null);
            return null;
        });
    }

    public void remove(String key) {
        database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM settings WHERE key = ?")) {
                Rows.bind(delete, key);
                if (delete.executeUpdate() > 0) {
                    Outbox.record(connection, "setting", key, "SAVE", null);
                }
            }
            return null;
        });
    }

    public Map<String, String> all() {
        return database.read(connection -> {
            Map<String, String> values = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT key, value FROM settings ORDER BY key")) {
                for (String[] pair : Rows.list(select, row -> new String[] {row.getString(1), row.getString(2)})) {
                    values.put(pair[0], pair[1]);
                }
            }
            return values;
        });
    }
}
