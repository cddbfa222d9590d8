package org.newsdesk.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.model.Revision;
import org.newsdesk.store.ReplicaStore;
import org.newsdesk.store.ReplicaStore.OutboxRow;
import org.newsdesk.store.RevisionStore;

/**
 * What a push does when the server does not apply a change: a conflict (someone changed the record since) merges
 * field by field and goes again; a refusal (the newsroom's rules) brings the newsroom's copy back. Either way the
 * local text is kept as a revision when it would be lost, and the person is told.
 */
final class Conflicts {
    private static final List<String> EDITION_FIELDS = List.of("date", "title", "intro");
    private static final int MAX_ATTEMPTS = 20;

    private final ReplicaStore replica;
    private final RevisionStore revisions;

    Conflicts(ReplicaStore replica, RevisionStore revisions) {
        this.replica = replica;
        this.revisions = revisions;
    }

    /** The server has a newer copy than the change was made from: merge field by field and send again. */
    @SuppressWarnings("unchecked")
    void resolve(OutboxRow row, Map<String, Object> server, TeamSync.Tally tally) {
        if (row.kind().equals("comment") || row.kind().equals("revision")) {
            replica.done(row.seq());
            return;
        }
        Optional<Map<String, Object>> localCopy = replica.snapshot(row.kind(), row.entityId());
        if (localCopy.isEmpty() || server == null) {
            replica.done(row.seq());
            return;
        }
        Map<String, Object> local = localCopy.get();
        if (row.attempts() >= MAX_ATTEMPTS) {
            replica.dropPending(row.kind(), row.entityId());
            Long kept = null;
            if (row.kind().equals("story")) {
                kept = revisions.add(UUID.fromString(row.entityId()), ChangeWords.text(local, "headline"),
                        ChangeWords.text(local, "body"), me(), "conflict: met newer changes " + MAX_ATTEMPTS
                                + " times").id();
            }
            String text = "Your change to " + ChangeWords.describe(row.kind(), local) + " met newer changes "
                    + MAX_ATTEMPTS + " times in a row; the newsroom's copy stays"
                    + (kept != null ? " and your text is kept as revision " + kept + "." : ".");
            tally.conflicts.add(text);
            notice(row, text, kept, tally);
            replica.applyRemote(row.kind(), row.entityId(), ChangeWords.number(server.get("version")), server,
                    TeamServer.json(server));
            return;
        }
        Map<String, Object> base = replica.base(row.kind(), row.entityId())
                .map(b -> TeamServer.parse(b.json())).orElse(null);
        long serverVersion = ChangeWords.number(server.get("version"));
        Map<String, Object> merged;
        boolean sameAsServer;
        switch (row.kind()) {
            case "story" -> {
                Merge.Result result = Merge.fields(base, local, server, TeamSync.STORY_FIELDS);
                merged = result.merged();
                boolean movePending = !row.action().equals("SAVE") && !row.action().equals("CREATE");
                merged.put("status", movePending ? local.get("status") : server.get("status"));
                if (result.clashes().contains("headline") || result.clashes().contains("body")) {
                    Revision kept = revisions.add(UUID.fromString(row.entityId()), ChangeWords.text(local, "headline"),
                            ChangeWords.text(local, "body"), me(), "conflict: not saved over version " + serverVersion
                                    + " by " + server.get("updated_by"));
                    String text = server.get("updated_by") + " changed \u201c" + server.get("headline")
                            + "\u201d at the same time; the newsroom's text stays and yours is kept as revision "
                            + kept.id() + ".";
                    tally.conflicts.add(text);
                    notice(row, text, kept.id(), tally);
                } else if (!result.clashes().isEmpty()) {
                    String text = server.get("updated_by") + " also changed the " + String.join(", ", result.clashes())
                            + " of \u201c" + server.get("headline") + "\u201d; the newsroom's stays.";
                    tally.conflicts.add(text);
                    notice(row, text, null, tally);
                }
                sameAsServer = result.sameAs(server, TeamSync.STORY_FIELDS);
            }
            case "edition" -> {
                Merge.Result result = Merge.fields(base, local, server, EDITION_FIELDS);
                merged = result.merged();
                merged.put("items", Merge.items(base == null ? List.of() : (List<Object>) base.get("items"),
                        (List<Object>) local.get("items"), (List<Object>) server.get("items")));
                merged.put("status", local.get("status"));
                merged.put("published_at", local.get("published_at"));
                if (!result.clashes().isEmpty()) {
                    String text = server.get("updated_by") + " also changed the " + String.join(", ", result.clashes())
                            + " of the edition of " + server.get("date") + "; the newsroom's stays.";
                    tally.conflicts.add(text);
                    notice(row, text, null, tally);
                }
                sameAsServer = Merge.same(merged.get("items"), server.get("items"))
                        && Merge.same(merged.get("status"), server.get("status"))
                        && result.sameAs(server, EDITION_FIELDS);
            }
            default -> {
                List<String> fields = new ArrayList<>(local.keySet());
                fields.removeAll(List.of("id", "version", "updated_by", "updated_at", "name", "key"));
                Merge.Result result = Merge.fields(base, local, server, fields);
                merged = result.merged();
                sameAsServer = result.sameAs(server, fields);
            }
        }
        replica.applyRemote(row.kind(), row.entityId(), serverVersion, merged, TeamServer.json(server));
        if (sameAsServer && (row.action().equals("SAVE") || row.action().equals("CREATE"))) {
            replica.done(row.seq());
        } else {
            replica.renew(row.seq(), row.action().equals("CREATE") ? "SAVE" : row.action());
        }
        replica.rebase(row.kind(), row.entityId(), serverVersion);
    }

    /** The server's rules refused the change: the newsroom's copy comes back, the local text is kept, one is told. */
    void refuse(OutboxRow row, String reason, Map<String, Object> server, TeamSync.Tally tally) {
        Optional<Map<String, Object>> local = replica.snapshot(row.kind(), row.entityId());
        replica.dropPending(row.kind(), row.entityId());
        if (row.kind().equals("revision")) {
            return;
        }
        Long revision = null;
        if (row.kind().equals("story") && server != null && local.isPresent()
                && (!Merge.same(local.get().get("headline"), server.get("headline"))
                || !Merge.same(local.get().get("body"), server.get("body")))) {
            revision = revisions.add(UUID.fromString(row.entityId()), ChangeWords.text(local.get(), "headline"),
                    ChangeWords.text(local.get(), "body"), me(), "not accepted by the newsroom: " + reason).id();
        }
        String what = ChangeWords.describe(row.kind(), server != null ? server : local.orElse(Map.of()));
        String text = what + ": your " + ChangeWords.noun(row.action()) + " was not accepted. " + reason
                + (revision != null ? " Your text is kept as revision " + revision + "." : "")
                + (server == null ? " It stays on this desk only." : "");
        tally.conflicts.add(text);
        notice(row, text, revision, tally);
        if (server != null && server.get("version") != null) {
            replica.applyRemote(row.kind(), row.entityId(), ChangeWords.number(server.get("version")), server,
                    TeamServer.json(server));
        }
    }

    private void notice(OutboxRow row, String text, Long revision, TeamSync.Tally tally) {
        UUID story = row.kind().equals("story") ? UUID.fromString(row.entityId()) : null;
        replica.addNotice(story, text, revision);
        tally.notices.add(text);
    }

    private String me() {
        return replica.state("person").orElse("this desk");
    }
}
