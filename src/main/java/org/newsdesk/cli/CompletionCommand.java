package org.newsdesk.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code completion}: prints a bash/zsh completion script for every command and option, made by picocli's own
 * generator from the command tree itself, so it never falls behind the commands.
 */
@Command(name = "completion", description = {"Print a shell completion script for bash and zsh.",
        "Load it now with: source <(newsdesk completion)",
        "or keep it: newsdesk completion > ~/.local/share/bash-completion/completions/newsdesk"})
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String script = AutoComplete.bash(spec.root().name(), spec.root().commandLine());
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
