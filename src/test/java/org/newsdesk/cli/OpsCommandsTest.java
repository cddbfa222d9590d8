package org.newsdesk.cli;

import org.newsdesk.testing.TestDatabases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.InstanceLock;
import org.newsdesk.cli.CommandLineRunner;

@Timeout(60)
class OpsCommandsTest {
    @TempDir
    Path folder;

    private String out;
    private String err;

    private int run(String... args) {
        return run(root -> {
            throw new AssertionError("no window in a command test");
        }, args);
    }

    private int run(java.util.function.Consumer<org.newsdesk.cli.NewsdeskCommand> desktop, String... args) {
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        String[] withDb = new String[args.length + 2];
        withDb[0] = "--db";
        withDb[1] = folder.resolve("newsdesk.db").toString();
        System.arraycopy(args, 0, withDb, 2, args.length);
        int status = CommandLineRunner.run(withDb, desktop, new PrintWriter(outText), new PrintWriter(errText));
        out = outText.toString();
        err = errText.toString();
        return status;
    }

    @Test
    void settingsAreSetAndReadBackFromTheCommandLine() {
        assertEquals(0, run("settings", "set", "newsletter.name", "Crime and Justice News"));
        assertEquals("newsletter.name = Crime and Justice News\n", out);
        assertEquals(0, run("settings", "get", "newsletter.name"));
        assertEquals("Crime and Justice News\n", out);
        assertEquals(0, run("settings", "get"));
        assertTrue(out.startsWith("newsletter.name = Crime and Justice News\nnewsletter.tagline = \n"), out);
        assertTrue(out.contains("story.wordTarget = 150-250\n"), out);
    }

    @Test
    void aRefusedSettingIsOneSentenceOnStandardErrorWithStatusOne() {
        assertEquals(1, run("settings", "set", "story.wordTarget", "lots"));

        assertEquals("newsdesk: The word-count target is a range such as 150-250 (lowest first, at most 5000),"
                + " not \u201Clots\u201D.\n", err);
        assertEquals("", out);
    }

    @Test
    void outletsAreImportedAndExportedAsCsv() throws Exception {
        Path csv = folder.resolve("outlets.csv");
        Files.writeString(csv, "name,attribution,domains\nThe Wall Street Journal,the Wall Street Journal,wsj.com\n");

        assertEquals(0, run("settings", "outlets", "import", csv.toString()));
        assertEquals("Imported outlets.csv: 1 added, 0 changed, 0 unchanged.\n", out);
        assertEquals(0, run("settings", "outlets", "export"));
        assertEquals("name,attribution,domains\r\nThe Wall Street Journal,the Wall Street Journal,wsj.com\r\n", out);
    }

    @Test
    void aBackupIsMadeListedAndRestored() throws Exception {
        run("settings", "set", "newsletter.name", "Before");
        assertEquals(0, run("backup"));
        assertTrue(out.startsWith("Backed up to " + folder.resolve("backups")), out);
        run("settings", "set", "newsletter.name", "After");
        assertEquals(0, run("backup", "--list"));
        assertEquals(1, out.lines().count(), out);
        Path backup = Path.of(out.strip().substring(out.strip().lastIndexOf("  ") + 2));

        assertEquals(0, run("restore", backup.toString()));
        assertTrue(out.contains("the previous file is kept as " + folder.resolve("newsdesk-replaced-")), out);
        run("settings", "get", "newsletter.name");
        assertEquals("Before\n", out);
    }

    @Test
    void aDamagedDatabaseIsNamedWithTheBackupThatCanReplaceIt() throws Exception {
        run("settings", "set", "newsletter.name", "Kept");
        run("backup");
        Path database = folder.resolve("newsdesk.db");
        TestDatabases.overwrite(database, 0, 100);
        byte[] damaged = Files.readAllBytes(database);

        assertEquals(1, run("settings", "get"));
        assertTrue(err.startsWith("newsdesk: " + database + " cannot be read: it is damaged"), err);
        assertTrue(err.contains("Run `newsdesk restore --newest` to put back the backup of "), err);
        assertEquals(1, err.lines().count(), err);

        assertEquals(0, run("restore", "--newest"));
        run("settings", "get", "newsletter.name");
        assertEquals("Kept\n", out);
        try (var files = Files.list(folder)) {
            Path aside = files.filter(file -> file.getFileName().toString().startsWith("newsdesk-damaged-"))
                    .findFirst().orElseThrow();
            assertTrue(java.util.Arrays.equals(damaged, Files.readAllBytes(aside)), "the damaged file is kept");
        }
    }

    @Test
    void theCheckSaysWhetherTheFileIsSoundAndWhichBackupCanReplaceItWhenNot() throws Exception {
        run("settings", "set", "newsletter.name", "Kept");
        run("backup");
        Path database = folder.resolve("newsdesk.db");
        assertEquals(0, run("backup", "--check"));
        assertEquals(database + " is a sound Newsdesk database.\n", out);
        TestDatabases.withStories(database, java.time.Clock.systemUTC(), 200);
        TestDatabases.damagePages(database);

        assertEquals(1, run("backup", "--check"));

        assertTrue(err.startsWith("newsdesk: " + database + " "), err);
        assertTrue(err.contains("damaged"), err);
        assertTrue(err.contains("Run `newsdesk restore --newest` to put back the backup of "), err);
    }

    @Test
    void restoreIsRefusedWhileTheDesktopAppHasTheDatabase() throws Exception {
        run("backup");
        Path database = folder.resolve("newsdesk.db");
        try (InstanceLock desktop = InstanceLock.acquire(database).orElseThrow()) {
            assertEquals(1, run("restore", "--newest"));
            assertEquals("newsdesk: Newsdesk is open on " + database + "; close the app before restoring.\n", err);
        }
        try (var files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(file -> file.getFileName().toString().contains("-replaced-")).toList());
        }
    }

    @Test
    void aStoryPackageOpenedWithTheAppIsHandedToTheWindowNotImportedUnasked() throws Exception {
        Path storyPackage = folder.resolve("from-ted.ndpkg");
        try (App writer = App.open(folder.resolve("laptop.db"))) {
            writer.firstRun().welcome("Ted", true);
            Files.writeString(storyPackage, writer.packages().exportPackage(List.of()));
        }
        List<Integer> storiesWhenTheWindowOpened = new java.util.ArrayList<>();
        List<Path> handedOver = new java.util.ArrayList<>();

        int status = run(root -> {
            handedOver.add(root.storyPackage());
            try (App desk = App.open(root.databasePath())) {
                storiesWhenTheWindowOpened.add(desk.stores().stories().count());
            }
        }, storyPackage.toString());

        assertEquals(0, status, err);
        assertEquals(List.of(0), storiesWhenTheWindowOpened, "the package was imported before anyone was asked");
        assertEquals(List.of(storyPackage.toAbsolutePath()), handedOver);
        assertEquals("", err, "errors and results belong in the window's dialogs, not on standard error");
    }

    @Test
    void anUnknownWordIsStillAUsageError() {
        assertEquals(2, run(root -> {
            throw new AssertionError("the window must not open");
        }, "frobnicate"));
        assertTrue(err.contains("frobnicate"), err);
    }
}
