package org.newsdesk.app;

import java.util.List;
import java.util.Optional;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.store.AuditTrail;
import org.newsdesk.store.Database;
import org.newsdesk.store.UserStore;
import org.newsdesk.workflow.Permissions;
import org.newsdesk.workflow.WorkflowException;

/** The people of the newsroom: who is who, the first editor of a new database, and changes of role. */
public final class PeopleService {
    private final Database database;
    private final UserStore users;
    private final AuditTrail audit;

    public PeopleService(Database database, UserStore users, AuditTrail audit) {
        this.database = database;
        this.users = users;
        this.audit = audit;
    }

    public Optional<User> find(String name) {
        return name == null || name.isBlank() ? Optional.empty() : users.find(name.strip());
    }

    /** Everyone, in the order they joined. */
    public List<User> all() {
        return users.all();
    }

    /** The first editor of the newsroom, else its first person; empty when it has no one. */
    public Optional<User> firstEditor() {
        List<User> everyone = all();
        return everyone.stream().filter(User::isEditor).findFirst().or(() -> everyone.stream().findFirst());
    }

    public boolean hasAnyone() {
        return !users.all().isEmpty();
    }

    /** Makes {@code name} the first person of a new database, an editor; refused once anyone is there. */
    public User welcome(String name) {
        String cleaned = cleanName(name);
        return database.write(connection -> {
            if (hasAnyone()) {
                throw new WorkflowException("This newsroom already has people; an editor adds newcomers.");
            }
            User first = users.add(new User(cleaned, Role.EDITOR));
            audit.append(cleaned, "user.add", cleaned, "joined as the first person of the newsroom, an editor");
            return first;
        });
    }

    /** Adds {@code name} with {@code role}; only editors add people. */
    public User add(String actor, String name, Role role) {
        String cleaned = cleanName(name);
        return database.write(connection -> {
            User editor = require(actor);
            refuseUnless(Permissions.peopleRefusal(editor));
            find(cleaned).ifPresent(existing -> {
                throw new WorkflowException("There is already someone called " + existing.name() + ".");
            });
            User added = users.add(new User(cleaned, role));
            audit.append(editor.name(), "user.add", cleaned, "added as " + article(role) + " " + lower(role));
            return added;
        });
    }

    /** Gives {@code name} the role {@code role}; only editors change roles, and the last editor stays one. */
    public User changeRole(String actor, String name, Role role) {
        return database.write(connection -> {
            User editor = require(actor);
            refuseUnless(Permissions.peopleRefusal(editor));
            User person = require(name);
            if (person.role() == role) {
                return person;
            }
            if (person.isEditor() && users.all().stream().filter(User::isEditor).count() == 1) {
                throw new WorkflowException("The newsroom needs at least one editor, and " + person.name()
                        + " is the only one.");
            }
            users.setRole(person.name(), role);
            audit.append(editor.name(), "user.role", person.name(), lower(person.role()) + " → " + lower(role));
            return new User(person.name(), role);
        });
    }

    /** The person called {@code name}; throws {@link WorkflowException} when there is no one by that name. */
    public User require(String name) {
        return find(name).orElseThrow(() -> new WorkflowException("There is no one called "
                + (name == null ? "" : name.strip()) + " in this newsroom; an editor can add them with user add."));
    }

    private static String cleanName(String name) {
        if (name == null || name.isBlank()) {
            throw new WorkflowException("A person needs a name.");
        }
        return name.strip();
    }

    private static void refuseUnless(Optional<String> refusal) {
        refusal.ifPresent(rule -> {
            throw new WorkflowException(rule);
        });
    }

    private static String lower(Role role) {
        return role.label().toLowerCase(java.util.Locale.ROOT);
    }

    private static String article(Role role) {
        return role == Role.EDITOR ? "an" : "a";
    }
}
