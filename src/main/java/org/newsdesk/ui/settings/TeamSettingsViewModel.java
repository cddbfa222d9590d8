package org.newsdesk.ui.settings;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.newsdesk.app.TeamService;
import org.newsdesk.model.Role;
import org.newsdesk.sync.TeamSync;
import org.newsdesk.ui.Worker;

/**
 * Settings › Team: where this newsroom stands with a team, and the same as {@code team create}, {@code team join}
 * and {@code team people add|role}. The server is reached on the team's own thread, never the window's.
 */
public final class TeamSettingsViewModel {
    private final TeamService team;
    private final Worker worker;
    private final String actor;
    private final StringProperty server = new SimpleStringProperty("postgresql://localhost:5432/newsroom");
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty personName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper joined = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public TeamSettingsViewModel(TeamService team, Worker worker, String actor) {
        this.team = team;
        this.worker = worker;
        this.actor = actor;
    }

    public StringProperty serverProperty() {
        return server;
    }

    public StringProperty loginProperty() {
        return login;
    }

    /** The name of the person to add or whose role changes. */
    public StringProperty personNameProperty() {
        return personName;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty joinedProperty() {
        return joined.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void load() {
        worker.run(team::status, this::show, failed -> message.set(failed.getMessage()));
    }

    private void show(TeamSync.Status now) {
        joined.set(now.joined());
        status.set(!now.joined() ? "This newsroom is not part of a team."
                : "Part of the team at " + now.server() + " as " + now.person() + " (login " + now.login() + ")."
                + " Last sync: " + (now.lastSync() == null ? "never" : now.lastSync()) + "; " + now.waiting()
                + (now.waiting() == 1 ? " change" : " changes") + " waiting.");
    }

    /** Creates the team on the server as {@code login} with {@code password} (not kept beyond this session). */
    public void create(String password) {
        follow(team.create(server.get(), login.get().strip(), password, actor));
    }

    /**
     * Joins the team as the login typed, with {@code password}: the one-time password an editor printed, or the
     * person's own. With a one-time password, {@code newPassword} (typed twice, the same both times) becomes the
     * person's own; the team's rules say how long it must be.
     */
    public void join(String password, String newPassword, String repeated) {
        String chosen = newPassword == null ? "" : newPassword;
        if (!chosen.equals(repeated == null ? "" : repeated)) {
            message.set("The two new passwords differ; type the same one twice.");
            return;
        }
        follow(team.join(server.get(), login.get().strip(), password, chosen.isEmpty() ? null : chosen));
    }

    /** The shortest password a person may choose, for the join form's hint. */
    public static int shortestPassword() {
        return org.newsdesk.sync.Logins.SHORTEST_PASSWORD;
    }

    /** Adds the person named in {@link #personNameProperty()}, or changes their role; shows the one-time password. */
    public void setPerson(Role role) {
        if (personName.get() == null || personName.get().isBlank()) {
            message.set("Type the person's name first.");
            return;
        }
        follow(team.setPerson(personName.get(), role));
    }

    /** The answer comes on the team's thread; the worker hands it to the window's thread with the new status. */
    private void follow(CompletableFuture<String> answer) {
        busy.set(true);
        answer.whenComplete((sentence, failure) -> worker.run(() -> team.status(), now -> {
            message.set(failure == null ? sentence : reason(failure));
            show(now);
            busy.set(false);
        }, failed -> {
            busy.set(false);
            message.set(failure == null ? sentence : reason(failure));
        }));
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (TeamSync.ONE_TIME_PASSWORD.equals(cause.getMessage())) {
            return "This login still has its one-time password: choose your own in \"Your own password\" (twice),"
                    + " then join again.";
        }
        return cause.getMessage() == null ? "Something went wrong (" + cause.getClass().getSimpleName() + ")."
                : cause.getMessage();
    }
}
