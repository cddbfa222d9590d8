package org.newsdesk.ui.settings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsdesk.app.BackupService;
import org.newsdesk.app.DatabaseFile;
import org.newsdesk.app.PeopleService;
import org.newsdesk.app.BackupService.Backup;
import org.newsdesk.app.DemoContent;
import org.newsdesk.app.SettingsService;
import org.newsdesk.model.NewsroomSettings;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.ui.Worker;

/**
 * The settings screen's state: every newsroom setting as editable text, the outlets, the people and their roles,
 * the demo newsroom and the backups; every change goes through the app services on the worker.
 */
public final class SettingsViewModel {
    private final SettingsService settingsService;
    private final PeopleService peopleService;
    private final DemoContent demo;
    private final BackupService backupService;
    private final DatabaseFile file;
    private final Worker worker;
    private final String actor;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final ObservableList<Outlet> outlets = FXCollections.observableArrayList();
    private final ObservableList<User> people = FXCollections.observableArrayList();
    private final ObservableList<Backup> backups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper demoPresent = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canManagePeople = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(false);

    /** {@code actor} is the person at the keyboard: editors manage people, everyone else sees them. */
    public SettingsViewModel(SettingsService settings, PeopleService people, DemoContent demo, BackupService backups,
                             DatabaseFile file, Worker worker, String actor) {
        this.settingsService = settings;
        this.peopleService = people;
        this.demo = demo;
        this.backupService = backups;
        this.file = file;
        this.worker = worker;
        this.actor = actor;
        for (String key : NewsroomSettings.KEYS) {
            values.put(key, new SimpleStringProperty(""));
        }
        readOnly.set(file.isReadOnly());
    }

    /** The editable text of the setting {@code key} (one of {@link NewsroomSettings#KEYS}). */
    public StringProperty valueProperty(String key) {
        StringProperty value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("There is no setting called " + key + ".");
        }
        return value;
    }

    public ObservableList<Outlet> outlets() {
        return outlets;
    }

    public ObservableList<User> people() {
        return people;
    }

    /** This database's backups, newest first. */
    public ObservableList<Backup> backups() {
        return backups;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty demoPresentProperty() {
        return demoPresent.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canManagePeopleProperty() {
        return canManagePeople.getReadOnlyProperty();
    }

    /** Whether this window opened the newsroom read-only (another window writes to it). */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** What the screen shows, read in one go. */
    private record Snapshot(Map<String, String> settings, List<Outlet> outlets, List<User> people,
                            boolean demoPresent, boolean editor, List<Backup> backups) {
    }

    /** Reads everything the screen shows. */
    public void load() {
        busy.set(true);
        worker.run(this::snapshot, this::show, this::report);
    }

    private Snapshot snapshot() {
        SettingsService settings = settingsService;
        boolean editor = peopleService.find(actor).map(User::isEditor).orElse(false);
        List<Backup> found;
        try {
            found = file.path() == null ? List.of() : backupService.backups();
        } catch (RuntimeException e) {
            found = List.of();
        }
        return new Snapshot(settings.all(), settings.outlets(), peopleService.all(), demo.isPresent(), editor,
                found);
    }

    private void show(Snapshot snapshot) {
        snapshot.settings().forEach((key, value) -> {
            if (values.containsKey(key)) {
                values.get(key).set(value);
            }
        });
        outlets.setAll(snapshot.outlets());
        people.setAll(snapshot.people());
        backups.setAll(snapshot.backups());
        demoPresent.set(snapshot.demoPresent());
        canManagePeople.set(snapshot.editor() && !readOnly.get());
        busy.set(false);
    }

    /** Checks every setting and stores them all, or none when one is refused (the message names it). */
    public void save() {
        Map<String, String> edited = new LinkedHashMap<>();
        values.forEach((key, value) -> edited.put(key, value.get() == null ? "" : value.get()));
        run(() -> {
            Map<String, String> checked = new LinkedHashMap<>();
            Map<String, String> stored = settingsService.all();
            // unchanged values are not checked again, as the service does on save
            edited.forEach((key, value) -> checked.put(key,
                    value.strip().equals(stored.get(key)) ? stored.get(key) : SettingsService.normalise(key, value)));
            settingsService.save(actor, NewsroomSettings.fromMap(checked));
            return "Settings saved.";
        });
    }

    /** Adds an outlet or changes the one of the same name. */
    public void saveOutlet(String name, String attribution, String domains) {
        run(() -> {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("An outlet needs a name.");
            }
            Outlet saved = settingsService.saveOutlet(actor,
                    new Outlet(name.strip(), attribution, List.of(domains == null ? new String[0]
                            : domains.strip().split("[;,\\s]+"))));
            return "Saved " + saved.name() + ".";
        });
    }

    public void deleteOutlet(Outlet outlet) {
        run(() -> {
            settingsService.deleteOutlet(actor, outlet.name());
            return "Removed " + outlet.name() + ".";
        });
    }

    /** Imports outlets from a CSV file (name,attribution,domains), all or nothing. */
    public void importOutlets(Path file) {
        run(() -> "Imported " + file.getFileName() + ": " + settingsService
                .importOutlets(actor, Files.readString(file, StandardCharsets.UTF_8)).describe() + ".");
    }

    /** Writes every outlet to a CSV file. */
    public void exportOutlets(Path file) {
        run(() -> {
            Path target = file.toAbsolutePath();
            Path temporary = Files.createTempFile(target.getParent(), ".newsdesk-outlets", ".csv");
            try {
                Files.writeString(temporary, settingsService.exportOutlets(), StandardCharsets.UTF_8);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return "Wrote " + target.getFileName() + ".";
        });
    }

    public void addPerson(String name, Role role) {
        run(() -> "Added " + peopleService.add(actor, name, role).name() + ".");
    }

    public void changeRole(String name, Role role) {
        run(() -> {
            User changed = peopleService.changeRole(actor, name, role);
            return changed.name() + " is now " + (role == Role.EDITOR ? "an editor." : "a writer.");
        });
    }

    /** Adds the demo newsroom (a clip, a story and an edition marked [Demo]). */
    public void addDemo() {
        run(() -> {
            demo.create(actor);
            return "Added the demo newsroom.";
        });
    }

    /** Removes exactly the demo records, and nothing else. */
    public void removeDemo() {
        run(() -> {
            DemoContent.Removal removal = demo.remove(actor);
            return "Removed the demo newsroom" + (removal.keptClip().isPresent()
                    ? "; its clip stays because one of your stories uses it." : ".");
        });
    }

    public void backUpNow() {
        run(() -> "Backed up to " + backupService.backUp().file().getFileName() + ".");
    }

    /** Runs a change on the worker, then reloads the screen and shows the change's sentence or the refusal. */
    private void run(Callable<String> change) {
        busy.set(true);
        message.set("");
        worker.run(() -> new Outcome(change.call(), snapshot()), outcome -> {
            show(outcome.snapshot());
            message.set(outcome.sentence());
        }, this::report);
    }

    /** A change's sentence and the screen's contents after it. */
    private record Outcome(String sentence, Snapshot snapshot) {
    }

    private void report(Throwable error) {
        busy.set(false);
        message.set(error.getMessage() == null ? "Something went wrong (" + error.getClass().getSimpleName() + ")."
                : error.getMessage());
    }
}
