package org.newsdesk.store;

import org.newsdesk.testing.MovableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsdesk.App;
import org.newsdesk.store.AuditStore;
import org.newsdesk.store.Database;
import org.newsdesk.store.StoreException;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class AuditTrailTest {

    @Test
    void theAuditStoreOffersOnlyAppendAndList() {
        List<String> methods = Arrays.stream(AuditStore.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers())).map(Method::getName).sorted().toList();

        assertEquals(List.of("append", "list"), methods);
    }

    @Test
    void evenPlainSqlCannotChangeOrRemoveAnAuditLine() {
        try (App app = new App(Database.inMemory(), new MovableClock(Instant.parse("2024-05-10T08:00:00Z")))) {
            app.people().welcome("Eve");

            StoreException update = assertThrows(StoreException.class, () -> app.stores().database().write(connection -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.executeUpdate("UPDATE audit SET actor = 'Mallory'");
                }
            }));
            assertThrows(StoreException.class, () -> app.stores().database().write(connection -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.executeUpdate("DELETE FROM audit");
                }
            }));

            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertEquals("Eve", app.stores().audit().list(null, 0).get(0).actor());
        }
    }
}
