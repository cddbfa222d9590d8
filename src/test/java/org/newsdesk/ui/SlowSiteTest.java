package org.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.app.ClipResult;
import org.newsdesk.app.ClipService;
import org.newsdesk.clip.LocalSite;
import org.newsdesk.model.Story;
import org.newsdesk.store.Database;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A site that takes 14 seconds to answer does not hold up the story being typed: the clip is fetched on the
 * network executor while the autosave is committed on the writer thread, in the window's own worker.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlowSiteTest {
    private static final String ARTICLE = "<html><head><title>Budget passes</title></head><body><article>"
            + "<h1>Budget passes</h1><p>" + "The council approved the budget after a long night. ".repeat(30)
            + "</p></article></body></html>";

    @TempDir
    Path folder;

    @Test
    void aStoryTypedWhileASiteStallsIsCommittedAtOnce() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        try (LocalSite site = new LocalSite(); FxWorker worker = new FxWorker();
             App app = new App(Database.open(folder.resolve("news.db")), Clock.systemUTC())) {
            site.handle("/slow", exchange -> {
                asked.countDown();
                try {
                    Thread.sleep(14_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                LocalSite.send(exchange, 200, "text/html; charset=utf-8", ARTICLE.getBytes(StandardCharsets.UTF_8));
            });
            app.people().welcome("Ted");
            Story story = app.storyService().create("Ted", "Budget", "First words.", List.of());
            ClipService clips = app.clipService();
            AtomicReference<ClipResult> clipped = new AtomicReference<>();
            AtomicReference<Throwable> failed = new AtomicReference<>();
            CountDownLatch clipDone = new CountDownLatch(1);
            Platform.runLater(() -> worker.fetchThenWrite(() -> clips.fetch(site.url("/slow")),
                    fetched -> clips.storeFetched(fetched, "Ted"), result -> {
                        clipped.set(result);
                        clipDone.countDown();
                    }, error -> {
                        failed.set(error);
                        clipDone.countDown();
                    }));
            assertTrue(asked.await(10, TimeUnit.SECONDS), "the clip never reached the site");

            // the writer types on; the autosave hands the text to the worker as the editor does
            long typed = System.nanoTime();
            Story edited = app.stores().stories().find(story.id()).orElseThrow().withText("Budget", "First words, and more typed"
                    + " while the site stalls.");
            CountDownLatch saved = new CountDownLatch(1);
            Platform.runLater(() -> worker.run(() -> app.storyService().save("Ted", edited), done -> saved.countDown(),
                    error -> { }));
            while (!app.stores().stories().find(story.id()).orElseThrow().body().endsWith("while the site stalls.")
                    && System.nanoTime() - typed < TimeUnit.SECONDS.toNanos(20)) {
                Thread.sleep(20);
            }
            long committedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - typed);
            System.out.println("SlowSiteTest: typed text committed " + committedMillis + " ms after the save was"
                    + " asked for, while the site stalled for 14 s");

            assertTrue(committedMillis < 1_500, "the save waited " + committedMillis + " ms behind the slow site");
            assertTrue(clipDone.await(30, TimeUnit.SECONDS));
            assertEquals(null, failed.get(), "the slow clip failed");
            assertEquals("Budget passes", clipped.get().clip().title(), "the slow clip still arrives");
        }
    }
}
