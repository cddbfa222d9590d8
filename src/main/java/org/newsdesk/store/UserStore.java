package org.newsdesk.store;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;

/** The people of the newsroom and their roles. */
public final class UserStore {
    private final Database database;
    private final Clock clock;

    public UserStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public User add(User user) {
        return database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO users (name, role, created_at) VALUES (?, ?, ?)")) {
                Rows.bind(insert, user.name(), user.role(), Times.format(clock.instant()));
                insert.executeUpdate();
            }
            Outbox.record(connection, "person", user.name(), "SAVE", null);
            return user;
        });
    }

    public Optional<User> find(String name) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT name, role FROM users WHERE name = ? COLLATE NOCASE")) {
                Rows.bind(select, name);
                return Rows.list(select, row -> new User(row.getString("name"), Role.valueOf(row.getString("role"))))
                        .stream().findFirst();
            }
        });
    }

    /** Everyone, in the order they joined. */
    public List<User> all() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT name, role FROM users ORDER BY created_at, name")) {
                return Rows.list(select, row -> new User(row.getString("name"), Role.valueOf(row.getString("role"))));
            }
        });
    }

    public void setRole(String name, Role role) {
        database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE users SET role = ? WHERE name = ?")) {
                Rows.bind(update, role, name);
                if (update.executeUpdate() == 0) {
                    throw new StoreException("There is no one called " + name + " in this newsroom.");
                }
            }
            Outbox.record(connection, "person", name, "SAVE", null);
            return null;
        });
    }
}
