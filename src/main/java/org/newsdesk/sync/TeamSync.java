package org.newsdesk.sync;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.newsdesk.model.Revision;
import org.newsdesk.store.ReplicaStore;
import org.newsdesk.store.ReplicaStore.OutboxRow;
import org.newsdesk.store.RevisionStore;

/**
 * Moves changes between this desk's SQLite file and the team newsroom: push the outbox through the server's apply
 * function (merging what the server refuses as stale), then pull every numbered change after the last one applied,
 * a batch per local transaction. The local file stays the working copy; nothing here runs on the window's thread.
 */
public final class TeamSync {
    /** The fields of a story that a person edits; status moves travel as their own changes. */
    static final List<String> STORY_FIELDS = List.of("headline", "body", "outlet", "attribution", "section", "tags",
            "clip_ids");
    private static final List<String> EDITION_FIELDS = List.of("date", "title", "intro");
    private static final int PUSH_BATCH = 200;
    private static final int PULL_BATCH = 1000;
    private static final int MAX_ATTEMPTS = 20;
    private static final int NOTICES_PER_PULL = 20;
    private static final Set<String> COALESCED = Set.of("story", "edition", "clip", "outlet", "setting", "person");

    /** What one sync moved, and what the person should know about. */
    public record Report(int pushed, int pulled, List<String> conflicts, List<String> notices, long lastChange,
                         int waiting) {
    }

    /** Where this desk stands with its team. */
    public record Status(boolean joined, String server, String login, String person, Instant lastSync,
                         long lastChange, int waiting, String lastError) {
    }

    /** How this file reaches its team: the server, the login and the person it is, whether TLS was waived. */
    public record Link(ServerAddress server, String login, String person, boolean plainText) {
    }

    private final ReplicaStore replica;
    private final RevisionStore revisions;
    private final Clock clock;

