package org.newsdesk.ui;

import java.util.Optional;
import org.newsdesk.app.PeopleService;
import org.newsdesk.model.User;

/**
 * Who is at the desk when the app starts: the person last used on this machine, else the one named like the
 * operating-system user, else the first editor. Empty when the newsroom has no one yet (the welcome asks).
 */
public final class PersonChoice {
    private PersonChoice() {
    }

    public static Optional<User> choose(PeopleService people, Optional<String> lastPerson, String systemUser) {
        if (!people.hasAnyone()) {
            return Optional.empty();
        }
        return lastPerson.flatMap(people::find)
                .or(() -> systemUser == null || systemUser.isBlank() ? Optional.empty() : people.find(systemUser))
                .or(people::firstEditor);
    }
}
