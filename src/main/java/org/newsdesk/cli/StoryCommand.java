package org.newsdesk.cli;

import picocli.CommandLine.Command;

/** {@code story …}: stories and story packages. */
@Command(name = "story", description = "Stories: list, check, import and export story packages.",
        subcommands = {StoryListCommand.class, StoryImportCommand.class, StoryExportCommand.class,
                StoryShowCommand.class, StoryWriteCommands.New.class, StoryWriteCommands.Edit.class,
                StoryWriteCommands.AddComment.class, StoryActionCommands.Submit.class,
                StoryActionCommands.Withdraw.class, StoryActionCommands.Approve.class, StoryActionCommands.Return.class,
                StoryActionCommands.Spike.class, StoryActionCommands.Restore.class, StoryDiffCommand.class,
                StoryCheckCommand.class, StoryQueueCommand.class})
final class StoryCommand {
}
