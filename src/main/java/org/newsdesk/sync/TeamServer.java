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
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * One connection to the team newsroom's PostgreSQL database, as one person's own login: pushing changes through the
 * server's apply function, reading the numbered changes, and LISTEN for "pull now". The schema and people's logins
 * are {@link TeamSchema}'s and {@link Logins}' business, on the same connection.
 */
public final class TeamServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

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

    String password() {
        return password;
    }

    boolean isPlainText() {
        return plainText;
    }

    Connection connection() {
        return connection;
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

    /** From now on the server tells this connection when a change or a presence is committed. */
    public void listen() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN newsdesk");
            statement.execute("LISTEN newsdesk_presence");
        } catch (SQLException e) {
            throw describe(e, address, login);
        }
    }

    /** Something the server said on a channel this connection listens to. */
    public record Notification(String channel, String payload) {
        /** Whether it says a desk opened or closed a story (the payload is the story's id), not "pull now". */
        public boolean isPresence() {
            return channel.equals("newsdesk_presence");
        }
    }

    /** Waits up to {@code millis} for notifications; empty when none arrived. */
    public List<Notification> awaitNotifications(int millis) {
        try {
            PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(millis);
            List<Notification> heard = new ArrayList<>();
            for (PGNotification notification : notifications == null ? new PGNotification[0] : notifications) {
                heard.add(new Notification(notification.getName(), notification.getParameter()));
            }
            return heard;
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

    <T> T inTransaction(ServerWork<T> work) {
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
