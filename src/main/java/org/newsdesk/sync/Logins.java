package org.newsdesk.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.postgresql.util.PasswordUtil;

/**
 * People's own logins on the team server: an editor gives a person a login with a one-time password, and the person
 * replaces it with one of their own on first use (until then the login is in no group role and can do nothing
 * else). A new password reaches the server only as a SCRAM-SHA-256 verifier, so it is never in a server log either.
 */
public final class Logins {
    /** The shortest password a person may choose. */
    public static final int SHORTEST_PASSWORD = 10;

    private Logins() {
    }

    /** An editor creates or changes {@code name}'s login, for {@code role}, with a one-time password. */
    public static void setPerson(TeamServer server, String name, String login, String role, String oneTimePassword) {
        server.inTransaction(() -> {
            try (PreparedStatement call = server.connection().prepareStatement(
                    "SELECT newsdesk.set_person(?, ?, ?, ?)")) {
                call.setString(1, name);
                call.setString(2, login);
                call.setString(3, role);
                call.setString(4, PasswordUtil.encodeScramSha256(oneTimePassword.toCharArray()));
                call.executeQuery().close();
            }
            return null;
        });
    }

    /** Whether this connection's login still has the one-time password an editor gave it. */
    public static boolean hasOneTimePassword(TeamServer server) {
        try {
            return server.inTransaction(() -> {
                try (PreparedStatement call = server.connection().prepareStatement(
                        "SELECT newsdesk.has_one_time_password()");
                     ResultSet rows = call.executeQuery()) {
                    return rows.next() && rows.getBoolean(1);
                }
            });
        } catch (SyncException e) {
            // No team schema yet (team create on an empty database): no one-time password either.
            if (e.getCause() instanceof SQLException sql && ("3F000".equals(sql.getSQLState())
                    || "42883".equals(sql.getSQLState()))) {
                return false;
            }
            throw e;
        }
    }

    /** The login of this connection takes {@code newPassword} as its own, for good; a one-time password is used up. */
    public static void choosePassword(TeamServer server, String newPassword) {
        refuseWeak(newPassword, server.password());
        server.inTransaction(() -> {
            try (PreparedStatement call = server.connection().prepareStatement(
                    "SELECT newsdesk.change_password(?)")) {
                call.setString(1, PasswordUtil.encodeScramSha256(newPassword.toCharArray()));
                call.executeQuery().close();
            }
            return null;
        });
    }

    /**
     * What a first connection with a one-time password must do: asks {@code newPassword} for the person's own, sets
     * it, and returns a connection made with it (closing {@code server}); a login with its own password comes back
     * as it was. {@code newPassword} is asked only when needed and may throw to say it cannot be asked.
     */
    public static TeamServer replaceOneTimePassword(TeamServer server, Supplier<String> newPassword) {
        String chosen;
        try {
            if (!hasOneTimePassword(server)) {
                return server;
            }
            chosen = newPassword.get();
            choosePassword(server, chosen);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        server.close();
        return TeamServer.connect(server.address(), server.login(), chosen, server.isPlainText());
    }

    static void refuseWeak(String newPassword, String current) {
        if (newPassword == null || newPassword.length() < SHORTEST_PASSWORD) {
            throw new SyncException("Choose a password of at least " + SHORTEST_PASSWORD + " characters.");
        }
        if (newPassword.equals(current)) {
            throw new SyncException("Choose a new password, not the one you signed in with.");
        }
    }
}
