package org.newsdesk.cli;

import picocli.CommandLine.Command;

/** {@code edition …}: the newsletter's editions. */
@Command(name = "edition", description = "Editions of the newsletter.",
        subcommands = {EditionListCommand.class, EditionCreateCommand.class, EditionAddCommand.class,
                EditionMoveCommand.class, EditionRemoveCommand.class, EditionPublishCommand.class,
                EditionCheckCommand.class, EditionExportCommand.class, EditionPreviewCommand.class,
                EditionCandidatesCommand.class})
final class EditionCommand {
}
