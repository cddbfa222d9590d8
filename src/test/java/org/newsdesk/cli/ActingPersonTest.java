package org.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that acts names a person of the newsroom, and the newsroom's own settings are editors' work. */
class ActingPersonTest {
    private static final String NOBODY = "newsdesk: There is no one called Nobody in this newsroom; an editor can"
            + " add them with user add.\n";

    @TempDir
    Path folder;

    record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.add("--db");
        all.add(folder.resolve("newsroom.db").toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CommandLineRunner.run(all.toArray(String[]::new), root -> {
            throw new AssertionError("a command never starts the desktop app");
        }, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
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

        Run clip = run("clip", page.toString(), "--as", "Nobody");
        Run export = run("edition", "export", "--date", "2024-05-10", "--out", folder.toString(), "--as", "Nobody");
        Run setting = run("settings", "set", "newsletter.name", "Nobody's News", "--as", "Nobody");

        assertEquals(new Run(1, "", NOBODY), clip);
        assertEquals(new Run(1, "", NOBODY), export);
        assertEquals(new Run(1, "", NOBODY), setting);
        assertEquals("", run("search", "budget").out());
    }

    @Test
    void aWriterCannotChangeTheNewsroomsSettingsOrOutlets() throws IOException {
        Path csv = Files.writeString(folder.resolve("outlets.csv"), "name,attribution,domains\nDaily Fake,Daily Fake,"
                + "wsj.com\n");

        Run setting = run("settings", "set", "newsletter.name", "Ted's News", "--as", "Ted");
        Run outlets = run("settings", "outlets", "import", csv.toString(), "--as", "Ted");

        String rule = "newsdesk: Only editors change the newsroom's settings, template folder and outlets.\n";
        assertEquals(new Run(1, "", rule), setting);
        assertEquals(new Run(1, "", rule), outlets);
        assertEquals("newsletter.name = Crime and Justice News\n",
                run("settings", "set", "newsletter.name", "Crime and Justice News", "--as", "Eve").out());
    }
}
