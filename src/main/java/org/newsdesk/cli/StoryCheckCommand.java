package org.newsdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.newsdesk.App;
import org.newsdesk.app.IntegrityService;
import org.newsdesk.integrity.Finding;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code story check [ID…] [--status S] [--json]}: the integrity findings of stories, one JSON line or a readable
 * list per story. Findings are not errors: the exit status is 0 whenever the check could run.
 */
@Command(name = "check", description = "Check stories for misquotes, lifted prose, attribution, links, length,"
        + " duplicates, spelling, grammar and house style. Exits 0 even when there are findings.")
final class StoryCheckCommand extends DatabaseCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(paramLabel = "ID", arity = "0..*", description = "The stories to check (default: all, or all in"
            + " --status).")
    List<String> ids;

    @Option(names = "--status", split = ",", paramLabel = "STATUS",
            description = "Check every story in these statuses: ${COMPLETION-CANDIDATES}.")
    List<StoryStatus> statuses;

    @Option(names = "--json", description = "One JSON line per story: {\"id\", \"findings\": [...]}.")
    boolean json;

    @Override
    public Integer call() {
        IntegrityService integrity = app().integrity();
        boolean named = ids != null && !ids.isEmpty();
        boolean inStatus = statuses != null && !statuses.isEmpty();
        Map<UUID, List<Finding>> findings = new LinkedHashMap<>();
        for (String id : named ? ids : List.<String>of()) {
            UUID storyId = storyId(id);
            findings.put(storyId, integrity.check(storyId));
        }
        if (inStatus || !named) {
            integrity.checkInStatus(inStatus ? statuses : List.of()).forEach(findings::putIfAbsent);
        }
        print(out(), app(), findings, json);
        return 0;
    }

    /** Prints findings per story: one JSON line each with {@code json}, else a readable list. */
    static void print(PrintWriter out, App app, Map<UUID, List<Finding>> findings, boolean json) {
        Map<UUID, Story> stories = new LinkedHashMap<>();
        if (!json) {
            app.storyService().findAll(List.copyOf(findings.keySet())).forEach(story -> stories.put(story.id(), story));
        }
        for (Map.Entry<UUID, List<Finding>> entry : findings.entrySet()) {
            if (json) {
                out.println(jsonLine(entry.getKey(), entry.getValue()));
            } else {
                Story story = stories.get(entry.getKey());
                out.println(entry.getKey() + "  " + (story == null ? "" : story.headline()));
                if (entry.getValue().isEmpty()) {
                    out.println("  no findings");
                }
                printFindings(out, entry.getValue());
            }
        }
        out.flush();
    }

    /** Prints the edition intro's findings after its stories': {@code {"intro": true, "findings": […]}} in JSON. */
    static void printIntro(PrintWriter out, List<Finding> findings, boolean json) {
        if (json) {
            ObjectNode line = (ObjectNode) jsonNode(null, findings);
            line.remove("id");
            line.put("intro", true);
            out.println(line);
        } else {
            out.println("Edition intro");
            printFindings(out, findings);
        }
        out.flush();
    }

    private static void printFindings(PrintWriter out, List<Finding> findings) {
        for (Finding finding : findings) {
            out.println("  " + finding.kind().label()
                    + (finding.hasSpan() ? " at " + finding.start() + "-" + finding.end() : "") + ": "
                    + finding.message());
            if (!finding.quote().isEmpty()) {
                out.println("      summary: " + oneLine(finding.quote()));
            }
            if (!finding.closest().isEmpty()) {
                out.println("      source:  " + oneLine(finding.closest()));
            }
            if (!finding.suggestions().isEmpty()) {
                out.println("      suggest: " + String.join(" | ", finding.suggestions()));
            }
        }
    }

    static String jsonLine(UUID id, List<Finding> findings) {
        return jsonNode(id, findings).toString();
    }

    private static ObjectNode jsonNode(UUID id, List<Finding> findings) {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", id == null ? "" : id.toString());
        ArrayNode array = line.putArray("findings");
        for (Finding finding : findings) {
            ObjectNode object = array.addObject()
                    .put("kind", finding.kind().label())
                    .put("start", finding.start())
                    .put("end", finding.end())
                    .put("quote", finding.quote())
                    .put("message", finding.message())
                    .put("closest", finding.closest());
            ArrayNode suggestions = object.putArray("suggestions");
            finding.suggestions().forEach(suggestions::add);
        }
        return line;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
