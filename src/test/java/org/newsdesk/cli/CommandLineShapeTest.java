package org.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line as people expect it: help everywhere, --json where something is listed, one way to name a date. */
class CommandLineShapeTest {
    @TempDir
    Path folder;

    private CommandRun run(String... args) {
        return CommandRun.on(folder.resolve("newsroom.db"), args);
    }

    private static List<String> commandPaths() {
        List<String> paths = new ArrayList<>();
        collect(new CommandLine(new NewsdeskCommand(root -> { })), "", paths);
        return paths;
    }

    private static void collect(CommandLine command, String prefix, List<String> paths) {
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            String path = (prefix + " " + sub.getKey()).strip();
            paths.add(path);
            collect(sub.getValue(), path, paths);
        }
    }

    @Test
    void everyCommandAndSubcommandAnswersHelp() {
        List<String> paths = commandPaths();
        assertTrue(paths.contains("story list") && paths.contains("edition add") && paths.size() > 30, paths.toString());
        for (String path : paths) {
            List<String> args = new ArrayList<>(Arrays.asList(path.split(" ")));
            args.add("--help");

            CommandRun help = run(args.toArray(String[]::new));

            assertEquals(0, help.status(), path + " --help: " + help.err());
            assertTrue(help.out().startsWith("Usage: newsdesk " + path), path + ": " + help.out());
        }
    }

    @Test
    void theHelpCommandShowsASubcommandsUsage() {
        CommandRun help = run("help", "story", "list");

        assertEquals(0, help.status(), help.err());
        assertTrue(help.out().startsWith("Usage: newsdesk story list"), help.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"search", "story list", "story show", "story check", "edition list", "edition check",
            "user list", "audit", "settings get", "clip", "clip pending", "story queue", "edition candidates"})
    void everyCommandThatListsOrShowsTakesJson(String path) {
        CommandLine command = new CommandLine(new NewsdeskCommand(root -> { }));
        for (String name : path.split(" ")) {
            command = command.getSubcommands().get(name);
        }

        assertTrue(command.getCommandSpec().findOption("--json") != null, path + " has no --json");
    }

    @Test
    void everyEditionSubcommandNamesItsDateWithTheDateOption() {
        CommandLine edition = new CommandLine(new NewsdeskCommand(root -> { })).getSubcommands().get("edition");
        for (Map.Entry<String, CommandLine> sub : edition.getSubcommands().entrySet()) {
            if (sub.getKey().equals("list") || sub.getKey().equals("help")) {
                continue;
            }
            CommandLine.Model.CommandSpec spec = sub.getValue().getCommandSpec();
            assertTrue(spec.findOption("--date") != null && spec.findOption("--date").required(),
                    "edition " + sub.getKey() + " takes no required --date");
            assertTrue(spec.positionalParameters().stream().noneMatch(p -> p.paramLabel().contains("YYYY")),
                    "edition " + sub.getKey() + " takes the date as a positional parameter");
        }
    }

    @Test
    void listingsComeOutAsJsonLines() {
        run("user", "add", "Ted", "--role", "writer", "--as", "Eve");

        CommandRun people = run("user", "list", "--json", "--as", "Eve");

        assertEquals(new CommandRun(0, "{\"name\":\"Eve\",\"role\":\"EDITOR\"}\n{\"name\":\"Ted\",\"role\":\"WRITER\"}\n", ""),
                people);
    }

    @Test
    void theCompletionScriptIsPicocllisOwnAndKnowsTheSubcommands() {
        CommandRun completion = run("completion");

        assertEquals(0, completion.status(), completion.err());
        assertTrue(completion.out().contains("complete -F _complete_newsdesk"), completion.out());
        assertTrue(completion.out().contains("edition") && completion.out().contains("--json"));
    }
}