    public TeamSync(ReplicaStore replica, RevisionStore revisions, Clock clock) {
        this.replica = replica;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** The team this file belongs to, or empty when it is a lone newsroom. */
    public Optional<Link> link() {
        return replica.state("server").map(server -> new Link(ServerAddress.parse(server),
                replica.state("login").orElseThrow(), replica.state("person").orElseThrow(),
                replica.state("plain_text").map(Boolean::parseBoolean).orElse(false)));
    }

    /** Connects to this file's team as its login, with the password from {@code credentials}. */
    public TeamServer connect(Credentials credentials) {
        Link link = link().orElseThrow(() -> new SyncException(
                "This newsroom is not part of a team; use team create or team join first."));
        return TeamServer.connect(link.server(), link.login(), credentials.password(link.server(), link.login()),
                link.plainText());
    }

    /**
     * Creates the team schema on {@code server} (as a login that may create roles), makes {@code founder} its first
     * editor, and pushes this file's whole newsroom as the team's first content.
     */
    public Report create(TeamServer server, String founder, String writerRole, String editorRole) {
        refuseIfJoined();
        server.migrate(writerRole, editorRole);
        server.registerFounder(founder);
        remember(server, founder);
        replica.enqueueEverything();
        return sync(server);
    }

    /** Makes this new, empty file a replica of the team on {@code server}: the first pull of everything. */
    public Report join(TeamServer server) {
        refuseIfJoined();
        int content = replica.countOf("story") + replica.countOf("clip") + replica.countOf("edition");
        if (content > 0) {
            throw new SyncException("team join makes a new, empty newsroom file a replica, and this one already"
                    + " holds " + content + " stories, clips or editions; join with a new --db file.");
        }
        TeamServer.Identity identity = server.whoami();
        remember(server, identity.person());
        return sync(server);
    }

    private void refuseIfJoined() {
        link().ifPresent(link -> {
            throw new SyncException("This newsroom is already part of the team at " + link.server() + ".");
        });
    }

    private void remember(TeamServer server, String person) {
        replica.inTransaction(connection -> {
            replica.setState("login", server.login());
            replica.setState("person", person);
            replica.setState("plain_text", String.valueOf(false));
            replica.setState("server", server.address().toString());
            return null;
        });
    }

    /** Remembers that the person chose to reach a server that is not on this machine without TLS. */
    public void rememberPlainText(boolean plainText) {
        replica.setState("plain_text", String.valueOf(plainText));
    }

    /** Push, then pull, once. */
    public Report sync(TeamServer server) {
        Tally tally = new Tally();
        try {
            push(server, tally);
            pull(server, tally);
            replica.setState("last_sync_at", Instant.now(clock).toString());
            replica.removeState("last_error");
        } catch (RuntimeException e) {
            replica.setState("last_error", e.getMessage() == null ? e.toString() : e.getMessage());
            throw e;
        }
        return new Report(tally.pushed, tally.pulled, List.copyOf(tally.conflicts), List.copyOf(tally.notices),
                lastChange(), replica.pendingCount());
    }

    /** Pull only: what a notification from the server asks for. */
    public Report pull(TeamServer server) {
        Tally tally = new Tally();
        pull(server, tally);
        return new Report(0, tally.pulled, List.of(), List.copyOf(tally.notices), lastChange(),
                replica.pendingCount());
    }

    public Status status() {
        Optional<Link> link = link();
        return new Status(link.isPresent(), link.map(l -> l.server().toString()).orElse(null),
                link.map(Link::login).orElse(null), link.map(Link::person).orElse(null),
                replica.state("last_sync_at").map(Instant::parse).orElse(null), lastChange(),
                replica.pendingCount(), replica.state("last_error").orElse(null));
    }

    /** Records why the last attempt to reach the team failed, for the status bar. */
    public void recordProblem(String problem) {
        replica.setState("last_error", problem);
    }

    public long lastChange() {
        return replica.state("last_seq").map(Long::parseLong).orElse(0L);
    }

    /** Creates or changes {@code name}'s own login (editors only) and returns the new one-time password. */
    public String setPerson(TeamServer server, String name, String role, String login) {
        String password = newPassword();
        server.setPerson(name, login, role.toUpperCase(Locale.ROOT), password);
        pull(server, new Tally());
        return password;
    }

    /** A login name from a person's name: "Ted Smith" becomes "ted_smith". */
    public static String loginFor(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return slug.isEmpty() ? "person" : slug;
    }

    private static String newPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    private static final class Tally {
        int pushed;
        int pulled;
        final List<String> conflicts = new ArrayList<>();
        final List<String> notices = new ArrayList<>();
    }

    private record Sent(OutboxRow row, Map<String, Object> result) {
    }

    private void push(TeamServer server, Tally tally) {
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

    private void settle(Sent item, Tally tally) {
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
                    long version = number(result.get("version"));
                    replica.done(row.seq());
                    replica.putBase(row.kind(), row.entityId(), version, TeamServer.json(current));
                    replica.rebase(row.kind(), row.entityId(), version);
                    tally.pushed++;
                }
                case "conflict" -> resolve(row, current, tally);
                default -> refuse(row, String.valueOf(result.get("reason")), current, tally);
            }
            return null;
        });
    }

    /** The server has a newer copy than the change was made from: merge field by field and send again. */
    @SuppressWarnings("unchecked")
    private void resolve(OutboxRow row, Map<String, Object> server, Tally tally) {
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
                kept = revisions.add(UUID.fromString(row.entityId()), text(local, "headline"), text(local, "body"),
                        me(), "conflict: met newer changes " + MAX_ATTEMPTS + " times").id();
            }
            String text = "Your change to " + describe(row.kind(), local) + " met newer changes " + MAX_ATTEMPTS
                    + " times in a row; the newsroom's copy stays"
                    + (kept != null ? " and your text is kept as revision " + kept + "." : ".");
            tally.conflicts.add(text);
            notice(row, text, kept, tally);
            replica.applyRemote(row.kind(), row.entityId(), number(server.get("version")), server,
                    TeamServer.json(server));
            return;
        }
        Map<String, Object> base = replica.base(row.kind(), row.entityId())
                .map(b -> TeamServer.parse(b.json())).orElse(null);
        long serverVersion = number(server.get("version"));
        Map<String, Object> merged;
        boolean sameAsServer;
        switch (row.kind()) {
            case "story" -> {
                Merge.Result result = Merge.fields(base, local, server, STORY_FIELDS);
                merged = result.merged();
                boolean movePending = !row.action().equals("SAVE") && !row.action().equals("CREATE");
                merged.put("status", movePending ? local.get("status") : server.get("status"));
                if (result.clashes().contains("headline") || result.clashes().contains("body")) {
                    Revision kept = revisions.add(UUID.fromString(row.entityId()), text(local, "headline"),
                            text(local, "body"), me(), "conflict: not saved over version " + serverVersion + " by "
                                    + server.get("updated_by"));
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
                sameAsServer = result.sameAs(server, STORY_FIELDS);
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

    /** The server's rules refused the change: the newsroom's copy comes back, the local text is kept, the person told. */
    private void refuse(OutboxRow row, String reason, Map<String, Object> server, Tally tally) {
        Optional<Map<String, Object>> local = replica.snapshot(row.kind(), row.entityId());
        replica.dropPending(row.kind(), row.entityId());
        if (row.kind().equals("revision")) {
            return;
        }
        Long revision = null;
        if (row.kind().equals("story") && server != null && local.isPresent()
                && (!Merge.same(local.get().get("headline"), server.get("headline"))
                || !Merge.same(local.get().get("body"), server.get("body")))) {
            revision = revisions.add(UUID.fromString(row.entityId()), text(local.get(), "headline"),
                    text(local.get(), "body"), me(), "not accepted by the newsroom: " + reason).id();
        }
        String what = describe(row.kind(), server != null ? server : local.orElse(Map.of()));
        String text = what + ": your " + verb(row.action()).toLowerCase(Locale.ROOT) + " was not accepted. " + reason
                + (revision != null ? " Your text is kept as revision " + revision + "." : "")
                + (server == null ? " It stays on this desk only." : "");
        tally.conflicts.add(text);
        notice(row, text, revision, tally);
        if (server != null && server.get("version") != null) {
            replica.applyRemote(row.kind(), row.entityId(), number(server.get("version")), server,
                    TeamServer.json(server));
        }
    }

    private void notice(OutboxRow row, String text, Long revision, Tally tally) {
        UUID story = row.kind().equals("story") ? UUID.fromString(row.entityId()) : null;
        replica.addNotice(story, text, revision);
        tally.notices.add(text);
    }

    private void pull(TeamServer server, Tally tally) {
        long last = lastChange();
        boolean firstPull = last == 0;
        String me = replica.state("person").orElse("");
        List<TeamServer.Change> notable = new ArrayList<>();
        while (true) {
            List<TeamServer.Change> changes = server.changesAfter(last, PULL_BATCH);
            if (changes.isEmpty()) {
                break;
            }
            long end = changes.get(changes.size() - 1).seq();
            List<ReplicaStore.Remote> records = changes.stream().map(change -> new ReplicaStore.Remote(change.kind(),
                    change.entityId(), change.version(), TeamServer.parse(change.json()), change.json())).toList();
            replica.inTransaction(connection -> {
                replica.applyRemote(records, true);
                replica.setState("last_seq", String.valueOf(end));
                return null;
            });
            if (!firstPull) {
                changes.stream().filter(change -> !change.actor().equals(me) && isNotable(change))
                        .forEach(notable::add);
            }
            tally.pulled += changes.size();
            last = end;
            if (changes.size() < PULL_BATCH) {
                break;
            }
        }
        for (TeamServer.Change change : notable.subList(Math.max(0, notable.size() - NOTICES_PER_PULL),
                notable.size())) {
            String text = liveNotice(change);
            UUID story = change.kind().equals("story") ? UUID.fromString(change.entityId())
                    : change.kind().equals("comment") ? UUID.fromString(String.valueOf(
                    TeamServer.parse(change.json()).get("story_id"))) : null;
            replica.addNotice(story, text, null);
            tally.notices.add(text);
        }
    }

    private static boolean isNotable(TeamServer.Change change) {
        return switch (change.kind()) {
            case "story" -> !change.action().equals("SAVE") && !change.action().equals("CREATE");
            case "comment", "edition" -> true;
            default -> false;
        };
    }

    /** "Ed approved “Fentanyl talks”". */
    private String liveNotice(TeamServer.Change change) {
        Map<String, Object> data = TeamServer.parse(change.json());
        return switch (change.kind()) {
            case "story" -> change.actor() + " " + verb(change.action()) + " \u201c" + data.get("headline") + "\u201d";
            case "comment" -> change.actor() + " commented on \u201c" + replica.snapshot("story",
                    String.valueOf(data.get("story_id"))).map(s -> s.get("headline")).orElse("a story") + "\u201d";
            default -> change.actor() + (change.action().equals("PUBLISH") ? " published" : " changed")
                    + " the edition of " + data.get("date");
        };
    }

    private static String verb(String action) {
        return switch (action) {
            case "SUBMIT" -> "submitted";
            case "WITHDRAW" -> "withdrew";
            case "APPROVE" -> "approved";
            case "RETURN" -> "returned";
            case "SPIKE" -> "spiked";
            case "RESTORE" -> "restored";
            case "PUBLISH" -> "published";
            case "CREATE" -> "created";
            case "ADD" -> "added";
            case "DELETE" -> "deleted";
            default -> "edited";
        };
    }

    private static String describe(String kind, Map<String, Object> record) {
        return switch (kind) {
            case "story" -> "\u201c" + text(record, "headline") + "\u201d";
            case "edition" -> "the edition of " + text(record, "date");
            case "person" -> text(record, "name");
            case "outlet" -> "the outlet " + text(record, "name");
            case "setting" -> "the setting " + text(record, "key");
            case "clip" -> "the clip \u201c" + text(record, "title") + "\u201d";
            default -> "a " + kind;
        };
    }

    private String me() {
        return replica.state("person").orElse("this desk");
    }

    private static String text(Map<String, Object> record, String field) {
        Object value = record.get(field);
        return value == null ? "" : value.toString();
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value));
    }
}
