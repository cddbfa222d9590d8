package org.newsdesk.ui.settings;

import java.io.File;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.newsdesk.app.BackupService;
import org.newsdesk.app.BackupService.Backup;
import org.newsdesk.model.NewsroomSettings;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.ui.TimeLabels;

/**
 * The settings screen's own sections: the newsletter's settings, the outlets' house-style names (with CSV import and
 * export), the people and their roles (editors change them), the demo newsroom and the backups.
 */
final class SettingsPages {
    private final SettingsViewModel viewModel;
    private final Supplier<Window> owner;

    /** @param owner the settings window, for the file and folder choosers */
    SettingsPages(SettingsViewModel viewModel, Supplier<Window> owner) {
        this.viewModel = viewModel;
        this.owner = owner;
    }

    Node newsletter() {
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.setPadding(new Insets(16));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        row = field(form, row, "Newsletter name", NewsroomSettings.KEY_NEWSLETTER_NAME, "Crime and Justice News");
        row = field(form, row, "Tagline", NewsroomSettings.KEY_TAGLINE, "A daily report on crime and justice");
        row = field(form, row, "Sponsor line", NewsroomSettings.KEY_SPONSOR_LINE, "Co-sponsored by …");
        row = field(form, row, "Archive web address", NewsroomSettings.KEY_WEB_ADDRESS, "https://news.example.org/");
        row = field(form, row, "Sender name", NewsroomSettings.KEY_SENDER_NAME, "The editors");
        row = field(form, row, "Size budget (KB)", NewsroomSettings.KEY_SIZE_BUDGET_KB, "90");
        row = field(form, row, "Template folder", NewsroomSettings.KEY_TEMPLATE_FOLDER, "(the built-in templates)");
        row = field(form, row, "Default sections", NewsroomSettings.KEY_DEFAULT_SECTIONS, "Top stories, Courts");
        row = field(form, row, "Word-count target", NewsroomSettings.KEY_WORD_TARGET, "150-250");
        Button chooseFolderButton = new Button("Choose…");
        chooseFolderButton.setId("chooseFolderButton");
        chooseFolderButton.setOnAction(event -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Template folder");
            File folder = chooser.showDialog(owner.get());
            if (folder != null) {
                viewModel.valueProperty(NewsroomSettings.KEY_TEMPLATE_FOLDER).set(folder.getAbsolutePath());
            }
        });
        form.add(chooseFolderButton, 2, 6);
        Button saveButton = new Button("Save settings");
        saveButton.setId("saveButton");
        saveButton.setDefaultButton(true);
        saveButton.disableProperty().bind(viewModel.readOnlyProperty());
        saveButton.setOnAction(event -> viewModel.save());
        form.add(saveButton, 1, row);
        return form;
    }

    private int field(GridPane form, int row, String label, String key, String prompt) {
        TextField field = new TextField();
        field.setId(key.replace('.', '-') + "-field");
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(viewModel.valueProperty(key));
        field.editableProperty().bind(viewModel.readOnlyProperty().not());
        form.add(new Label(label), 0, row);
        form.add(field, 1, row);
        return row + 1;
    }

    Node outlets() {
        TableView<Outlet> table = new TableView<>(viewModel.outlets());
        table.setId("outletTable");
        table.getColumns().add(column("Name", Outlet::name, 220));
        table.getColumns().add(column("Attribution in prose", Outlet::attribution, 220));
        table.getColumns().add(column("Domains", outlet -> String.join(" ", outlet.domains()), 240));
        table.setPlaceholder(new Label("No outlets yet: add one below or import a CSV file."));
        TextField nameField = new TextField();
        nameField.setId("outletNameField");
        nameField.setPromptText("The Wall Street Journal");
        TextField attributionField = new TextField();
        attributionField.setId("outletAttributionField");
        attributionField.setPromptText("the Wall Street Journal");
        TextField domainsField = new TextField();
        domainsField.setId("outletDomainsField");
        domainsField.setPromptText("wsj.com");
        table.getSelectionModel().selectedItemProperty().addListener((property, before, outlet) -> {
            if (outlet != null) {
                nameField.setText(outlet.name());
                attributionField.setText(outlet.attribution());
                domainsField.setText(String.join(" ", outlet.domains()));
            }
        });
        Button saveOutletButton = new Button("Save outlet");
        saveOutletButton.setId("saveOutletButton");
        saveOutletButton.setOnAction(event ->
                viewModel.saveOutlet(nameField.getText(), attributionField.getText(), domainsField.getText()));
        Button removeOutletButton = new Button("Remove");
        removeOutletButton.setId("removeOutletButton");
        removeOutletButton.setOnAction(event -> viewModel.deleteOutlet(table.getSelectionModel().getSelectedItem()));
        Button importButton = new Button("Import CSV…");
        importButton.setId("importOutletsButton");
        importButton.setOnAction(event -> {
            File file = csvChooser("Import outlets").showOpenDialog(owner.get());
            if (file != null) {
                viewModel.importOutlets(file.toPath());
            }
        });
        Button exportButton = new Button("Export CSV…");
        exportButton.setId("exportOutletsButton");
        exportButton.setOnAction(event -> {
            FileChooser chooser = csvChooser("Export outlets");
            chooser.setInitialFileName("outlets.csv");
            File file = chooser.showSaveDialog(owner.get());
            if (file != null) {
                viewModel.exportOutlets(file.toPath());
            }
        });
        for (Node change : new Node[] {saveOutletButton, removeOutletButton, importButton}) {
            change.disableProperty().bind(change == removeOutletButton
                    ? table.getSelectionModel().selectedItemProperty().isNull().or(viewModel.readOnlyProperty())
                    : viewModel.readOnlyProperty());
        }
        HBox.setHgrow(nameField, Priority.ALWAYS);
        HBox.setHgrow(attributionField, Priority.ALWAYS);
        HBox.setHgrow(domainsField, Priority.ALWAYS);
        HBox editor = new HBox(8, nameField, attributionField, domainsField, saveOutletButton, removeOutletButton);
        HBox csv = new HBox(8, new Label("CSV columns: name, attribution, domains (separated by spaces or"
                + " semicolons)."), importButton, exportButton);
        VBox box = new VBox(10, table, editor, csv);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(16));
        return box;
    }

    private static FileChooser csvChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        return chooser;
    }

    Node people() {
        TableView<User> table = new TableView<>(viewModel.people());
        table.setId("peopleTable");
        table.getColumns().add(column("Name", User::name, 300));
        table.getColumns().add(column("Role", user -> user.role().label(), 160));
        TextField nameField = new TextField();
        nameField.setId("personNameField");
        nameField.setPromptText("Name");
        ComboBox<Role> roleBox = new ComboBox<>();
        roleBox.setId("roleBox");
        roleBox.getItems().setAll(Role.values());
        // "Writer", as the table above says it, not the enum's WRITER.
        roleBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role role) {
                return role == null ? "" : role.label();
            }

            @Override
            public Role fromString(String text) {
                return Role.valueOf(text.toUpperCase(Locale.ROOT));
            }
        });
        roleBox.setValue(Role.WRITER);
        table.getSelectionModel().selectedItemProperty().addListener((property, before, user) -> {
            if (user != null) {
                nameField.setText(user.name());
                roleBox.setValue(user.role());
            }
        });
        Button addButton = new Button("Add person");
        addButton.setId("addPersonButton");
        addButton.setOnAction(event -> viewModel.addPerson(nameField.getText(), roleBox.getValue()));
        Button roleButton = new Button("Change role");
        roleButton.setId("changeRoleButton");
        roleButton.setOnAction(event -> viewModel.changeRole(nameField.getText(), roleBox.getValue()));
        addButton.disableProperty().bind(viewModel.canManagePeopleProperty().not());
        roleButton.disableProperty().bind(viewModel.canManagePeopleProperty().not());
        Label rule = new Label("Editors add people and change roles; the newsroom always keeps one editor.");
        HBox.setHgrow(nameField, Priority.ALWAYS);
        VBox box = new VBox(10, table, new HBox(8, nameField, roleBox, addButton, roleButton), rule);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(16));
        return box;
    }

    Node demoAndBackups() {
        Label demoLabel = new Label();
        demoLabel.setId("demoLabel");
        demoLabel.setWrapText(true);
        demoLabel.textProperty().bind(Bindings.when(viewModel.demoPresentProperty())
                .then("This newsroom has the demo in it: a clip, a story and an edition marked [Demo]."
                        + " Removing it takes away exactly those, and nothing of yours.")
                .otherwise("No demo in this newsroom. Add one to see every screen with content."));
        Button removeDemoButton = new Button("Remove the demo newsroom");
        removeDemoButton.setId("removeDemoButton");
        removeDemoButton.disableProperty().bind(viewModel.demoPresentProperty().not()
                .or(viewModel.readOnlyProperty()));
        removeDemoButton.setOnAction(event -> viewModel.removeDemo());
        Button addDemoButton = new Button("Add the demo newsroom");
        addDemoButton.setId("addDemoButton");
        addDemoButton.disableProperty().bind(viewModel.demoPresentProperty().or(viewModel.readOnlyProperty()));
        addDemoButton.setOnAction(event -> viewModel.addDemo());

        TableView<Backup> backupTable = new TableView<>(viewModel.backups());
        backupTable.setId("backupTable");
        backupTable.getColumns().add(column("Taken", backup -> TimeLabels.dateTime(backup.takenAt()), 220));
        backupTable.getColumns().add(column("Size", backup -> Math.max(1, backup.sizeBytes() / 1024) + " KB", 100));
        backupTable.getColumns().add(column("File", backup -> backup.file().getFileName().toString(), 300));
        backupTable.setPlaceholder(new Label("No backups yet; one is made each day when the app starts."));
        Button backUpButton = new Button("Back up now");
        backUpButton.setId("backUpButton");
        backUpButton.setOnAction(event -> viewModel.backUpNow());
        Label backupRule = new Label("Backups go to the backups folder beside the database; the newest "
                + BackupService.KEEP + " are kept. To put one back, close Newsdesk and run: newsdesk restore FILE");
        backupRule.setWrapText(true);
        VBox box = new VBox(10, demoLabel, new HBox(8, addDemoButton, removeDemoButton), new Label("Backups"),
                backupTable, new HBox(8, backUpButton), backupRule);
        VBox.setVgrow(backupTable, Priority.ALWAYS);
        box.setPadding(new Insets(16));
        return box;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
