package org.newsdesk.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The one way every {@code edition} subcommand names its edition: {@code --date YYYY-MM-DD}. */
final class EditionDate {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private LocalDate date;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The edition's date.")
    void date(String text) {
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "\"" + text + "\" is not a date; write it as"
                    + " YYYY-MM-DD.");
        }
    }

    LocalDate value() {
        return date;
    }
}
