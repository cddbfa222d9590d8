package org.newsdesk.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.geometry.Side;
import javafx.scene.Cursor;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.model.User;

/**
 * Who is at the desk, and handing it to someone else: the name at the top right opens a menu of the newsroom's
 * people (as does Newsroom › Switch person); choosing one switches the desk.
 */
final class PeopleMenu {
    private final Label personLabel;
    private final User person;
    private final Supplier<List<User>> everyone;
    private final Worker worker;
    private final Consumer<String> warning;
    private Consumer<User> switchPerson = next -> { };

    PeopleMenu(Label personLabel, User person, Supplier<List<User>> everyone, Worker worker,
               Consumer<String> warning) {
        this.personLabel = personLabel;
        this.person = person;
        this.everyone = everyone;
        this.worker = worker;
        this.warning = warning;
        personLabel.setText(person.name() + " · " + person.role().label());
        personLabel.setGraphic(new FontIcon(Feather.USER));
        // On a shared computer the name opens a menu of the newsroom's people: choosing one switches the desk.
        personLabel.setCursor(Cursor.HAND);
        personLabel.setTooltip(new Tooltip("Switch person"));
        personLabel.setOnMouseClicked(click -> showPeopleMenu());
        personLabel.setFocusTraversable(true);
        personLabel.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER || key.getCode() == KeyCode.SPACE) {
                showPeopleMenu();
            }
        });
    }

    /** What choosing another person does; adds Switch person to {@code newsroom}. */
    void onSwitchPerson(Consumer<User> switchTo, Menu newsroom) {
        this.switchPerson = switchTo;
        Menu people = new Menu("Switch _person");
        people.setId("switchPersonMenu");
        people.setOnShowing(showing -> fillPeople(people.getItems(), () -> { }));
        people.getItems().add(new MenuItem("…"));
        newsroom.getItems().add(people);
    }

    private void showPeopleMenu() {
        ContextMenu menu = new ContextMenu();
        menu.setId("peopleMenu");
        fillPeople(menu.getItems(), () -> menu.show(personLabel, Side.BOTTOM, 0, 4));
    }

    /** Fills {@code items} with the newsroom's people (read off the FX thread); the person at the desk is ticked. */
    private void fillPeople(ObservableList<MenuItem> items, Runnable then) {
        worker.run(everyone::get, people -> {
            items.clear();
            for (User other : people) {
                CheckMenuItem item = new CheckMenuItem(other.name() + " \u00B7 " + other.role().label());
                item.setSelected(other.name().equals(person.name()));
                item.setOnAction(click -> {
                    if (!other.name().equals(person.name())) {
                        switchPerson.accept(other);
                    } else {
                        item.setSelected(true);
                    }
                });
                items.add(item);
            }
            then.run();
        }, error -> warning.accept("Could not read the newsroom's people: " + error.getMessage()));
    }
}
