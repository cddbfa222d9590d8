package org.newsdesk.cli;

import java.util.concurrent.Callable;
import org.newsdesk.model.AuditEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code audit [--story ID]}: the audit trail, oldest line first. */
@Command(name = "audit", description = "Show who did what and when, oldest first.")
final class AuditCommand extends ActingCommand implements Callable<Integer> {
    @Option(names = "--story", paramLabel = "ID", description = "Only lines about this story.")
    String story;

    @Option(names = "--edition", paramLabel = "DATE", description = "Only lines about this edition (YYYY-MM-DD).")
    String edition;

    @Option(names = "--limit", defaultValue = "200", description = "The newest this many lines (default: ${DEFAULT-VALUE}; 0 for all).")
    int limit;

    @Option(names = "--json", description = "One JSON line per entry: {id, at, actor, action, subject, detail}.")
    boolean json;

    @Override
    public Integer call() {
        if (story != null && edition != null) {
            throw new CommandFailure("Give --story or --edition, not both.");
        }
        String subject = story != null ? storyId(story).toString() : edition != null ? date(edition).toString() : null;
        for (AuditEntry entry : app().stores().audit().list(subject, limit)) {
            if (json) {
                out().println(JsonOut.line(entry));
                continue;
            }
            out().printf("%s  %-12s  %-22s  %s  %s%n", entry.at(), entry.actor(), entry.action(),
                    entry.subject() == null ? "-" : entry.subject(), entry.detail() == null ? "" : entry.detail());
        }
        return 0;
    }
}
