package org.newsdesk.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * One connection to the team newsroom's PostgreSQL database, as one person's own login: schema migrations (Flyway,
 * PostgreSQL only), pushing changes through the server's apply function, reading the numbered changes, and
 * LISTEN for "pull now".
 */
public final class TeamServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    /** Flyway reports each step at INFO on standard error; a command prints its own one-line summary instead. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    /** A change going to the server: an outbox row and the record's fields as JSON. */
    public record Op(UUID opId, String kind, String action, String entityId, long baseVersion, String json) {
    }

    /** One numbered change read back from the server. */
    public record Change(long seq, String kind, String entityId, long version, String actor, String action,
                         String json) {
    }

    /** Who the login is in the newsroom. */
    public record Identity(String person, String role) {
    }

    private final ServerAddress address;
    private final String login;
    private final String password;
    private final boolean plainText;
    private final Connection connection;

    private TeamServer(ServerAddress address, String login, String password, boolean plainText,
                       Connection connection) {
        this.address = address;
        this.login = login;
        this.password = password;
        this.plainText = plainText;
        this.connection = connection;
    }

    /**
     * Connects as {@code login}. A server that is not on this machine is reached only over TLS with its certificate
     * checked, unless {@code plainText} says the person chose otherwise.
     */
    public static TeamServer connect(ServerAddress address, String login, String password, boolean plainText) {
        try {
            return new TeamServer(address, login, password, plainText,
                    DriverManager.getConnection(address.jdbcUrl(), properties(address, login, password, plainText)));
        } catch (SQLException e) {
            throw describe(e, address, login);
        }
    }

    static Properties properties(ServerAddress address, String login, String password, boolean plainText) {
        Properties properties = new Properties();
        properties.setProperty("user", login);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("sslmode", address.isLoopback() || plainText ? "prefer" : "verify-full");
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("socketTimeout", "60");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "Newsdesk");
        return properties;
    }

    static SyncException describe(SQLException e, ServerAddress address, String login) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("28P01") || state.equals("28000")) {
            return new SyncException("The team server " + address + " refused the login " + login
                    + " (wrong password, expired one-time password, or no such login).", e);
        }
        if (state.startsWith("08")) {
            return new SyncException("Cannot reach the team server " + address + ": " + e.getMessage(), e);
        }
        if (state.equals("3D000")) {
            return new SyncException("The team server has no database " + address.database() + ".", e);
        }
        if (state.equals("42501")) {
            return new SyncException(firstLine(e.getMessage()), e);
        }
        return new SyncException("The team server answered: " + firstLine(e.getMessage()), e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "an error";
        }
        String line = message.lines().findFirst().orElse(message).replaceFirst("^ERROR: ", "");
        return line.endsWith(".") ? line : line + ".";
    }

    public ServerAddress address() {
        return address;
    }

    public String login() {
        return login;
    }

    /** Creates or upgrades the team schema ({@code newsdesk}) with the given group role names. */
    public void migrate(String writerRole, String editorRole) {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
        String url = address.jdbcUrl() + "?sslmode=" + (address.isLoopback() || plainText ? "prefer" : "verify-full");
        Flyway.configure()
                .dataSource(url, login, password)
                .schemas("newsdesk")
                .locations("classpath:db/team/postgresql")
                .placeholders(Map.of("writer_role", writerRole, "editor_role", editorRole))
                .load()
                .migrate();
    }

    /** For the bench: a new, empty database on this server (the login needs CREATEDB). */
    public void createDatabase(String name) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + quote(name));
        } catch (SQLException e) {
            throw describe(e, address, login);
        }
    }

    /** For the bench: drops a database it made, and the roles it made, whoever is still connected. */
    public void dropDatabaseAndRoles(String name, List<String> roles) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
            for (String role : roles) {
                statement.execute("DROP ROLE IF EXISTS " + quote(role));
            }
        } catch (SQLException e) {
            throw describe(e, address, login);
        }
    }

    /**
     * Makes this login (which created the schema) the newsroom's first editor as {@code person}: a member of the
     * editor group role and a person of the newsroom.
     */
    public void registerFounder(String person) {
        inTransaction(() -> {
            String editorRole;
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT editor_role FROM newsdesk.team")) {
                rows.next();
                editorRole = rows.getString(1);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("GRANT " + quote(editorRole) + " TO " + quote(login));
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO newsdesk.people (name, login,"
                    + " role, version, updated_by, updated_at) VALUES (?, ?, 'EDITOR', 1, ?, now())"
                    + " ON CONFLICT (name) DO UPDATE SET login = excluded.login, role = 'EDITOR'")) {
                insert.setString(1, person);
                insert.setString(2, login);
                insert.setString(3, person);
                insert.executeUpdate();
            }
            return null;
        });
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    public Identity whoami() {
        return inTransaction(() -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT person, role FROM newsdesk.whoami()")) {
                rows.next();
                return new Identity(rows.getString(1), rows.getString(2));
            }
        });
    }

    /** Sends the changes in one server transaction, in order, and returns the server's answer to each. */
    public List<Map<String, Object>> apply(List<Op> ops) {
        return transaction(() -> {
            List<Map<String, Object>> results = new ArrayList<>(ops.size());
            for (Op op : ops) {
                results.add(applyOne(op));
            }
            return results;
        });
    }

    /**
     * Sends a batch of changes in one round trip and one server transaction; once a record's change is not applied,
     * the rest of that record's changes come back as {@code skipped}.
     */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> applyMany(List<Op> ops) {
        List<Map<String, Object>> array = new ArrayList<>(ops.size());
        for (Op op : ops) {
            Map<String, Object> entry = new java.util.LinkedHashMap<>();
            entry.put("op", op.opId().toString());
            entry.put("kind", op.kind());
            entry.put("action", op.action());
            entry.put("id", op.entityId());
            entry.put("base", op.baseVersion());
            entry.put("data", parse(op.json()));
            array.add(entry);
        }
        String results = transaction(() -> {
            try (PreparedStatement apply = connection.prepareStatement(
                    "SELECT newsdesk.apply_many(?::jsonb)::text")) {
                apply.setString(1, json(array));
                try (ResultSet rows = apply.executeQuery()) {
                    rows.next();
                    return rows.getString(1);
                }
            }
        });
        try {
            return JSON.readValue(results, new TypeReference<List<Map<String, Object>>>() {
            });
        } catch (JsonProcessingException e) {
            throw new SyncException("The team server sent something that is not JSON.", e);
        }
    }

    /** Sends one change inside the transaction of {@link #transaction}, and returns the server's answer. */
    public Map<String, Object> applyOne(Op op) throws SQLException {
        try (PreparedStatement apply = connection.prepareStatement(
                "SELECT newsdesk.apply(?, ?, ?, ?, ?, ?::jsonb)::text")) {
            apply.setObject(1, op.opId());
            apply.setString(2, op.kind());
            apply.setString(3, op.action());
            apply.setString(4, op.entityId());
            apply.setLong(5, op.baseVersion());
            apply.setString(6, op.json());
            try (ResultSet rows = apply.executeQuery()) {
                rows.next();
                return parse(rows.getString(1));
            }
        }
    }

    /** Up to {@code limit} changes numbered after {@code seq}, in order. */
    public List<Change> changesAfter(long seq, int limit) {
        return inTransaction(() -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT seq, kind, entity_id, version, actor,"
                    + " action, data::text FROM newsdesk.changes WHERE seq > ? ORDER BY seq LIMIT ?")) {
                select.setLong(1, seq);
                select.setInt(2, limit);
                List<Change> changes = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        changes.add(new Change(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                                rows.getString(5), rows.getString(6), rows.getString(7)));
                    }
                }
                return changes;
            }
        });
    }

    /** The newest change number on the server. */
    public long lastChange() {
        return inTransaction(() -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT coalesce(max(seq), 0) FROM newsdesk.changes")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** An editor creates or changes {@code name}'s login in the group role for {@code role}, with {@code newPassword}. */
    public void setPerson(String name, String personLogin, String role, String newPassword) {
        inTransaction(() -> {
            try (PreparedStatement call = connection.prepareStatement("SELECT newsdesk.set_person(?, ?, ?, ?)")) {
                call.setString(1, name);
                call.setString(2, personLogin);
                call.setString(3, role);
                call.setString(4, newPassword);
                call.executeQuery().close();
            }
            return null;
        });
    }

    /** Tells the newsroom this person has the story open (or closed it): advisory, never a lock. */
    public void markOpen(UUID storyId, boolean open) {
        inTransaction(() -> {
            try (PreparedStatement call = connection.prepareStatement("SELECT newsdesk.mark_open(?, ?)")) {
                call.setObject(1, storyId);
                call.setBoolean(2, open);
                call.executeQuery().close();
            }
            return null;
        });
    }

    /** The other people who had {@code storyId} open in the last two minutes. */
    public List<String> whoHasOpen(UUID storyId, String me) {
        return inTransaction(() -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT person FROM newsdesk.presence"
                    + " WHERE story_id = ? AND person <> ? AND seen_at > now() - interval '2 minutes' ORDER BY person")) {
                select.setObject(1, storyId);
                select.setString(2, me);
                List<String> people = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        people.add(rows.getString(1));
                    }
                }
                return people;
            }
        });
    }

    /** From now on the server tells this connection when a change or a presence is committed. */
    public void listen() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN newsdesk");
            statement.execute("LISTEN newsdesk_presence");
        } catch (SQLException e) {
            throw describe(e, address, login);
        }
    }

    /** Waits up to {@code millis} for notifications; true when at least one arrived. */
    public boolean awaitNotification(int millis) {
        try {
            PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(millis);
            return notifications != null && notifications.length > 0;
        } catch (SQLException e) {
            throw describe(e, address, login);
        }
    }

    public boolean isAlive() {
        try {
            return connection.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new SyncException("The team server sent something that is not JSON.", e);
        }
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new SyncException("Could not write a change as JSON.", e);
        }
    }

    /** Work done on the server connection inside one transaction. */
    @FunctionalInterface
    public interface ServerWork<T> {
        T run() throws SQLException;
    }

    /** Runs {@code work} as one server transaction: committed whole, or (on any exception) not at all. */
    public <T> T transaction(ServerWork<T> work) {
        return inTransaction(work);
    }

    private <T> T inTransaction(ServerWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the connection is broken; the next call reports it
                }
            }
        } catch (SQLException e) {
            throw describe(e, address, login);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a broken connection: nothing to keep
        }
    }
}
