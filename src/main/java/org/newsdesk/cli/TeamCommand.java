package org.newsdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Console;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsdesk.model.Role;
import org.newsdesk.sync.Credentials;
import org.newsdesk.sync.Logins;
import org.newsdesk.sync.ServerAddress;
import org.newsdesk.sync.SyncException;
import org.newsdesk.sync.TeamSchema;
import org.newsdesk.sync.TeamServer;
import org.newsdesk.sync.TeamSync;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code team …}: one newsroom across many desks, on PostgreSQL; the local file stays the working copy. */
@Command(name = "team",
        description = "Team mode: create or join a newsroom on PostgreSQL, its people, and where this desk stands.",
        subcommands = {TeamCommand.Create.class, TeamCommand.Upgrade.class, TeamCommand.Join.class, TeamCommand.People.class,
                TeamCommand.Status.class, TeamCommand.Password.class})
final class TeamCommand {
    static final ObjectMapper JSON = new ObjectMapper();

    /** Options every command that talks to the server shares: where the password comes from, and TLS. */
    abstract static class ServerCommand extends ActingCommand {
        @Option(names = "--password-file", paramLabel = "FILE",
                description = "A .pgpass-style file (host:port:database:user:password) readable only by you;"
                        + " default $PGPASSFILE, else ~/.pgpass. PGPASSWORD, when set, comes first.")
        Path passwordFile;

        @Option(names = "--without-tls",
                description = "Reach a server that is not on this machine without TLS (only on a network you trust).")
        boolean withoutTls;

        @Option(names = "--new-password-file", paramLabel = "FILE",
                description = "The password you choose in place of a one-time password (or with team password):"
                        + " the first line of FILE, readable only by you. Else $NEWSDESK_NEW_PASSWORD, else you"
                        + " are asked.")
        Path newPasswordFile;

        /** The password the person chooses: from --new-password-file, $NEWSDESK_NEW_PASSWORD, or asked twice. */
        String newPassword() {
            if (newPasswordFile != null) {
                return Credentials.chosenPassword(newPasswordFile);
            }
            String fromEnvironment = System.getenv("NEWSDESK_NEW_PASSWORD");
            if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
                return fromEnvironment;
            }
            Console console = System.console();
            if (console == null) {
                throw new SyncException(TeamSync.ONE_TIME_PASSWORD);
            }
            char[] first = console.readPassword("Choose your own password (at least %d characters): ",
                    Logins.SHORTEST_PASSWORD);
            char[] again = console.readPassword("Type it again: ");
            if (first == null || again == null || !java.util.Arrays.equals(first, again)) {
                throw new CommandFailure("The two passwords differ; nothing changed.");
            }
            return new String(first);
        }

        /**
         * A first connection with a one-time password: the person chooses their own before anything else, and the
         * connection that comes back uses it.
         */
        TeamServer ownPassword(TeamServer connected) {
            boolean[] chose = {false};
            TeamServer server = Logins.replaceOneTimePassword(connected, () -> {
                chose[0] = true;
                return newPassword();
            });
            if (chose[0]) {
                out().println("Your one-time password is used up; from now on sign in with the password you chose"
                        + " (PGPASSWORD, or a line in your password file).");
            }
            return server;
        }

        Credentials credentials() {
            return new Credentials(System.getenv(), passwordFile, () -> {
                Console console = System.console();
                return console == null ? null : console.readPassword("Password for the team server: ");
            });
        }

        TeamServer connect(ServerAddress server, String login) {
            if (!server.isLoopback() && withoutTls) {
                err().println("Warning: talking to " + server + " without TLS, as asked.");
            }
            return ownPassword(TeamServer.connect(server, login, credentials().password(server, login), withoutTls));
        }

        TeamServer connectAsThisDesk() {
            TeamSync team = app().team();
            TeamSync.Link link = team.link().orElseThrow(() -> new SyncException(
                    "This newsroom is not part of a team; use team create or team join first."));
            return ownPassword(TeamServer.connect(link.server(), link.login(),
                    credentials().password(link.server(), link.login()), link.plainText() || withoutTls));
        }

