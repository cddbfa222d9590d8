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

    /**
     * Who is at the desk: the person asked for ({@code --as}) when the newsroom has them, else the one last used
     * in this newsroom on this machine, else as {@link #choose(PeopleService, Optional, String)}; a window asks
     * first when {@link #mustAsk} says so.
     */
    public static Optional<User> choose(PeopleService people, Optional<String> asked, Optional<String> lastHere,
                                        String systemUser) {
        Optional<User> wanted = asked.flatMap(people::find);
        if (wanted.isPresent()) {
            return wanted;
        }
        return choose(people, lastHere, systemUser);
    }

    /**
     * Whether to ask who is at the desk: a shared computer that never opened this newsroom, which has more than one
     * person, and nobody asked for by name.
     */
    public static boolean mustAsk(PeopleService people, Optional<String> asked, Optional<String> lastHere) {
        return asked.flatMap(people::find).isEmpty() && lastHere.flatMap(people::find).isEmpty()
                && people.all().size() > 1;
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
