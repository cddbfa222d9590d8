package org.newsdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsdesk.model.WatchTerm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code watch …}: the words and phrases the newsroom covers, which mark and filter the wire's items. */
@Command(name = "watch", description = "The watch-list: words and phrases that mark the wire's items.",
        subcommands = {WatchCommand.Add.class, WatchCommand.Remove.class, WatchCommand.ListTerms.class})
final class WatchCommand {
    private WatchCommand() {
    }

    @Command(name = "add", description = "Watch a word or phrase (whole words, any case).")
    static final class Add extends FeedCommand.WireCommand implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "TERM", description = "The word or phrase.")
        List<String> words;

        @Option(names = "--outlet", paramLabel = "NAME", description = "Only for this outlet's items.")
        String outlet;

        @Override
        public Integer call() {
            WatchTerm term = wire().watch(String.join(" ", words), outlet, actingAs());
            out().println("Watching \"" + term.term() + "\"" + (term.outlet() == null ? "" : " in " + term.outlet())
                    + ".");
            return 0;
        }
    }

    @Command(name = "remove", description = "Stop watching a word or phrase.")
    static final class Remove extends FeedCommand.WireCommand implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "TERM", description = "The word or phrase.")
        List<String> words;

        @Option(names = "--outlet", paramLabel = "NAME", description = "Only the entry for this outlet.")
        String outlet;

        @Override
        public Integer call() {
            int removed = wire().unwatch(String.join(" ", words), outlet, actingAs());
            out().println("No longer watching \"" + String.join(" ", words).strip() + "\""
                    + (removed > 1 ? " (" + removed + " entries)" : "") + ".");
            return 0;
        }
    }

    @Command(name = "list", description = "List the watch-list.")
    static final class ListTerms extends FeedCommand.WireCommand implements Callable<Integer> {
        @Option(names = "--json", description = "Print a JSON array instead of one line per term.")
        boolean json;

        @Override
        public Integer call() {
            List<WatchTerm> terms = wire().watchList();
            if (json) {
                ArrayNode array = FeedCommand.JSON.createArrayNode();
                for (WatchTerm term : terms) {
                    ObjectNode node = array.addObject();
                    node.put("term", term.term());
                    node.put("outlet", term.outlet());
                }
                printJson(array);
                return 0;
            }
            terms.forEach(term -> out().println(term.term() + (term.outlet() == null ? "" : "  (" + term.outlet() + ")")));
            if (terms.isEmpty()) {
                err().println("The watch-list is empty; add a word with: watch add WORD");
            }
            return 0;
        }
    }
}
