package com.evolutionconsole.ui.create;

import com.evolutionconsole.ui.common.MaskedField;
import com.evolutionconsole.ui.common.ConsoleStylesheet;
import atlantafx.base.theme.Styles;
import com.evolutionconsole.domain.CreatedInstance;
import com.evolutionconsole.domain.Integration;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The create dialog's form; binds to {@link CreateInstanceViewModel}. {@link #show} wraps it in a modal dialog. */
public final class CreateInstanceView extends VBox {

    /** The dialog's Create button; Enter fires it (default button) when it is enabled. */
    public static final ButtonType CREATE = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);

    private final TextField name = new TextField();

    public CreateInstanceView(CreateInstanceViewModel vm) {
        getStyleClass().add("create-instance");
        setSpacing(10);
        setPrefWidth(560);

        name.setId("name");
        name.setPromptText("for example customer-support-bot");
        name.textProperty().bindBidirectional(vm.nameProperty());
        vm.nameMarkedBinding().addListener((obs, old, marked) -> name.pseudoClassStateChanged(Styles.STATE_DANGER, marked));
        Label nameProblems = message("name-problems", "danger", vm.nameProblemsBinding());
        Label nameWarnings = message("name-warnings", "warning", vm.nameWarningsBinding());
        VBox nameBox = new VBox(4, name, nameProblems, nameWarnings);

        CheckBox qrNow = new CheckBox("Show the QR code now");
        qrNow.setId("qr-now");
        qrNow.selectedProperty().bindBidirectional(vm.qrNowProperty());
        qrNow.setTooltip(new Tooltip("The server waits up to 10 s for the first QR code before it answers. "
                + "Unticked, the instance is created closed: connect it later."));

        TextField phone = new TextField();
        phone.setId("phone");
        phone.setPromptText("+55 11 98765-4321");
        phone.textProperty().bindBidirectional(vm.phoneProperty());
        vm.phoneProblemProperty().addListener((obs, old, problem) ->
                phone.pseudoClassStateChanged(Styles.STATE_DANGER, problem != null));
        Label phoneProblem = message("phone-problem", "danger", vm.phoneProblemProperty());
        Label phoneHint = message("phone-hint", "muted", vm.phoneHintBinding());
        VBox phoneBox = new VBox(4, phone, phoneProblem, phoneHint);

        ComboBox<Integration> integration = new ComboBox<>();
        integration.setId("integration");
        integration.getItems().setAll(Integration.values());
        integration.valueProperty().bindBidirectional(vm.integrationProperty());
        integration.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integration value) {
                return value == null ? "" : value.label();
            }

            @Override
            public Integration fromString(String text) {
                return null;
            }
        });
        Label integrationNote = message("integration-note", "muted", vm.integrationNoteBinding());
        VBox integrationBox = new VBox(4, integration, integrationNote);

        MaskedField tokenFields = new MaskedField("token", "token-shown", vm.tokenProperty(),
                vm.tokenRevealedProperty(), "Empty: the server generates one");
        ToggleButton reveal = new ToggleButton();
        reveal.setId("reveal-token");
        reveal.selectedProperty().bindBidirectional(vm.tokenRevealedProperty());
        reveal.graphicProperty().bind(Bindings.<Node>createObjectBinding(() -> new FontIcon(
                vm.tokenRevealedProperty().get() ? Material2MZ.VISIBILITY_OFF : Material2MZ.VISIBILITY),
                vm.tokenRevealedProperty()));
        reveal.setTooltip(new Tooltip("Show or hide the token"));
        HBox.setHgrow(tokenFields, Priority.ALWAYS);
        HBox tokenBox = new HBox(6, tokenFields, reveal);
        tokenBox.setAlignment(Pos.CENTER_LEFT);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, fieldLabel("Name", name), nameBox);
        form.addRow(1, new Label(), qrNow);
        form.addRow(2, fieldLabel("Phone number", phone), phoneBox);
        form.addRow(3, fieldLabel("Integration", integration), integrationBox);
        form.addRow(4, fieldLabel("Token", tokenFields.hidden()), tokenBox);
        GridPane.setHgrow(nameBox, Priority.ALWAYS);

        TitledPane settings = new TitledPane("Settings", settingsForm(vm));
        settings.setId("settings");
        settings.setExpanded(false);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label busyText = new Label();
        busyText.setId("busy-text");
        busyText.textProperty().bind(vm.busyTextProperty());
        HBox busyRow = new HBox(8, spinner, busyText);
        busyRow.setAlignment(Pos.CENTER_LEFT);
        busyRow.visibleProperty().bind(vm.busyProperty());
        busyRow.managedProperty().bind(busyRow.visibleProperty());

        Label error = message("create-error", "danger", vm.errorTextBinding());
        Label errorTip = message("create-error-tip", "muted", vm.errorTipBinding());

        // Nothing can be edited while the server works on the request it was sent.
        form.disableProperty().bind(vm.busyProperty());
        settings.disableProperty().bind(vm.busyProperty());
        getChildren().addAll(form, settings, busyRow, error, errorTip);
    }

    /**
     * Shows the modal create dialog over {@code owner}. Create is enabled only when the form allows it (its
     * tooltip says why not), Enter creates, Escape cancels; the dialog closes once the instance was created and
     * the view model's {@code onCreated} ran. While the server works, the dialog stays open.
     */
    public static void show(Window owner, CreateInstanceViewModel vm) {
        Dialog<CreatedInstance> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("New instance");
        dialog.setHeaderText("Create an instance on the server");
        CreateInstanceView view = new CreateInstanceView(vm);
        DialogPane pane = dialog.getDialogPane();
        pane.setContent(view);
        pane.getButtonTypes().setAll(CREATE, ButtonType.CANCEL);
        pane.getStylesheets().add(ConsoleStylesheet.URL);

        Button create = (Button) pane.lookupButton(CREATE);
        create.setId("create");
        create.disableProperty().bind(vm.canCreateBinding().not());
        Tooltip why = new Tooltip();
        why.textProperty().bind(vm.createBlockedReasonBinding());
        create.tooltipProperty().bind(Bindings.when(vm.createBlockedReasonBinding().isNull())
                .then((Tooltip) null).otherwise(why));
        create.addEventFilter(ActionEvent.ACTION, e -> {
            // The dialog stays open: it closes when the server confirmed, and keeps the form on a failure.
            e.consume();
            vm.create();
        });
        Button cancel = (Button) pane.lookupButton(ButtonType.CANCEL);
        cancel.setId("cancel");
        cancel.disableProperty().bind(vm.busyProperty());
        dialog.setOnCloseRequest(e -> {
            if (vm.busyProperty().get()) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == CREATE ? vm.createdProperty().get() : null);
        vm.createdProperty().addListener((obs, old, instance) -> {
            if (instance != null) {
                dialog.setResult(instance);
                dialog.close();
            }
        });
        dialog.setOnShown(e -> Platform.runLater(view::focusName));
        dialog.show();
    }

    /** Puts the cursor in the name field, the first thing to fill in. */
    public void focusName() {
        name.requestFocus();
    }

    private static VBox settingsForm(CreateInstanceViewModel vm) {
        CheckBox reject = check("reject-calls", "Reject calls", vm.rejectCallProperty());
        TextField message = new TextField();
        message.setId("call-message");
        message.setPromptText("Message sent to callers (optional)");
        message.textProperty().bindBidirectional(vm.callMessageProperty());
        message.disableProperty().bind(vm.callMessageEnabledBinding().not());
        VBox.setMargin(message, new javafx.geometry.Insets(0, 0, 0, 24));
        return new VBox(8, reject, message,
                check("ignore-groups", "Ignore group messages", vm.ignoreGroupsProperty()),
                check("always-online", "Always show as online", vm.alwaysOnlineProperty()),
                check("read-messages", "Mark messages as read", vm.readMessagesProperty()),
                check("read-status", "Mark status updates as seen", vm.readStatusProperty()),
                check("sync-full-history", "Sync the full message history on pairing", vm.syncFullHistoryProperty()));
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    private static Label fieldLabel(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    /** A wrapped message line, hidden while its text is null. */
    private static Label message(String id, String style, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotNull(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
