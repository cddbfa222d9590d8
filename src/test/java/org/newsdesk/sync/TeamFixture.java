package org.newsdesk.sync;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway team newsroom on the PostgreSQL server named by {@code NEWSDESK_TEST_PG} (default
 * {@code postgresql://postgres@127.0.0.1:5432/postgres}, a superuser): a database and roles with a random suffix,
 * all dropped by {@link #close}. Public for the UI tests of team mode. With no server the test is skipped with one line, except under {@code CI=true}.
 */
public final class TeamFixture implements AutoCloseable {
    public final String suffix = String.format("%08x", ThreadLocalRandom.current().nextInt());
    public final ServerAddress superServer;
    public final String superUser;
    public final ServerAddress address;
    public final String admin;
    public final String writerRole;
    public final String editorRole;
    private final List<String> logins = new ArrayList<>();

    private TeamFixture(ServerAddress superServer, String superUser) throws SQLException {
        this.superServer = superServer;
        this.superUser = superUser;
        this.address = new ServerAddress(superServer.host(), superServer.port(), "newsdesk_test_" + suffix);
        this.admin = "nd_admin_" + suffix;
        this.writerRole = "newsdesk_writer_" + suffix;
        this.editorRole = "newsdesk_editor_" + suffix;
        try (Connection connection = superConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + admin + " LOGIN CREATEROLE PASSWORD 'admin-" + suffix + "'");
            statement.execute("CREATE DATABASE " + address.database() + " OWNER " + admin);
        }
    }

    /** A fresh team database with its schema migrated and the admin as its first editor, "Ed". */
    public static TeamFixture create() {
        TeamFixture fixture = empty();
        try (TeamServer server = fixture.connectAdmin()) {
            TeamSchema.migrate(server, fixture.writerRole, fixture.editorRole);
            TeamSchema.registerFounder(server, "Ed");
        }
        return fixture;
    }

    /** A fresh, empty database (no schema yet) and an admin login with CREATEROLE. */
    public static TeamFixture empty() {
        String url = System.getenv().getOrDefault("NEWSDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres");
        java.net.URI uri = java.net.URI.create(url.replaceFirst("^jdbc:", ""));
        String user = uri.getUserInfo() == null ? "postgres" : uri.getUserInfo().split(":")[0];
        ServerAddress server = ServerAddress.parse(url);
        try {
            try (Connection probe = connect(server, user)) {
                probe.isValid(2);
            }
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI=true but no PostgreSQL answers at " + url + ": " + e.getMessage(), e);
            }
            Assumptions.abort("No PostgreSQL at " + url + " (set NEWSDESK_TEST_PG); team-mode tests skipped.");
        }
        try {
            return new TeamFixture(server, user);
        } catch (SQLException e) {
            throw new AssertionError("Could not create a throwaway team database: " + e.getMessage(), e);
        }
    }

    private static Connection connect(ServerAddress server, String user) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("connectTimeout", "3");
        String password = System.getenv("PGPASSWORD");
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(server.jdbcUrl(), properties);
    }

    public Connection superConnection() throws SQLException {
        return connect(superServer, superUser);
    }

    /** A plain JDBC connection to the team database as {@code login}, for trying what a login may do in SQL. */
    public Connection sqlAs(String login) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", login);
        properties.setProperty("password", passwordOf(login));
        return DriverManager.getConnection(address.jdbcUrl(), properties);
    }

    public String passwordOf(String login) {
        return login.equals(admin) ? "admin-" + suffix : "pw-" + login;
    }

    public TeamServer connectAdmin() {
        return TeamServer.connect(address, admin, passwordOf(admin), false);
    }

    public TeamServer connect(String login) {
        return TeamServer.connect(address, login, passwordOf(login), false);
    }

    /**
     * Adds {@code name} as a writer or editor with their own login, who has already replaced the one-time password
     * with {@link #passwordOf}, and returns the login.
     */
    public String person(String name, String role) {
        String login = name.toLowerCase(java.util.Locale.ROOT) + "_" + suffix;
        try (TeamServer server = connectAdmin()) {
            Logins.setPerson(server, name, login, role, "otp-" + login);
        }
        logins.add(login);
        firstLogin(login, "otp-" + login).close();
        return login;
    }

    /** A first connection with a one-time password: {@link #passwordOf} is chosen, and the connection uses it. */
    public TeamServer firstLogin(String login, String oneTimePassword) {
        return Logins.replaceOneTimePassword(TeamServer.connect(address, login, oneTimePassword, false),
                () -> passwordOf(login));
    }

    /** A login made elsewhere in the test, dropped with the rest. */
    public void registerLogin(String login) {
        logins.add(login);
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = superConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + address.database() + " WITH (FORCE)");
            for (String login : logins) {
                statement.execute("DROP ROLE IF EXISTS " + login);
            }
            statement.execute("DROP ROLE IF EXISTS " + writerRole);
            statement.execute("DROP ROLE IF EXISTS " + editorRole);
            statement.execute("DROP ROLE IF EXISTS " + admin);
        }
    }
}
