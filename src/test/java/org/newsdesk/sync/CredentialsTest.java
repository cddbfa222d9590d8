package org.newsdesk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a team password comes from, and that a server off this machine is reached over checked TLS only. */
class CredentialsTest {
    private static final ServerAddress SERVER = ServerAddress.parse("postgresql://db.example.org:5433/newsroom");

    @TempDir
    Path folder;

    private Path passwordFile(String permissions, String... lines) throws Exception {
        Path file = folder.resolve("pgpass");
        Files.writeString(file, String.join("\n", lines) + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }

    @Test
    void pgpasswordComesFirstThenTheMatchingLineOfAPrivateFile() throws Exception {
        Path file = passwordFile("rw-------", "db.example.org:5432:newsroom:wendy:wrong-port",
                "db.example.org:5433:*:wendy:right\\:one", "*:*:*:*:fallback");
        assertEquals("from-env", new Credentials(Map.of("PGPASSWORD", "from-env"), file, null)
                .password(SERVER, "wendy"));
        assertEquals("right:one", new Credentials(Map.of(), file, null).password(SERVER, "wendy"));
        assertEquals("fallback", new Credentials(Map.of(), file, null).password(SERVER, "ed"));
        assertEquals("typed", new Credentials(Map.of(), passwordFile("rw-------", "# none"),
                () -> "typed".toCharArray()).password(SERVER, "wendy"));
    }

    @Test
    void aFileOthersCanReadIsRefusedAndNoPasswordAtAllSaysWhereToPutOne() throws Exception {
        Path open = passwordFile("rw-r--r--", "*:*:*:*:secret");
        SyncException refused = assertThrows(SyncException.class,
                () -> new Credentials(Map.of(), open, null).password(SERVER, "wendy"));
        assertTrue(refused.getMessage().contains("chmod 600"), refused.getMessage());
        SyncException none = assertThrows(SyncException.class, () -> new Credentials(Map.of(),
                passwordFile("rw-------", "# none"), null).password(SERVER, "wendy"));
        assertTrue(none.getMessage().startsWith("No password for wendy"), none.getMessage());
    }

    @Test
    void aServerOffThisMachineIsReachedOnlyOverCheckedTlsUnlessThePersonOptsOut() {
        assertFalse(SERVER.isLoopback());
        assertEquals("verify-full", TeamServer.properties(SERVER, "wendy", "x", false).getProperty("sslmode"));
        assertEquals("prefer", TeamServer.properties(SERVER, "wendy", "x", true).getProperty("sslmode"));
        ServerAddress local = ServerAddress.parse("postgresql://127.0.0.1/newsroom");
        assertTrue(local.isLoopback());
        assertEquals("prefer", TeamServer.properties(local, "wendy", "x", false).getProperty("sslmode"));
    }

    @Test
    void aServerAddressIsReadInEitherForm() {
        assertEquals(new ServerAddress("h", 5432, "n"), ServerAddress.parse("jdbc:postgresql://h/n"));
        assertEquals(new ServerAddress("h", 6000, "postgres"), ServerAddress.parse("postgres://h:6000"));
        assertThrows(SyncException.class, () -> ServerAddress.parse("http://h/n"));
    }
}
