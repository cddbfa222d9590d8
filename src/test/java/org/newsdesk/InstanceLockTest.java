package org.newsdesk;

import org.newsdesk.testing.SecondInstance;
import org.newsdesk.testing.TestDatabases;
import org.newsdesk.testing.MovableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.InstanceLock;
import org.newsdesk.model.Outlet;
import org.newsdesk.store.Database;

@Timeout(90)
class InstanceLockTest {
    @TempDir
    Path folder;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T08:00:00Z"));

    /** Runs {@link SecondInstance} as a separate Java process and returns what it printed. */
    private static List<String> secondInstance(Path database) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SecondInstance.class.getName(), database.toString())
                .redirectErrorStream(true).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the second instance finished");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        return output.lines().filter(line -> !line.startsWith("SLF4J") && !line.startsWith("WARNING")).toList();
    }

    @Test
    void aSecondAppOnTheSameFileIsToldBringsTheFirstForwardAndMayOnlyRead() throws Exception {
        Path file = folder.resolve("newsdesk.db");
        TestDatabases.withStories(file, clock, 3);
        CountDownLatch broughtForward = new CountDownLatch(1);
        try (InstanceLock first = InstanceLock.acquire(file).orElseThrow();
             App firstApp = new App(Database.open(file), clock)) {
            first.onBringForward(broughtForward::countDown);

            List<String> second = secondInstance(file);

            assertEquals("held true", second.get(0));
            assertEquals("forward true", second.get(1));
            assertEquals("stories 3", second.get(2));
            assertTrue(second.get(3).startsWith("refused Cannot write to "), second.get(3));
            assertTrue(broughtForward.await(10, TimeUnit.SECONDS), "the first app was asked to come forward");
            assertEquals(3, firstApp.stores().stories().count());
        }
    }

    @Test
    void theCommandLineWritesBesideTheAppWithoutTheLock() throws Exception {
        Path file = folder.resolve("newsdesk.db");
        TestDatabases.withStories(file, clock, 1);
        try (InstanceLock desktop = InstanceLock.acquire(file).orElseThrow();
             App desktopApp = new App(Database.open(file), clock);
             App commandLine = new App(Database.open(file), clock)) {
            commandLine.stores().outlets().save(new Outlet("Reuters", "Reuters", List.of("reuters.com")));
            desktopApp.stores().outlets().save(new Outlet("ProPublica", "ProPublica", List.of("propublica.org")));

            assertEquals(2, desktopApp.stores().outlets().all().size());
            assertEquals(2, commandLine.stores().outlets().all().size());
            assertTrue(InstanceLock.isHeld(file));
        }
    }

    @Test
    void theLockIsFreeAgainOnceTheFirstAppCloses() throws Exception {
        Path file = folder.resolve("newsdesk.db");
        TestDatabases.withStories(file, clock, 1);
        InstanceLock first = InstanceLock.acquire(file).orElseThrow();
        assertEquals(Optional.empty(), InstanceLock.acquire(file), "a second window of the same process is refused");
        first.close();

        assertFalse(InstanceLock.isHeld(file));
        assertEquals(List.of("acquired"), secondInstance(file));
        assertFalse(InstanceLock.askHolderToComeForward(file), "no one is listening any more");
    }
}
