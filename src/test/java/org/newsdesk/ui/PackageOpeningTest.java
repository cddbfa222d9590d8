package org.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.RandomAccessFile;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.app.StoryPackageService;
import org.newsdesk.app.StoryPackageService.ImportResult;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.store.Database;

/** A package opened from the desktop is described and imported only on a yes; a bad one says why, nothing lost. */
class PackageOpeningTest {
    @TempDir
    Path folder;

    private App desk;
    private PackageOpening opening;
    private Path ndpkg;

    @BeforeEach
    void newsroom() throws Exception {
        try (App laptop = new App(Database.inMemory(), Clock.systemUTC())) {
            laptop.people().welcome("Ted");
            laptop.storyService().create("Ted", "Jail deaths climb", "The county jail counted more deaths.",
                    List.of());
            ndpkg = Files.writeString(folder.resolve("from-ted.ndpkg"),
                    laptop.packages().exportPackage(List.of()));
        }
        desk = new App(Database.inMemory(), Clock.systemUTC());
        desk.people().welcome("Eve");
        User eve = desk.people().find("Eve").orElseThrow();
        opening = new PackageOpening(desk.packages(), Worker.inline(), eve.name());
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void readingAsksFirstAndImportsNothing() {
        AtomicReference<PackageOpening.Read> read = new AtomicReference<>();

        opening.read(ndpkg, read::set, error -> { throw new AssertionError(error); });

        assertEquals("from-ted.ndpkg holds 1 story by Ted, with 0 clips. Import it as Eve? Stories arrive at most"
                + " as submitted, and a story already here changes only as Eve may change it.",
                read.get().question("Eve"));
        assertEquals(0, desk.stores().stories().count(), "imported before the person said yes");

        List<ImportResult> results = new ArrayList<>();
        opening.importRead(read.get(), results::add, error -> { throw new AssertionError(error); });

        assertEquals(1, results.get(0).storiesAdded());
        assertEquals(Role.WRITER, desk.people().find("Ted").orElseThrow().role());
    }

    @Test
    void aPackageTooLargeIsRefusedWithASentenceForTheDialog() throws Exception {
        Path huge = folder.resolve("huge.ndpkg");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(StoryPackageService.MAX_BYTES + 5L * 1024 * 1024);
        }
        AtomicReference<Throwable> failed = new AtomicReference<>();

        opening.read(huge, read -> { throw new AssertionError("read"); }, failed::set);

        assertEquals("huge.ndpkg is 55.0 MB; a story package may be at most 50.0 MB, so nothing was imported.",
                failed.get().getMessage());
    }

    @Test
    void macOsOpenFileEventsHandOnOnlyStoryPackages() {
        List<Path> packages = OpenFileEvents.packagesAmong(List.of(new File("/tmp/a.ndpkg"), new File("/tmp/b.html"),
                new File("/tmp/C.NDPKG")));

        assertEquals(List.of(Path.of("/tmp/a.ndpkg"), Path.of("/tmp/C.NDPKG")), packages);
    }

    @Test
    void theWindowIconIsTheInstallersIcon() throws Exception {
        URL icon = NewsdeskApplication.class.getResource(NewsdeskApplication.ICON);

        assertTrue(icon != null, "no window icon at " + NewsdeskApplication.ICON);
        try (var in = icon.openStream()) {
            assertTrue(java.util.Arrays.equals(in.readAllBytes(),
                    Files.readAllBytes(Path.of("packaging/linux/Newsdesk.png"))));
        }
    }
}
