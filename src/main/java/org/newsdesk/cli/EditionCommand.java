package org.newsdesk.cli;

import picocli.CommandLine.Command;

/** {@code edition …}: the newsletter's editions. */
@Command(name = "edition", description = "Editions of the newsletter.",
        subcommands = {EditionListCommand.class, EditionCheckCommand.class})
final class EditionCommand {
}
