package org.newsdesk.cli;

import picocli.CommandLine.Command;

/** {@code story …}: stories and story packages. */
@Command(name = "story", description = "Stories: list, check, import and export story packages.",
        subcommands = {StoryListCommand.class, StoryImportCommand.class, StoryExportCommand.class,
            StoryCheckCommand.class})
final class StoryCommand {
}
