package org.newsdesk.app;

import org.newsdesk.model.User;
import org.newsdesk.store.Database;

/** A new newsroom's first moments: whether anyone is in it yet, and welcoming its first person (an editor). */
public final class FirstRun {
    private final Database database;
    private final PeopleService people;
    private final DemoContent demo;

    public FirstRun(Database database, PeopleService people, DemoContent demo) {
        this.database = database;
        this.people = people;
        this.demo = demo;
    }

    /** Whether the greeting should be shown: no one has joined this newsroom yet. */
    public boolean isNeeded() {
        return !people.hasAnyone();
    }

    /**
     * Makes {@code name} the newsroom's first person, an editor, and adds the demo newsroom when asked, all in one
     * transaction.
     *
     * @throws org.newsdesk.workflow.WorkflowException when the name is blank or someone has joined already
     */
    public User welcome(String name, boolean withDemo) {
        return database.write(connection -> {
            User first = people.welcome(name);
            if (withDemo) {
                demo.create(first.name());
            }
            return first;
        });
    }
}
