package org.newsdesk.cli;

import java.util.concurrent.Callable;
import org.newsdesk.model.DictionaryWord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dictionary …}: the newsroom dictionary, the words the spelling check never flags. */
@Command(name = "dictionary", description = "The newsroom dictionary: words the spelling check never flags.",
        subcommands = {DictionaryCommand.ListWords.class, DictionaryCommand.Add.class, DictionaryCommand.Remove.class})
final class DictionaryCommand {

    /** Every word, alphabetically, with who added it and when. */
    @Command(name = "list", description = "List the dictionary's words, with who added each and when.")
    static final class ListWords extends DatabaseCommand implements Callable<Integer> {
        @Option(names = "--json", description = "One JSON line per word: {id, word, addedBy, addedAt}.")
        boolean json;

        @Override
        public Integer call() {
            for (DictionaryWord word : app().writing().dictionary()) {
                out().println(json ? JsonOut.line(word) : String.format("%-24s %s, %s", word.word(), word.addedBy(),
                        word.addedAt()));
            }
            return 0;
        }
    }

    /** Anyone in the newsroom adds a word, as the writing screen's right click does. */
    @Command(name = "add", description = "Add a word, so that no one's spelling check flags it.")
    static final class Add extends ActingCommand implements Callable<Integer> {
        @Parameters(paramLabel = "WORD", description = "One word, spelled as the newsroom spells it.")
        String word;

        @Override
        public Integer call() {
            DictionaryWord added = app().writing().addToDictionary(actingAs(), word);
            out().println("\u201C" + added.word() + "\u201D is in the newsroom dictionary.");
            return 0;
        }
    }

    /** An editor takes a word out. */
    @Command(name = "remove", description = "Take a word out of the dictionary (editors only).")
    static final class Remove extends ActingCommand implements Callable<Integer> {
        @Parameters(paramLabel = "WORD", description = "The word to take out.")
        String word;

        @Override
        public Integer call() {
            if (!app().writing().removeFromDictionary(actingAs(), word)) {
                throw new CommandFailure("\u201C" + word.strip() + "\u201D is not in the newsroom dictionary.");
            }
            out().println("Took \u201C" + word.strip() + "\u201D out of the newsroom dictionary.");
            return 0;
        }
    }
}
