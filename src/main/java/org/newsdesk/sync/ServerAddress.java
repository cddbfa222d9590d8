package org.newsdesk.sync;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where a team newsroom's PostgreSQL server is: {@code postgresql://host[:port]/database} (the {@code jdbc:} form is
 * accepted too). TLS is required for any host that is not this machine unless the person opts out.
 */
public record ServerAddress(String host, int port, String database) {
    public static ServerAddress parse(String text) {
        if (text == null || text.isBlank()) {
            throw new SyncException("Name the team server as postgresql://HOST[:PORT]/DATABASE.");
        }
        String plain = text.strip();
        if (plain.startsWith("jdbc:")) {
            plain = plain.substring(5);
        }
        if (plain.startsWith("postgres://")) {
            plain = "postgresql://" + plain.substring("postgres://".length());
        }
        try {
            URI uri = new URI(plain);
            if (!"postgresql".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new SyncException("\"" + text + "\" is not a server address; write postgresql://HOST[:PORT]/DATABASE.");
            }
            String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            return new ServerAddress(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 5432,
                    path.isEmpty() ? "postgres" : path);
        } catch (URISyntaxException e) {
            throw new SyncException("\"" + text + "\" is not a server address; write postgresql://HOST[:PORT]/DATABASE.");
        }
    }

    /** Whether the server runs on this machine, where TLS adds nothing. */
    public boolean isLoopback() {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.startsWith("127.") || name.equals("::1") || name.equals("[::1]")) {
            return true;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return "postgresql://" + host + ":" + port + "/" + database;
    }
}
