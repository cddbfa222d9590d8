package org.newsdesk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Concurrent pushers and pullers: every puller sees the change numbers 1, 2, 3… with none skipped, because a number
 * becomes visible only in commit order (a puller that saw 11 before 10 committed would never ask for 10 again).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ChangeNumbersTest {
    private static final int PUSHERS = 4;
    private static final int PULLERS = 3;
    private static final int CHANGES_EACH = 150;
    private TeamFixture team;

    @AfterEach
    void drop() throws Exception {
        if (team != null) {
            team.close();
        }
    }

    @Test
    void pullersNeverSkipANumberWhilePushersCommitConcurrently() throws Exception {
        team = TeamFixture.create();
        List<String> logins = new ArrayList<>();
        for (int i = 0; i < PUSHERS; i++) {
            logins.add(team.person("Writer" + i, "WRITER"));
        }
        ExecutorService threads = Executors.newFixedThreadPool(PUSHERS + PULLERS);
        AtomicBoolean pushing = new AtomicBoolean(true);
        List<Future<?>> pushers = new ArrayList<>();
        for (int i = 0; i < PUSHERS; i++) {
            String login = logins.get(i);
            String person = "Writer" + i;
            pushers.add(threads.submit(() -> {
                try (TeamServer server = team.connect(login)) {
                    UUID story = UUID.randomUUID();
                    create(server, story, person);
                    for (int n = 1; n < CHANGES_EACH; n++) {
                        var result = server.apply(List.of(new TeamServer.Op(UUID.randomUUID(), "story", "SAVE",
                                story.toString(), n, "{\"headline\": \"Take " + n + "\", \"body\": \"b\"}"))).get(0);
                        assertEquals("applied", result.get("outcome"), result.toString());
                    }
                }
                return null;
            }));
        }
        List<Future<List<String>>> pullers = new ArrayList<>();
        for (int i = 0; i < PULLERS; i++) {
            pullers.add(threads.submit(() -> {
                List<String> problems = new ArrayList<>();
                long last = 0;
                try (TeamServer server = team.connect(logins.get(0))) {
                    while (true) {
                        boolean stillPushing = pushing.get();
                        List<TeamServer.Change> batch = server.changesAfter(last, 37);
                        for (TeamServer.Change change : batch) {
                            if (change.seq() != last + 1) {
                                problems.add("after " + last + " came " + change.seq());
                            }
                            last = change.seq();
                        }
                        if (!stillPushing && batch.isEmpty()) {
                            break;
                        }
                    }
                }
                problems.add("last " + last);
                return problems;
            }));
        }
        for (Future<?> pusher : pushers) {
            pusher.get();
        }
        pushing.set(false);
        long total = (long) PUSHERS * CHANGES_EACH + PUSHERS; // each person's login was itself a numbered change
        for (Future<List<String>> puller : pullers) {
            assertEquals(List.of("last " + total), puller.get());
        }
        threads.shutdown();
        try (TeamServer server = team.connectAdmin()) {
            List<TeamServer.Change> all = server.changesAfter(0, 10_000);
            List<Long> numbers = new ArrayList<>(all.stream().map(TeamServer.Change::seq).toList());
            Collections.sort(numbers);
            assertEquals(total, numbers.size());
            assertEquals(total, numbers.get(numbers.size() - 1));
        }
    }

    private static void create(TeamServer server, UUID id, String author) {
        var result = server.apply(List.of(new TeamServer.Op(UUID.randomUUID(), "story", "CREATE", id.toString(), 0,
                "{\"headline\": \"Take 0\", \"body\": \"b\", \"author\": \"" + author + "\"}"))).get(0);
        assertEquals("applied", result.get("outcome"), result.toString());
    }
}
