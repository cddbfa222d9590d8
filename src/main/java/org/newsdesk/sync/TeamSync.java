package org.newsdesk.sync;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.store.ReplicaStore;
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
    private static final int PULL_BATCH = 1000;
    private static final int NOTICES_PER_PULL = 20;

    /**
     * What one sync moved, and what the person should know about; {@code changedElsewhere} names the kinds of record
     * ("story", "wire" …) of the pulled changes that were not this desk's own pushes coming back.
     */
    public record Report(int pushed, int pulled, List<String> conflicts, List<String> notices, long lastChange,
                         int waiting, java.util.Set<String> changedElsewhere) {
    }

    /** Where this desk stands with its team. */
    public record Status(boolean joined, String server, String login, String person, Instant lastSync,
                         long lastChange, int waiting, String lastError) {
    }

    /** How this file reaches its team: the server, the login and the person it is, whether TLS was waived. */
    public record Link(ServerAddress server, String login, String person, boolean plainText) {
    }

    private final ReplicaStore replica;
    private final Push push;
    private final Clock clock;

    public TeamSync(ReplicaStore replica, RevisionStore revisions, Clock clock) {
        this.replica = replica;
        this.push = new Push(replica, new Conflicts(replica, revisions));
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
        TeamSchema.migrate(server, writerRole, editorRole);
        TeamSchema.registerFounder(server, founder);
        remember(server, founder);
        replica.enqueueEverything();
        return sync(server);
    }

    /** Why a login that still has its one-time password can neither join nor sync yet. */
    public static final String ONE_TIME_PASSWORD = "Your login still has its one-time password: choose your own"
            + " first (team join or team password asks for it; a script gives --new-password-file FILE).";

    /** Makes this new, empty file a replica of the team on {@code server}: the first pull of everything. */
    public Report join(TeamServer server) {
        refuseIfJoined();
        int content = replica.countOf("story") + replica.countOf("clip") + replica.countOf("edition");
        if (content > 0) {
            throw new SyncException("team join makes a new, empty newsroom file a replica, and this one already"
                    + " holds " + content + " stories, clips or editions; join with a new --db file.");
        }
        if (Logins.hasOneTimePassword(server)) {
            throw new SyncException(ONE_TIME_PASSWORD);
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
            push.run(server, tally);
            pull(server, tally);
            replica.setState("last_sync_at", Instant.now(clock).toString());
            replica.removeState("last_error");
        } catch (RuntimeException e) {
            RuntimeException said = e instanceof SyncException && e.getCause() instanceof java.sql.SQLException sql
                    && "42501".equals(sql.getSQLState()) && Logins.hasOneTimePassword(server)
                    ? new SyncException(ONE_TIME_PASSWORD, e) : e;
            replica.setState("last_error", said.getMessage() == null ? said.toString() : said.getMessage());
            throw said;
        }
        return report(tally);
    }

    private Report report(Tally tally) {
        return new Report(tally.pushed, tally.pulled, List.copyOf(tally.conflicts), List.copyOf(tally.notices),
                lastChange(), replica.pendingCount(), java.util.Set.copyOf(tally.changedElsewhere));
    }

    /** Pull only: what a notification from the server asks for. */
    public Report pull(TeamServer server) {
        Tally tally = new Tally();
        pull(server, tally);
        return report(tally);
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
        Logins.setPerson(server, name, login, role.toUpperCase(Locale.ROOT), password);
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

    /** What a sync has done so far. */
    static final class Tally {
        int pushed;
        int pulled;
        final java.util.Set<String> changedElsewhere = new java.util.TreeSet<>();
        final java.util.Set<Long> pushedChanges = new java.util.HashSet<>();
        final List<String> conflicts = new ArrayList<>();
        final List<String> notices = new ArrayList<>();
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
                changes.stream().filter(change -> !change.actor().equals(me) && ChangeWords.isNotable(change))
                        .forEach(notable::add);
            }
            tally.pulled += changes.size();
            changes.stream().filter(change -> !tally.pushedChanges.contains(change.seq()))
                    .forEach(change -> tally.changedElsewhere.add(change.kind()));
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

    /** "Ed approved “Fentanyl talks”". */
    private String liveNotice(TeamServer.Change change) {
        Map<String, Object> data = TeamServer.parse(change.json());
        return switch (change.kind()) {
            case "story" -> change.actor() + " " + ChangeWords.verb(change.action()) + " \u201c" + data.get("headline")
                    + "\u201d";
            case "wire" -> change.actor() + " clipped \u201c" + data.get("headline") + "\u201d from the wire";
            case "comment" -> change.actor() + " commented on \u201c" + replica.snapshot("story",
                    String.valueOf(data.get("story_id"))).map(s -> s.get("headline")).orElse("a story") + "\u201d";
            default -> change.actor() + (change.action().equals("PUBLISH") ? " published" : " changed")
                    + " the edition of " + data.get("date");
        };
    }
}
