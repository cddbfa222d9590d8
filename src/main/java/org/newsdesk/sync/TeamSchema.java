package org.newsdesk.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * Setting up a team newsroom on a server, as a login that may create roles: the schema's versioned migrations
 * (Flyway, PostgreSQL only), the founding editor, and (for the bench) a throwaway database beside the newsroom's.
 */
public final class TeamSchema {
    /** Flyway reports each step at INFO on standard error; a command prints its own one-line summary instead. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    private TeamSchema() {
    }

    /** Creates or upgrades the team schema ({@code newsdesk}) with the given group role names. */
    public static void migrate(TeamServer server, String writerRole, String editorRole) {
        migrate(server, writerRole, editorRole, null);
    }

    /**
     * Creates or upgrades the team schema up to {@code target} (null: this version's last migration); answers the
     * schema version it is at afterwards.
     */
    static String migrate(TeamServer server, String writerRole, String editorRole, String target) {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
        var configuration = Flyway.configure()
                .dataSource(url(server), server.login(), server.password())
                .schemas("newsdesk")
                .locations("classpath:db/team/postgresql")
                .placeholders(Map.of("writer_role", writerRole, "editor_role", editorRole));
        if (target != null) {
            configuration.target(target);
        }
        Flyway flyway = configuration.load();
        flyway.migrate();
        var current = flyway.info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }

    /**
     * Brings a team newsroom made by an earlier Newsdesk up to this version's schema, as the login that owns it (the
     * one that ran {@code team create}); the group roles keep the names the newsroom was created with. Answers the
     * schema version it is at.
     */
    public static String upgrade(TeamServer server) {
        String writerRole;
        String editorRole;
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url(server), server.login(),
                server.password());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT writer_role, editor_role FROM newsdesk.team WHERE id = 1")) {
            if (!row.next()) {
                throw new SyncException("There is no team newsroom on " + server.address() + " to upgrade.");
            }
            writerRole = row.getString(1);
            editorRole = row.getString(2);
        } catch (SQLException e) {
            throw new SyncException("There is no team newsroom on " + server.address() + " that " + server.login()
                    + " may upgrade: " + e.getMessage(), e);
        }
        return migrate(server, writerRole, editorRole, null);
    }

    private static String url(TeamServer server) {
        ServerAddress address = server.address();
        return address.jdbcUrl() + "?sslmode=" + (address.isLoopback() || server.isPlainText() ? "prefer" : "verify-full");
    }

    /**
     * Makes the server's login (which created the schema) the newsroom's first editor as {@code person}: a member of
     * the editor group role and a person of the newsroom.
     */
    public static void registerFounder(TeamServer server, String person) {
        server.inTransaction(() -> {
            String editorRole;
            try (Statement statement = server.connection().createStatement();
                 ResultSet rows = statement.executeQuery("SELECT editor_role FROM newsdesk.team")) {
                rows.next();
                editorRole = rows.getString(1);
            }
            try (Statement statement = server.connection().createStatement()) {
                statement.execute("GRANT " + TeamServer.quote(editorRole) + " TO " + TeamServer.quote(server.login()));
            }
            try (PreparedStatement insert = server.connection().prepareStatement("INSERT INTO newsdesk.people (name,"
                    + " login, role, version, updated_by, updated_at) VALUES (?, ?, 'EDITOR', 1, ?, now())"
                    + " ON CONFLICT (name) DO UPDATE SET login = excluded.login, role = 'EDITOR'")) {
                insert.setString(1, person);
                insert.setString(2, server.login());
                insert.setString(3, person);
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** For the bench: a new, empty database on this server (the login needs CREATEDB). */
    public static void createDatabase(TeamServer server, String name) {
        try (Statement statement = server.connection().createStatement()) {
            statement.execute("CREATE DATABASE " + TeamServer.quote(name));
        } catch (SQLException e) {
            throw TeamServer.describe(e, server.address(), server.login());
        }
    }

    /** For the bench: drops a database it made, and the roles it made, whoever is still connected. */
    public static void dropDatabaseAndRoles(TeamServer server, String name, List<String> roles) {
        try (Statement statement = server.connection().createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + TeamServer.quote(name) + " WITH (FORCE)");
            for (String role : roles) {
                statement.execute("DROP ROLE IF EXISTS " + TeamServer.quote(role));
            }
        } catch (SQLException e) {
            throw TeamServer.describe(e, server.address(), server.login());
        }
    }
}
