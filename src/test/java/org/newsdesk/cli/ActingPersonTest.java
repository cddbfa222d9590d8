package org.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that acts names a person of the newsroom, and the newsroom's own settings are editors' work. */
class ActingPersonTest {
    private static final String NOBODY = "newsdesk: There is no one called Nobody in this newsroom; an editor can"
            + " add them with user add.\n";

    @TempDir
    Path folder;

    private CommandRun run(String... args) {
        return CommandRun.on(folder.resolve("newsroom.db"), args);
    }

    @BeforeEach
    void newsroom() {
        assertEquals(0, run("user", "add", "Ted", "--role", "writer", "--as", "Eve").status());
    }

    @Test
    void anUnknownPersonCannotClipExportOrChangeSettings() throws IOException {
        Path page = Files.writeString(folder.resolve("page.html"), "<html><head><title>Budget passes</title></head>"
                + "<body><article><h1>Budget passes</h1><p>" + "The council approved the budget. ".repeat(20)
                + "</p></article></body></html>");

        CommandRun clip = run("clip", page.toString(), "--as", "Nobody");
        CommandRun export = run("edition", "export", "--date", "2024-05-10", "--out", folder.toString(), "--as", "Nobody");
        CommandRun setting = run("settings", "set", "newsletter.name", "Nobody's News", "--as", "Nobody");

        assertEquals(new CommandRun(1, "", NOBODY), clip);
        assertEquals(new CommandRun(1, "", NOBODY), export);
        assertEquals(new CommandRun(1, "", NOBODY), setting);
        assertEquals("", run("search", "budget").out());
    }

    @Test
    void aWriterCannotChangeTheNewsroomsSettingsOrOutlets() throws IOException {
        Path csv = Files.writeString(folder.resolve("outlets.csv"), "name,attribution,domains\nDaily Fake,Daily Fake,"
                + "wsj.com\n");

        CommandRun setting = run("settings", "set", "newsletter.name", "Ted's News", "--as", "Ted");
        CommandRun outlets = run("settings", "outlets", "import", csv.toString(), "--as", "Ted");

        String rule = "newsdesk: Only editors change the newsroom's settings, template folder and outlets.\n";
        assertEquals(new CommandRun(1, "", rule), setting);
        assertEquals(new CommandRun(1, "", rule), outlets);
        assertEquals("newsletter.name = Crime and Justice News\n",
                run("settings", "set", "newsletter.name", "Crime and Justice News", "--as", "Eve").out());
    }

    @Test
    void aWriterCannotChangeTheNewsroomsFeedsOrWatchList() {
        CommandRun feed = run("feed", "add", "http://127.0.0.1:9/rss", "--as", "Ted");
        CommandRun watch = run("watch", "add", "police", "--as", "Ted");

        String rule = "newsdesk: Only editors change the newsroom's feeds and watch-list.\n";
        assertEquals(new CommandRun(1, "", rule), feed);
        assertEquals(new CommandRun(1, "", rule), watch);
        assertEquals(0, run("watch", "add", "police", "--as", "Eve").status());
        assertEquals(new CommandRun(1, "", rule), run("watch", "remove", "police", "--as", "Ted"));
        assertEquals("police\n", run("watch", "list", "--as", "Ted").out());
    }
}
