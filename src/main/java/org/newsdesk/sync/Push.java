package org.newsdesk.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsdesk.store.ReplicaStore;
import org.newsdesk.store.ReplicaStore.OutboxRow;

/**
 * The push half of a sync: the outbox, oldest first, in batches through the server's apply function; each answer
 * settles its row (applied, merged after a conflict, or refused by the newsroom's rules).
 */
final class Push {
    private static final int PUSH_BATCH = 200;
    /** Kinds whose SAVE carries the whole record, so a later SAVE of the same record supersedes an earlier one. */
    private static final Set<String> COALESCED = Set.of("story", "edition", "clip", "outlet", "setting", "person",
            "feed", "watch");

    private final ReplicaStore replica;
    private final Conflicts conflicts;

    Push(ReplicaStore replica, Conflicts conflicts) {
        this.replica = replica;
        this.conflicts = conflicts;
    }

    private record Sent(OutboxRow row, Map<String, Object> result) {
    }

    void run(TeamServer server, TeamSync.Tally tally) {
        while (true) {
            List<OutboxRow> rows = coalesce(replica.pending(PUSH_BATCH));
            if (rows.isEmpty()) {
                if (replica.pendingCount() == 0) {
                    return;
                }
                continue;
            }
            List<Sent> sent = new ArrayList<>();
            List<OutboxRow> going = new ArrayList<>();
            List<TeamServer.Op> ops = new ArrayList<>();
            for (OutboxRow row : rows) {
                Optional<Map<String, Object>> payload = payload(row);
                if (payload.isEmpty()) {
                    sent.add(new Sent(row, null));
                } else {
                    going.add(row);
                    ops.add(new TeamServer.Op(row.opId(), row.kind(), row.action(), row.entityId(), row.baseVersion(),
                            TeamServer.json(payload.get())));
                }
            }
            List<Map<String, Object>> results = ops.isEmpty() ? List.of() : server.applyMany(ops);
            for (int i = 0; i < going.size(); i++) {
                if (!"skipped".equals(results.get(i).get("outcome"))) {
                    sent.add(new Sent(going.get(i), results.get(i)));
                }
            }
            replica.inTransaction(connection -> {
                for (Sent item : sent) {
                    settle(item, tally);
                }
                return null;
            });
        }
    }

    /** Drops a SAVE that a later SAVE of the same record in the outbox supersedes (it carries the same fields). */
    private List<OutboxRow> coalesce(List<OutboxRow> rows) {
        List<OutboxRow> kept = new ArrayList<>();
        List<Long> superseded = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            OutboxRow row = rows.get(i);
            if (row.action().equals("SAVE") && COALESCED.contains(row.kind())) {
                OutboxRow next = null;
                for (int j = i + 1; j < rows.size() && next == null; j++) {
                    OutboxRow later = rows.get(j);
                    if (later.kind().equals(row.kind()) && later.entityId().equals(row.entityId())) {
                        next = later;
                    }
                }
                if (next != null && next.action().equals("SAVE")) {
                    superseded.add(row.seq());
                    continue;
                }
            }
            kept.add(row);
        }
        if (!superseded.isEmpty()) {
            replica.inTransaction(connection -> {
                superseded.forEach(replica::done);
                return null;
            });
        }
        return kept;
    }

    private Optional<Map<String, Object>> payload(OutboxRow row) {
        Optional<Map<String, Object>> snapshot = replica.snapshot(row.kind(), row.entityId());
        if (snapshot.isPresent() && row.kind().equals("story") && row.action().equals("CREATE")
                && row.detail() != null) {
            Map<String, Object> created = new LinkedHashMap<>(snapshot.get());
            created.put("status", row.detail());
            return Optional.of(created);
        }
        return snapshot;
    }

    private void settle(Sent item, TeamSync.Tally tally) {
        OutboxRow row = item.row();
        Map<String, Object> result = item.result();
        if (result == null) {
            replica.done(row.seq());
            return;
        }
        String outcome = String.valueOf(result.get("outcome"));
        @SuppressWarnings("unchecked")
        Map<String, Object> current = (Map<String, Object>) result.get("current");
        replica.inTransaction(connection -> {
            switch (outcome) {
                case "applied" -> {
                    long version = ChangeWords.number(result.get("version"));
                    replica.done(row.seq());
                    replica.putBase(row.kind(), row.entityId(), version, TeamServer.json(current));
                    replica.rebase(row.kind(), row.entityId(), version);
                    if (result.get("seq") != null) {
                        tally.pushedChanges.add(ChangeWords.number(result.get("seq")));
                    }
                    tally.pushed++;
                }
                case "conflict" -> conflicts.resolve(row, current, tally);
                default -> conflicts.refuse(row, String.valueOf(result.get("reason")), current, tally);
            }
            return null;
        });
    }
}
