package org.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The newsroom dictionary from the terminal: anyone adds a word, everyone lists them, only editors remove one. */
@Timeout(60)
class DictionaryCommandTest {
    @TempDir
    Path folder;

    private CommandRun run(String... args) {
        return CommandRun.on(folder.resolve("newsdesk.db"), args);
    }

    @Test
    void aWriterAddsAWordEveryoneListsItAndOnlyAnEditorRemovesIt() {
        run("user", "list", "--as", "Eve");
        run("user", "add", "Ted", "--role", "writer", "--as", "Eve");

        CommandRun added = run("dictionary", "add", "Ndlovuzane", "--as", "Ted");
        assertEquals(new CommandRun(0, "\u201CNdlovuzane\u201D is in the newsroom dictionary.\n", ""), added);
        CommandRun listed = run("dictionary", "list", "--json");
        assertEquals(0, listed.status(), listed.err());
        assertTrue(listed.out().startsWith("{\"id\":") && listed.out().contains("\"word\":\"Ndlovuzane\",\"addedBy\":\"Ted\""),
                listed.out());
        assertTrue(run("dictionary", "list").out().startsWith("Ndlovuzane "));

        CommandRun refused = run("dictionary", "remove", "Ndlovuzane", "--as", "Ted");
        assertEquals(new CommandRun(1, "", "newsdesk: Only editors remove words from the newsroom dictionary.\n"),
                refused);
        assertEquals(new CommandRun(0, "Took \u201CNdlovuzane\u201D out of the newsroom dictionary.\n", ""),
                run("dictionary", "remove", "Ndlovuzane", "--as", "Eve"));
        assertEquals(new CommandRun(0, "", ""), run("dictionary", "list"));
        assertEquals(new CommandRun(1, "", "newsdesk: \u201CNdlovuzane\u201D is not in the newsroom dictionary.\n"),
                run("dictionary", "remove", "Ndlovuzane", "--as", "Eve"));
    }

    @Test
    void twoWordsAreRefusedAndTheCompletionScriptKnowsTheCommand() {
        run("user", "list", "--as", "Eve");

        assertEquals(new CommandRun(1, "", "newsdesk: Only a single word can go in the newsroom dictionary.\n"),
                run("dictionary", "add", "two words", "--as", "Eve"));
        assertTrue(run("completion").out().contains("dictionary"));
        assertTrue(run("dictionary", "--help").out().contains("remove"));
    }
}
