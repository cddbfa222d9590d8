package org.newsdesk.cli;

import java.util.concurrent.Callable;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code user …}: the people of the newsroom and their roles. */
@Command(name = "user", description = "People of the newsroom: list, add, change a role.",
        subcommands = {UserCommand.ListPeople.class, UserCommand.Add.class, UserCommand.ChangeRole.class})
final class UserCommand {

    /** Everyone in the newsroom with their role. */
    @Command(name = "list", description = "List everyone with their role (on a new newsroom, --as NAME joins first).")
    static final class ListPeople extends ActingCommand implements Callable<Integer> {
        @Option(names = "--json", description = "One JSON line per person: {name, role}.")
        boolean json;

        @Override
        public Integer call() {
            if (!app().people().hasAnyone()) {
                actingAs();
            }
            for (User user : app().people().all()) {
                out().println(json ? JsonOut.line(user) : String.format("%-20s %s", user.name(),
                        user.role().label()));
            }
            return 0;
        }
    }

    /** An editor adds a person with a role. */
    @Command(name = "add", description = "Add a person (editors only).")
    static final class Add extends ActingCommand implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "Their display name.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "${COMPLETION-CANDIDATES}.")
        Role role;

        @Override
        public Integer call() {
            User added = app().people().add(actingAs(), name, role);
            out().println("Added " + added.name() + " as " + added.role().label().toLowerCase(java.util.Locale.ROOT)
                    + ".");
            return 0;
        }
    }

    /** An editor changes a person's role. */
    @Command(name = "role", description = "Change a person's role (editors only).")
    static final class ChangeRole extends ActingCommand implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "The person.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "${COMPLETION-CANDIDATES}.")
        Role role;

        @Override
        public Integer call() {
            User changed = app().people().changeRole(actingAs(), name, role);
            out().println(changed.name() + " is now " + changed.role().label().toLowerCase(java.util.Locale.ROOT)
                    + ".");
            return 0;
        }
    }
}
