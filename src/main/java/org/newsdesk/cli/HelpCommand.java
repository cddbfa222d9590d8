package org.newsdesk.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code help [COMMAND…]}: the usage of newsdesk, or of any command or subcommand, such as {@code help story list}. */
@Command(name = "help", helpCommand = true,
        description = "Show the usage of newsdesk or of a command, such as: newsdesk help story list.")
final class HelpCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "COMMAND", description = "The command, and subcommand, to explain.")
    List<String> names;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine command = spec.root().commandLine();
        for (String name : names == null ? List.<String>of() : names) {
            CommandLine sub = command.getSubcommands().get(name);
            if (sub == null) {
                throw new CommandFailure("There is no command " + String.join(" ", names) + "; newsdesk help lists"
                        + " them all.");
            }
            command = sub;
        }
        command.usage(spec.commandLine().getOut());
        return 0;
    }
}
