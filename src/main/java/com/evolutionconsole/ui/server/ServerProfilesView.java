package com.evolutionconsole.ui.server;

import atlantafx.base.theme.Styles;
import com.evolutionconsole.settings.SecretFallback;
import com.evolutionconsole.ui.common.ConsoleStylesheet;
import com.evolutionconsole.ui.common.MaskedField;
import com.evolutionconsole.settings.ServerProfile;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The "Servers" dialog: the saved servers, and an editor to add, test, save, remove or connect to one. Keys are
 * masked unless the operator reveals them.
 */
public final class ServerProfilesView {

    private static final double TEXT_WIDTH = 460;

    private ServerProfilesView() {
    }

    /** Shows the dialog until the operator connects or closes it. */
    public static void show(Window owner, ServerProfilesViewModel vm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Servers");
        dialog.setHeaderText("Evolution API servers");
        dialog.getDialogPane().setId("connect-dialog");
        dialog.getDialogPane().getStylesheets().add(ConsoleStylesheet.URL);
        dialog.setResizable(true);

        ListView<ServerProfile> list = profileList(vm);
        Button add = new Button("New", new FontIcon(Material2AL.ADD));
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.disableProperty().bind(vm.busyProperty());
        add.setId("profile-new");
        add.setOnAction(e -> {
            if (vm.startNew()) {
                list.getSelectionModel().clearSelection();
            }
        });
        Button remove = new Button("Remove", new FontIcon(Material2AL.DELETE_OUTLINE));
        remove.setId("profile-remove");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.disableProperty().bind(vm.selectedProperty().isNull().or(vm.busyProperty()));
        remove.setOnAction(e -> vm.remove());
        VBox left = new VBox(8, list, new HBox(8, add, remove));
        VBox.setVgrow(list, Priority.ALWAYS);

        VBox right = new VBox(10, form(vm), transport(vm.editor()), storage(vm.servers()), messages(vm));
        right.setPrefWidth(TEXT_WIDTH + 110);
        HBox content = new HBox(16, left, right);
        content.setPadding(new Insets(4, 0, 0, 0));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(900);
        dialog.getDialogPane().setMinWidth(820);
        // the window is sized once, when shown: grow it when a check, a save or a keyring problem adds lines,
        // so nothing the operator must read (the certificate's fingerprint above all) is cut short with "…"
        growWithContent(dialog, right);

        ButtonType test = new ButtonType("Check", ButtonBar.ButtonData.LEFT);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OTHER);
        ButtonType connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(test, save, connect, close);
        ConnectServerViewModel editor = vm.editor();
        Button testButton = keepOpen(dialog, test, editor::check);
        testButton.disableProperty().bind(editor.inputsComplete().not().or(editor.checkingProperty())
                .or(vm.busyProperty()));
        Button saveButton = keepOpen(dialog, save, vm::save);
        saveButton.setId("profile-save");
        saveButton.disableProperty().bind(vm.busyProperty().or(vm.nameProperty().isEmpty()));
        Button connectButton = keepOpen(dialog, connect, vm::connect);
        connectButton.setId("profile-connect");
        connectButton.textProperty().bind(vm.connectLabel());
        ButtonBar.setButtonUniformSize(connectButton, false);
        connectButton.setMinWidth(Region.USE_PREF_SIZE);
        connectButton.disableProperty().bind(editor.checkedProperty().isNull().or(vm.busyProperty()));
        vm.finishedProperty().addListener((obs, was, done) -> {
            if (done) {
                dialog.setResult(connect);
                dialog.close();
            }
        });
        // closing with unsaved edits asks first, like switching to another server does
        dialog.getDialogPane().lookupButton(close).addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.mayClose()) {
                e.consume();
            }
        });
        dialog.setOnCloseRequest(e -> {
            if (!vm.mayClose()) {
                e.consume();
            }
        });
        dialog.setOnShown(e -> dialog.getDialogPane().lookup("#profile-name").requestFocus());
        dialog.showAndWait();
        vm.close();
    }

    /** Watches every text and every show/hide under {@code area}, and grows the window when its content needs it. */
    private static void growWithContent(Dialog<?> dialog, Parent area) {
        ChangeListener<Object> fit = (obs, old, now) -> Platform.runLater(() -> growToFit(dialog));
        List<Node> nodes = new ArrayList<>(List.of(area));
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            node.visibleProperty().addListener(fit);
            if (node instanceof Labeled labeled) {
                labeled.textProperty().addListener(fit);
            }
            if (node instanceof Parent parent) {
                nodes.addAll(parent.getChildrenUnmodifiable());
            }
        }
    }

    /** Makes the window tall enough for the dialog's preferred height, within the screen; never shrinks it. */
    private static void growToFit(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        Window window = pane.getScene() == null ? null : pane.getScene().getWindow();
        if (window == null || !window.isShowing()) {
            return;
        }
        double missing = pane.prefHeight(pane.getWidth()) - pane.getHeight();
        if (missing > 0.5) {
            Rectangle2D screen = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(),
                    window.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
            window.setHeight(Math.min(window.getHeight() + missing, screen.getMaxY() - window.getY()));
        }
    }

    /** A dialog button that runs {@code action} instead of closing the dialog. */
    private static Button keepOpen(Dialog<ButtonType> dialog, ButtonType type, Runnable action) {
        Button button = (Button) dialog.getDialogPane().lookupButton(type);
        button.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            action.run();
        });
        return button;
    }

    private static ListView<ServerProfile> profileList(ServerProfilesViewModel vm) {
        ListView<ServerProfile> list = new ListView<>(vm.servers().profiles());
        list.setId("profile-list");
        list.setPrefSize(240, 340);
        list.setMinWidth(200);
        list.disableProperty().bind(vm.busyProperty()); // a save in flight belongs to the server it was started for
        list.setPlaceholder(new Label("No saved servers yet.\nFill in the form and Save."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ServerProfile profile, boolean empty) {
                super.updateItem(profile, empty);
                if (empty || profile == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label name = new Label(profile.name());
                name.getStyleClass().add(Styles.TEXT_BOLD);
                Label url = new Label(profile.url());
                url.getStyleClass().add("muted");
                setText(null);
                setGraphic(new VBox(2, name, url));
            }
        });
        list.getSelectionModel().select(vm.selectedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(vm.selectedProperty().get()) && !vm.select(now)) {
                // the operator kept the unsaved edits: the list goes back to what the editor shows
                javafx.application.Platform.runLater(() -> list.getSelectionModel().select(vm.selectedProperty().get()));
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(now);
            }
        });
        return list;
    }

    private static GridPane form(ServerProfilesViewModel vm) {
        ConnectServerViewModel editor = vm.editor();
        TextField name = new TextField();
        name.setId("profile-name");
        name.setPromptText("Production (needed to save)");
        name.textProperty().bindBidirectional(vm.nameProperty());

        TextField url = new TextField();
        url.setId("server-url");
        url.setPromptText("https://evolution.example.com or http://localhost:8080");
        url.textProperty().bindBidirectional(editor.urlProperty());
        url.setPrefColumnCount(28);
        // while a key is read or a save runs, the form holds still: nothing typed meanwhile can be overwritten
        for (javafx.scene.Node field : new javafx.scene.Node[] {name, url}) {
            field.disableProperty().bind(vm.busyProperty());
        }

        MaskedField key = new MaskedField("server-key", "server-key-shown", editor.keyProperty(),
                editor.keyRevealedProperty(), "Global API key or instance token");
        key.disableProperty().bind(vm.busyProperty().or(vm.readingKeyProperty()));
        CheckBox reveal = new CheckBox("Show key");
        reveal.setId("reveal-key");
        reveal.selectedProperty().bindBidirectional(editor.keyRevealedProperty());
        Button copy = new Button("Copy key", new FontIcon(Material2AL.CONTENT_COPY));
        copy.setId("copy-key");
        copy.getStyleClass().add(Styles.SMALL);
        copy.disableProperty().bind(editor.keyProperty().isEmpty());
        copy.setOnAction(e -> vm.copyKey());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, fieldLabel("Name"), name);
        form.addRow(1, fieldLabel("Server URL"), url);
        form.addRow(2, fieldLabel("API key"), key);
        form.add(new HBox(12, reveal, copy), 1, 3);
        return form;
    }

    /** The plain-HTTP warning, a refused certificate to trust, and the certificate trusted already. */
    private static VBox transport(ConnectServerViewModel editor) {
        Label plainHttp = wrapped("plain-http-warning", "warning");
        plainHttp.setGraphic(new FontIcon(Material2MZ.WARNING));
        plainHttp.textProperty().bind(editor.plainHttpWarningProperty());
        Label pinned = wrapped("pinned-certificate", "muted");
        pinned.textProperty().bind(editor.pinnedCertificateText());

        Label certificate = wrapped("offered-certificate", "certificate");
        certificate.textProperty().bind(editor.offeredCertificateText());
        Button trust = new Button("Trust this certificate", new FontIcon(Material2MZ.VERIFIED_USER));
        trust.setId("trust-certificate");
        trust.disableProperty().bind(editor.checkingProperty());
        trust.setOnAction(e -> editor.trustCertificateAndCheck());
        editor.offeredCertificateProperty().addListener((obs, old, now) -> {
            // a certificate that replaced a trusted one is a red flag, not a routine prompt
            trust.getStyleClass().remove(Styles.DANGER);
            if (now != null && now.pinChanged()) {
                trust.getStyleClass().add(Styles.DANGER);
            }
        });
        Label compare = wrapped(null, "muted");
        compare.setText("Compare this fingerprint with the server's own before trusting it.");
        VBox offer = new VBox(6, certificate, compare, trust);
        offer.setId("certificate-offer");
        offer.getStyleClass().add("certificate-offer");
        offer.visibleProperty().bind(editor.offeredCertificateProperty().isNotNull());
        VBox box = new VBox(6, plainHttp, pinned, offer);
        box.getChildren().forEach(n -> n.managedProperty().bind(n.visibleProperty()));
        plainHttp.visibleProperty().bind(plainHttp.textProperty().isNotEmpty());
        pinned.visibleProperty().bind(pinned.textProperty().isNotEmpty());
        return box;
    }

    /** Where keys are kept; without a keyring, the operator's choice of fallback. */
    private static VBox storage(ServersViewModel servers) {
        Label where = new Label();
        where.setId("key-storage");
        where.getStyleClass().add("muted");
        where.setWrapText(true);
        where.setMaxWidth(TEXT_WIDTH + 100);
        where.textProperty().bind(Bindings.concat("Keys are kept in ", servers.keyStorageProperty(), "."));

        Label missing = new Label();
        missing.setId("keyring-missing");
        missing.setWrapText(true);
        missing.setMaxWidth(TEXT_WIDTH + 100);
        missing.getStyleClass().add("warning");
        missing.textProperty().bind(servers.keyringMissingProperty());
        ToggleGroup group = new ToggleGroup();
        RadioButton file = new RadioButton("Keep keys in a file only I can read");
        file.setId("fallback-file");
        file.setToggleGroup(group);
        file.setUserData(SecretFallback.OWNER_ONLY_FILE);
        RadioButton ask = new RadioButton("Ask for the key each time");
        ask.setId("fallback-ask");
        ask.setToggleGroup(group);
        ask.setUserData(SecretFallback.ASK_EACH_TIME);
        Runnable showChoice = () -> group.selectToggle(servers.fallbackProperty().get() == SecretFallback.OWNER_ONLY_FILE
                ? file : servers.fallbackProperty().get() == SecretFallback.ASK_EACH_TIME ? ask : null);
        showChoice.run();
        servers.fallbackProperty().addListener((obs, old, now) -> showChoice.run());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null && now.getUserData() != servers.fallbackProperty().get()) {
                servers.chooseFallback((SecretFallback) now.getUserData());
            }
        });
        VBox fallback = new VBox(6, missing, new HBox(16, file, ask));
        fallback.visibleProperty().bind(servers.keyringMissingProperty().isNotNull());
        fallback.managedProperty().bind(fallback.visibleProperty());
        return new VBox(6, where, fallback);
    }

    private static HBox messages(ServerProfilesViewModel vm) {
        ConnectServerViewModel editor = vm.editor();
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(editor.checkingProperty().or(vm.busyProperty()).or(vm.readingKeyProperty()));
        Label findings = wrapped("connect-findings", "success");
        findings.textProperty().bind(editor.findings());
        Label error = wrapped("connect-error", "danger");
        error.textProperty().bind(Bindings.createStringBinding(() -> editor.errorProperty().get() == null ? null
                : editor.errorProperty().get().fullText(), editor.errorProperty()));
        Label notice = wrapped("profile-notice", "muted");
        notice.textProperty().bind(vm.noticeProperty());
        Label problem = wrapped("profile-problem", "danger");
        problem.textProperty().bind(vm.problemProperty());
        Label fileProblem = wrapped("profiles-file-problem", "danger");
        fileProblem.textProperty().bind(vm.servers().loadProblemProperty());
        fileProblem.setGraphic(new FontIcon(Material2MZ.WARNING));
        VBox texts = new VBox(4, fileProblem, findings, error, notice, problem);
        texts.getChildren().forEach(n -> {
            n.visibleProperty().bind(((Label) n).textProperty().isNotEmpty());
            n.managedProperty().bind(n.visibleProperty());
        });
        return new HBox(8, spinner, texts);
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label wrapped(String id, String style) {
        Label label = new Label();
        if (id != null) {
            label.setId(id);
        }
        label.setWrapText(true);
        label.setMaxWidth(TEXT_WIDTH);
        label.getStyleClass().add(style);
        return label;
    }
}
