package org.newsdesk.ui.firstrun;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.newsdesk.app.FirstRun;
import org.newsdesk.model.User;
import org.newsdesk.ui.Worker;

/** The first-run greeting's state: the newcomer's name, whether to add the demo newsroom, and the outcome. */
public final class FirstRunViewModel {
    private final FirstRun firstRun;
    private final Worker worker;
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty withDemo = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<User> welcomed = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canStart =
            Bindings.createBooleanBinding(() -> !name.get().isBlank() && !busy.get(), name, busy);

    public FirstRunViewModel(FirstRun firstRun, Worker worker, String suggestedName) {
        this.firstRun = firstRun;
        this.worker = worker;
        this.name.set(suggestedName == null ? "" : suggestedName);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public BooleanProperty withDemoProperty() {
        return withDemo;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    /** The person welcomed, once {@link #start} has succeeded. */
    public ReadOnlyObjectProperty<User> welcomedProperty() {
        return welcomed.getReadOnlyProperty();
    }

    /** Welcomes the newcomer as the newsroom's first editor, with the demo when it is ticked. */
    public void start() {
        if (!canStart.get()) {
            return;
        }
        busy.set(true);
        message.set(withDemo.get() ? "Setting up your newsroom and its demo…" : "Setting up your newsroom…");
        boolean demo = withDemo.get();
        worker.run(() -> firstRun.welcome(name.get(), demo), user -> {
            busy.set(false);
            message.set("Welcome, " + user.name() + ".");
            welcomed.set(user);
        }, error -> {
            busy.set(false);
            message.set(error.getMessage() == null ? "Could not set up the newsroom." : error.getMessage());
        });
    }
}
