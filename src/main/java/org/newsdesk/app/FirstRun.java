package org.newsdesk.app;

import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.store.AuditStore;
import org.newsdesk.store.Database;
import org.newsdesk.store.UserStore;

/** A new newsroom's first moments: whether anyone is in it yet, and welcoming its first person (an editor). */
public final class FirstRun {
    private final Database database;
    private final UserStore users;
    private final AuditStore audit;
    private final DemoNewsroom demo;

    public FirstRun(Database database, UserStore users, AuditStore audit, DemoNewsroom demo) {
        this.database = database;
        this.users = users;
        this.audit = audit;
        this.demo = demo;
    }

    /** Whether the greeting should be shown: no one has joined this newsroom yet. */
    public boolean isNeeded() {
        return users.all().isEmpty();
    }

    /**
     * Makes {@code name} the newsroom's first person, an editor, and adds the demo newsroom when asked, all in one
     * transaction.
     *
     * @throws IllegalArgumentException when the name is blank
     * @throws IllegalStateException when someone has joined already
     */
    public User welcome(String name, boolean withDemo) {
        String cleaned = name == null ? "" : name.strip();
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("Please give your name; it goes on everything you write.");
        }
        return database.write(connection -> {
            if (!users.all().isEmpty()) {
                throw new IllegalStateException("This newsroom already has people in it; ask an editor to add you.");
            }
            User first = users.add(new User(cleaned, Role.EDITOR));
            audit.append(cleaned, "person.welcome", cleaned, Role.EDITOR.name());
            if (withDemo) {
                demo.create(cleaned);
            }
            return first;
        });
    }
}
