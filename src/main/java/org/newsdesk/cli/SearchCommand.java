package org.newsdesk.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.newsdesk.model.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search QUERY}: full-text search over stories and clips, one line per hit. */
@Command(name = "search", description = "Search every story and clip; matched words are shown in [brackets].")
final class SearchCommand extends DatabaseCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "QUERY",
            description = "Words to find (all must match); \"a phrase\" in quotes; word* for a prefix.")
    List<String> query;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "One JSON line per hit: {kind, id, title, snippet (matches in [brackets]), score}.")
    boolean json;

    @Override
    public Integer call() {
        List<SearchHit> hits = app().search().search(String.join(" ", query), limit);
        for (SearchHit hit : hits) {
            if (json) {
                out().println(JsonOut.line(JsonOut.with(hit, java.util.Map.of("snippet", hit.snippet("[", "]")))));
                continue;
            }
            out().printf("%-5s %s  %s%n      %s%n", hit.kind().name().toLowerCase(java.util.Locale.ROOT), hit.id(),
                    hit.title(), hit.snippet("[", "]").replaceAll("\\s+", " "));
        }
        if (hits.isEmpty()) {
            err().println("Nothing matches \"" + String.join(" ", query) + "\".");
        }
        return 0;
    }
}