        void printReport(TeamSync.Report report, boolean json) {
            if (json) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("pushed", report.pushed());
                line.put("pulled", report.pulled());
                line.put("conflicts", report.conflicts());
                line.put("notices", report.notices());
                line.put("lastChange", report.lastChange());
                line.put("waiting", report.waiting());
                out().println(json(line));
                return;
            }
            out().printf("Pushed %d %s, pulled %d; %d waiting; newsroom at change %d.%n", report.pushed(),
                    report.pushed() == 1 ? "change" : "changes", report.pulled(), report.waiting(),
                    report.lastChange());
            report.conflicts().forEach(conflict -> out().println("Conflict: " + conflict));
            report.notices().stream().filter(notice -> !report.conflicts().contains(notice))
                    .forEach(notice -> out().println(notice));
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new CommandFailure("Could not write JSON.");
        }
    }

    /** An editor turns this newsroom into a team newsroom on PostgreSQL. */
    @Command(name = "create",
            description = "Create the team schema on a PostgreSQL server (as a login that may create roles) and make"
                    + " this newsroom its first content; you become its first editor.")
    static final class Create extends ServerCommand implements Callable<Integer> {
        @Option(names = "--server", required = true, paramLabel = "URL", description = "postgresql://HOST[:PORT]/DATABASE")
        String server;

        @Option(names = "--user", required = true, paramLabel = "ADMIN", description = "A login with CREATEROLE.")
        String user;

        @Option(names = "--group-roles", paramLabel = "WRITER,EDITOR", split = ",", hidden = true,
                description = "Names of the writer and editor group roles (default newsdesk_writer,newsdesk_editor).")
        String[] groupRoles = {"newsdesk_writer", "newsdesk_editor"};

        @Override
        public Integer call() {
            String founder = actingAs();
            if (!app().people().require(founder).isEditor()) {
                throw new CommandFailure("Only an editor creates a team newsroom; " + founder + " is a writer.");
            }
            ServerAddress address = ServerAddress.parse(server);
            try (TeamServer connection = connect(address, user)) {
                TeamSync.Report report = app().team().create(connection, founder, groupRoles[0], groupRoles[1]);
                app().team().rememberPlainText(withoutTls);
                out().println("Created the team newsroom on " + address + "; " + founder + " is its first editor"
                        + " (login " + user + ").");
                printReport(report, false);
            }
            return 0;
        }
    }

    /** The team newsroom's owner brings its schema up to this version of Newsdesk. */
    @Command(name = "upgrade",
            description = "Bring a team newsroom made by an earlier Newsdesk up to this version's schema (as the"
                    + " login that ran team create); desks keep working meanwhile.")
    static final class Upgrade extends ServerCommand implements Callable<Integer> {
        @Option(names = "--server", required = true, paramLabel = "URL", description = "postgresql://HOST[:PORT]/DATABASE")
        String server;

        @Option(names = "--user", required = true, paramLabel = "ADMIN", description = "The login that owns the schema.")
        String user;

        @Override
        public Integer call() {
            ServerAddress address = ServerAddress.parse(server);
            try (TeamServer connection = connect(address, user)) {
                String version = TeamSchema.upgrade(connection);
                out().println("The team newsroom on " + address + " is at schema version " + version + ".");
            }
            return 0;
        }
    }

    /** A person makes a new local file a replica of the team newsroom. */
    @Command(name = "join",
            description = "Make a new, empty newsroom file a replica of the team newsroom (the first pull of everything).")
    static final class Join extends ServerCommand implements Callable<Integer> {
        @Option(names = "--server", required = true, paramLabel = "URL", description = "postgresql://HOST[:PORT]/DATABASE")
        String server;

        @Option(names = "--user", required = true, paramLabel = "LOGIN", description = "Your own login.")
        String user;

        @Override
        public Integer call() {
            ServerAddress address = ServerAddress.parse(server);
            try (TeamServer connection = connect(address, user)) {
                TeamSync.Report report = app().team().join(connection);
                app().team().rememberPlainText(withoutTls);
                TeamSync.Status status = app().team().status();
                out().println("Joined the team newsroom on " + address + " as " + status.person() + ".");
                printReport(report, false);
            }
            return 0;
        }
    }

    /** People of the team newsroom and their own logins. */
    @Command(name = "people",
            description = "Add a person to the team newsroom or change their role; both print a one-time password.",
            subcommands = {People.Add.class, People.ChangeRole.class})
    static final class People {

        @Command(name = "add",
                description = "Add a person with their own login (editors only); prints a one-time password.")
        static final class Add extends ServerCommand implements Callable<Integer> {
            @Parameters(paramLabel = "NAME", description = "Their display name.")
            String name;

            @Option(names = "--role", required = true, paramLabel = "ROLE", description = "${COMPLETION-CANDIDATES}.")
            Role role;

            @Option(names = "--login", paramLabel = "LOGIN", description = "Their login (default: from the name).")
            String login;

            @Override
            public Integer call() {
                return setPerson(this, name, role, login);
            }
        }

        @Command(name = "role",
                description = "Change a person's role (editors only); prints a new one-time password.")
        static final class ChangeRole extends ServerCommand implements Callable<Integer> {
            @Parameters(paramLabel = "NAME", description = "The person.")
            String name;

            @Option(names = "--role", required = true, paramLabel = "ROLE", description = "${COMPLETION-CANDIDATES}.")
            Role role;

            @Option(names = "--login", paramLabel = "LOGIN", description = "Their login (default: from the name).")
            String login;

            @Override
            public Integer call() {
                return setPerson(this, name, role, login);
            }
        }

        private static int setPerson(ServerCommand command, String name, Role role, String login) {
            String person = name.strip();
            String personLogin = login != null ? login : TeamSync.loginFor(person);
            try (TeamServer connection = command.connectAsThisDesk()) {
                String password = command.app().team().setPerson(connection, person, role.name(), personLogin);
                command.out().println(person + " is " + (role == Role.EDITOR ? "an editor" : "a writer")
                        + " of the team newsroom, login " + personLogin + ".");
                command.out().println("One-time password (shown only now, valid for 7 days; " + person
                        + " chooses their own at the first team join): " + password);
            }
            return 0;
        }
    }

    /** A person changes their own login's password (a one-time password is replaced on any first connection). */
    @Command(name = "password",
            description = "Choose a new password for your own login on the team server (a one-time password must be"
                    + " replaced before anything else).")
    static final class Password extends ServerCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            boolean[] replaced = {false};
            TeamSync team = app().team();
            TeamSync.Link link = team.link().orElseThrow(() -> new SyncException(
                    "This newsroom is not part of a team; use team create or team join first."));
            try (TeamServer connection = Logins.replaceOneTimePassword(TeamServer.connect(link.server(),
                    link.login(), credentials().password(link.server(), link.login()),
                    link.plainText() || withoutTls), () -> {
                        replaced[0] = true;
                        return newPassword();
                    })) {
                if (!replaced[0]) {
                    Logins.choosePassword(connection, newPassword());
                }
            }
            out().println("The password of " + link.login() + " is changed; keep it in PGPASSWORD or your password"
                    + " file for the next sync.");
            return 0;
        }
    }

    /** Where this desk stands with its team. */
    @Command(name = "status",
            description = "The team server, who this desk is, the last sync and how many changes wait to be sent.")
    static final class Status extends DatabaseCommand implements Callable<Integer> {
        @Option(names = "--json", description = "One JSON object instead of text.")
        boolean json;

        @Override
        public Integer call() {
            TeamSync.Status status = app().team().status();
            if (json) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("joined", status.joined());
                line.put("server", status.server());
                line.put("login", status.login());
                line.put("person", status.person());
                line.put("lastSync", status.lastSync() == null ? null : status.lastSync().toString());
                line.put("lastChange", status.lastChange());
                line.put("waiting", status.waiting());
                line.put("problem", status.lastError());
                out().println(json(line));
                return 0;
            }
            if (!status.joined()) {
                out().println("This newsroom is not part of a team.");
                return 0;
            }
            out().println("Server:      " + status.server());
            out().println("Person:      " + status.person() + " (login " + status.login() + ")");
            out().println("Last sync:   " + (status.lastSync() == null ? "never" : status.lastSync().toString()));
            out().println("Last change: " + status.lastChange());
            out().println("Waiting:     " + status.waiting() + (status.waiting() == 1 ? " change" : " changes"));
            if (status.lastError() != null) {
                out().println("Problem:     " + status.lastError());
            }
            return 0;
        }
    }

    /** {@code sync}: push then pull once. */
    @Command(name = "sync",
            description = "Send this desk's waiting changes to the team newsroom, then bring in everyone else's.")
    static final class Sync extends ServerCommand implements Callable<Integer> {
        @Option(names = "--json", description = "One JSON object instead of text.")
        boolean json;

        @Override
        public Integer call() {
            try (TeamServer connection = connectAsThisDesk()) {
                printReport(app().team().sync(connection), json);
            } catch (SyncException e) {
                app().team().recordProblem(e.getMessage());
                throw e;
            }
            return 0;
        }
    }
}
