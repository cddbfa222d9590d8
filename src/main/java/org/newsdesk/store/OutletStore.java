package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsdesk.model.Outlet;

/** The outlet table: names, domains and house-style attributions. */
public final class OutletStore {
    private final Database database;

    public OutletStore(Database database) {
        this.database = database;
    }

    /** Adds the outlet or replaces the one of the same name; its domains become exactly {@code outlet.domains()}. */
    public Outlet save(Outlet outlet) {
        return database.write(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO outlets (name, attribution)"
                    + " VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET attribution = excluded.attribution")) {
                Rows.bind(upsert, outlet.name(), outlet.attribution());
                upsert.executeUpdate();
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM outlet_domains WHERE outlet = ?")) {
                Rows.bind(delete, outlet.name());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outlet_domains (domain, outlet)"
                    + " VALUES (?, ?) ON CONFLICT (domain) DO UPDATE SET outlet = excluded.outlet")) {
                for (String domain : outlet.domains()) {
                    Rows.bind(insert, domain.toLowerCase(Locale.ROOT).strip(), outlet.name());
                    insert.executeUpdate();
                }
            }
            Outbox.record(connection, "outlet", outlet.name(), "SAVE", null);
            return find(connection, outlet.name()).orElseThrow();
        });
    }

    public Optional<Outlet> find(String name) {
        return database.read(connection -> find(connection, name));
    }

    private static Optional<Outlet> find(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT name, attribution FROM outlets WHERE name = ? COLLATE NOCASE")) {
            Rows.bind(select, name);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String stored = rows.getString("name");
                return Optional.of(new Outlet(stored, rows.getString("attribution"), domains(connection, stored)));
            }
        }
    }

    /** The outlet publishing on {@code host} or on a parent domain of it ("news.bbc.co.uk" finds "bbc.co.uk"). */
    public Optional<Outlet> findByDomain(String host) {
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        return database.read(connection -> {
            String candidate = host.toLowerCase(Locale.ROOT);
            if (candidate.startsWith("www.")) {
                candidate = candidate.substring(4);
            }
            while (candidate.contains(".")) {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT outlet FROM outlet_domains WHERE domain = ?")) {
                    Rows.bind(select, candidate);
                    try (ResultSet rows = select.executeQuery()) {
                        if (rows.next()) {
                            return find(connection, rows.getString(1));
                        }
                    }
                }
                candidate = candidate.substring(candidate.indexOf('.') + 1);
            }
            return Optional.empty();
        });
    }

    public List<Outlet> all() {
        return database.read(connection -> {
            List<Outlet> outlets = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT name, attribution FROM outlets ORDER BY name COLLATE NOCASE");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString("name");
                    outlets.add(new Outlet(name, rows.getString("attribution"), domains(connection, name)));
                }
            }
            return outlets;
        });
    }

    public void delete(String name) {
        database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM outlets WHERE name = ?")) {
                Rows.bind(delete, name);
                if (delete.executeUpdate() > 0) {
                    Outbox.record(connection, "outlet", name, "DELETE", null);
                }
            }
            return null;
        });
    }

    private static List<String> domains(Connection connection, String outlet) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT domain FROM outlet_domains WHERE outlet = ? ORDER BY domain")) {
            Rows.bind(select, outlet);
            return Rows.list(select, row -> row.getString(1));
        }
    }
}
