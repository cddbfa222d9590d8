package org.newsdesk.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.newsdesk.app.PeopleService;
import org.newsdesk.model.Edition;
import org.newsdesk.model.Section;
import org.newsdesk.model.Story;
import org.newsdesk.model.User;

/**
 * A command done as someone ({@code --as NAME}): on a newsroom with no people yet, the first name becomes its
 * first editor; otherwise an unknown name is refused.
 */
abstract class ActingCommand extends DatabaseCommand {

    /** The acting person's name as the newsroom spells it. */
    String actingAs() {
        PeopleService people = app().people();
        if (!people.hasAnyone()) {
            User first = people.welcome(actor());
            err().println("Welcome, " + first.name() + ": you are the first person in this newsroom, an editor.");
            return first.name();
        }
        return people.require(actor()).name();
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CommandFailure("\"" + text + "\" is not a date; write it as YYYY-MM-DD.");
        }
    }

    /** Prints the edition's stories in reading order, section by section. */
    void printEdition(Edition edition) {
        int count = edition.storyIds().size();
        out().printf("Edition of %s (%s)%s: %d %s%n", edition.date(), edition.status().name().toLowerCase(Locale.ROOT),
                edition.title().isEmpty() ? "" : " \"" + edition.title() + "\"", count, count == 1 ? "story" : "stories");
        int number = 1;
        for (Section section : edition.sections()) {
            out().println("  " + (section.name().isEmpty() ? "(no section)" : section.name()));
            for (Story story : app().storyService().findAll(section.storyIds())) {
                out().printf("    %2d. %s  %-9s  %s%n", number++, story.id(), story.status().name(),
                        story.headline());
            }
        }
    }
}
