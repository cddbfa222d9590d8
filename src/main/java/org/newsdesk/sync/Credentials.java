package org.newsdesk.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Where a team login's password comes from: the {@code PGPASSWORD} environment variable, a {@code .pgpass}-style
 * file ({@code host:port:database:user:password}, readable by its owner only), or a prompt. Passwords are never
 * written to the newsroom file, packages or logs.
 */
public class Credentials {
    private final Map<String, String> environment;
    private final Path passwordFile;
    private final Supplier<char[]> prompt;

    /**
     * @param passwordFile a {@code .pgpass}-style file, or null for {@code $PGPASSFILE}, else {@code ~/.pgpass}
     * @param prompt       asks the person (null when no one can be asked)
     */
    public Credentials(Map<String, String> environment, Path passwordFile, Supplier<char[]> prompt) {
        this.environment = environment;
        this.passwordFile = passwordFile;
        this.prompt = prompt;
    }

    /** A password already known (the bench's own throwaway logins); null or empty for a server that asks none. */
    public static Credentials fixed(String password) {
        return new Credentials(Map.of(), null, null) {
            @Override
            public String password(ServerAddress server, String login) {
                return password == null ? "" : password;
            }
        };
    }

    /** The password for {@code login} on {@code server}. */
    public String password(ServerAddress server, String login) {
        String fromEnvironment = environment.get("PGPASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        Path file = passwordFile != null ? passwordFile
                : environment.containsKey("PGPASSFILE") ? Path.of(environment.get("PGPASSFILE"))
                : Path.of(System.getProperty("user.home"), ".pgpass");
        Optional<String> fromFile = fromFile(file, server, login, passwordFile != null);
        if (fromFile.isPresent()) {
            return fromFile.get();
        }
        if (prompt != null) {
            char[] typed = prompt.get();
            if (typed != null) {
                return new String(typed);
            }
        }
        throw new SyncException("No password for " + login + " on " + server + ": set PGPASSWORD, add a line to "
                + file + " (readable only by you), or run the command in a terminal to be asked.");
    }

    static Optional<String> fromFile(Path file, ServerAddress server, String login, boolean named) {
        if (!Files.isRegularFile(file)) {
            if (named) {
                throw new SyncException("There is no password file " + file + ".");
            }
            return Optional.empty();
        }
        List<String> lines = readPrivate(file);
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = split(line);
            if (fields.length == 5 && matches(fields[0], server.host()) && matches(fields[1], String.valueOf(server.port()))
                    && matches(fields[2], server.database()) && matches(fields[3], login)) {
                return Optional.of(fields[4]);
            }
        }
        return Optional.empty();
    }

    /**
     * The first line of a file that holds a password the person chose (team join's {@code --new-password-file}),
     * refused unless only its owner can read it.
     */
    public static String chosenPassword(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SyncException("There is no password file " + file + ".");
        }
        return readPrivate(file).stream().findFirst().orElse("");
    }

    private static List<String> readPrivate(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                throw new SyncException("The password file " + file + " can be read by others; make it private"
                        + " with chmod 600 " + file + ".");
            }
        } catch (UnsupportedOperationException e) {
            // Windows has no POSIX permissions; the file lives in the person's own profile there.
        } catch (IOException e) {
            throw new SyncException("Cannot read the password file " + file + ".", e);
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SyncException("Cannot read the password file " + file + ".", e);
        }
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    /** Splits on unescaped colons; {@code \:} and {@code \\} stand for themselves, as in libpq. */
    private static String[] split(String line) {
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
