package com.evolutionconsole.ui.batch;

import com.evolutionconsole.ui.common.ConsoleStylesheet;
import com.evolutionconsole.domain.Integration;
import com.evolutionconsole.service.batch.NameCandidate;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The batch-create dialog's content: names and their checks, options, then a row per name with its result. */
public final class BatchCreateView extends VBox {


    private final TextArea names = new TextArea();

    public BatchCreateView(BatchCreateViewModel vm) {
        getStyleClass().add("batch-create");
        setSpacing(10);
        setPrefSize(900, 600);

        Label intro = new Label("Paste or type one name a line. Every name is checked first; nothing is sent "
                + "until you confirm the names that passed.");
        intro.getStyleClass().add("muted");
        intro.setWrapText(true);

        names.setId("names");
        names.setPromptText("support-bot\nsales-bot\nnotifications-bot");
        names.textProperty().bindBidirectional(vm.namesTextProperty());
        VBox.setVgrow(names, Priority.ALWAYS);
        VBox namesBox = new VBox(4, section("Names", names), names);
        namesBox.setPrefWidth(300);

        TableView<NameCandidate> checks = checksTable(vm);
        VBox.setVgrow(checks, Priority.ALWAYS);
        Label validation = new Label();
        validation.setId("validation-summary");
        validation.textProperty().bind(vm.validationSummaryBinding());
        VBox checksBox = new VBox(4, section("Checks", checks), checks, validation);
        HBox.setHgrow(checksBox, Priority.ALWAYS);
        HBox editor = new HBox(12, namesBox, checksBox);
        VBox.setVgrow(editor, Priority.ALWAYS);

        CheckBox qrNow = new CheckBox("Ask for each QR code now");
        qrNow.setId("qr-now");
        qrNow.selectedProperty().bindBidirectional(vm.qrNowProperty());
        qrNow.disableProperty().bind(vm.qrChoiceAllowedBinding().not());
        qrNow.setTooltip(new Tooltip("Each create then waits for the first QR code (5–10 s on a real server), and "
                + "each code expires in about 45 s. Unticked, connect each instance when you are ready to scan."));
        ComboBox<Integration> integration = new ComboBox<>();
        integration.setId("integration");
        integration.getItems().setAll(BatchCreateViewModel.INTEGRATIONS);
        integration.valueProperty().bindBidirectional(vm.integrationProperty());
        integration.disableProperty().bind(vm.startedProperty());
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
        integration.setTooltip(new Tooltip("WhatsApp Business API instances each need their own number and access "
                + "token: create those one at a time."));
        Button start = new Button();
        start.setId("start-batch");
        start.setGraphic(new FontIcon(Material2AL.ADD));
        start.textProperty().bind(vm.startLabelBinding());
        start.disableProperty().bind(vm.canStartBinding().not());
        start.visibleProperty().bind(vm.startedProperty().not());
        start.managedProperty().bind(start.visibleProperty());
        start.setDefaultButton(true);
        Tooltip why = new Tooltip();
        why.textProperty().bind(vm.startBlockedReasonBinding());
        start.tooltipProperty().bind(Bindings.when(vm.startBlockedReasonBinding().isNull())
                .then((Tooltip) null).otherwise(why));
        start.setOnAction(e -> vm.start());
        HBox options = new HBox(12, qrNow, new Label("Integration"), integration, start);
        options.setAlignment(Pos.CENTER_LEFT);
        Label pacing = new Label(vm.pacingNote());
        pacing.setId("pacing-note");
        pacing.getStyleClass().add("muted");
        pacing.setWrapText(true);

        BatchResultsPane results = new BatchResultsPane(vm.progress(), vm::cancel, vm::retryFailed);
        VBox.setVgrow(results, Priority.ALWAYS);

        // Before the start the names are edited; after it, the results take their place.
        editor.visibleProperty().bind(vm.startedProperty().not());
        editor.managedProperty().bind(editor.visibleProperty());
        results.visibleProperty().bind(vm.startedProperty());
        results.managedProperty().bind(results.visibleProperty());

        getChildren().addAll(intro, editor, options, pacing, results);
    }

    /**
     * Shows the modal batch dialog over {@code owner}. Closing it cancels the names not sent; the creates already
     * sent finish, and {@code onCreated} still hears of them.
     */
    public static void show(Window owner, BatchCreateViewModel vm) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setResizable(true);
        dialog.setTitle("Create several instances");
        BatchCreateView view = new BatchCreateView(vm);
        DialogPane pane = dialog.getDialogPane();
        pane.setContent(view);
        pane.setMinSize(900, 600); // a Dialog otherwise opens at a narrow default width
        pane.getButtonTypes().add(ButtonType.CLOSE);
        pane.getStylesheets().add(ConsoleStylesheet.URL);
        dialog.setOnHidden(e -> vm.cancel());
        dialog.setOnShown(e -> Platform.runLater(view.names::requestFocus));
        dialog.show();
    }

    private static TableView<NameCandidate> checksTable(BatchCreateViewModel vm) {
        TableView<NameCandidate> table = new TableView<>(vm.candidates());
        table.setId("name-checks");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("The names you paste are checked here."));

        TableColumn<NameCandidate, Integer> line = new TableColumn<>("Line");
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        line.setPrefWidth(50);
        TableColumn<NameCandidate, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(170);
        TableColumn<NameCandidate, NameCandidate> check = new TableColumn<>("Check");
        check.setId("col-check");
        check.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        check.setCellFactory(c -> new CheckCell());
        check.setPrefWidth(330);
        table.getColumns().addAll(List.of(line, name, check));
        return table;
    }

    private static Label section(String text, Node labelFor) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        label.setLabelFor(labelFor);
        return label;
    }

    /** Problems in red (the name is left out), warnings in amber, else OK; every message in the tooltip. */
    private static final class CheckCell extends TableCell<NameCandidate, NameCandidate> {
        private final Label label = new Label();

        CheckCell() {
            label.setTextOverrun(OverrunStyle.ELLIPSIS);
        }

        @Override
        protected void updateItem(NameCandidate item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            label.getStyleClass().removeAll("danger", "warning", "success");
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            List<String> messages = new ArrayList<>(item.problems());
            messages.addAll(item.warnings());
            if (!item.acceptable()) {
                label.getStyleClass().add("danger");
                label.setGraphic(new FontIcon(Material2AL.BLOCK));
                label.setText("Left out: " + String.join(" ", item.problems()));
            } else if (!item.warnings().isEmpty()) {
                label.getStyleClass().add("warning");
                label.setGraphic(new FontIcon(Material2MZ.WARNING));
                label.setText(String.join(" ", item.warnings()));
            } else {
                label.getStyleClass().add("success");
                label.setGraphic(new FontIcon(Material2AL.CHECK_CIRCLE));
                label.setText("OK");
            }
            label.maxWidthProperty().bind(getTableColumn().widthProperty().subtract(12));
            setGraphic(label);
            setTooltip(messages.isEmpty() ? null : new Tooltip(String.join("\n", messages)));
        }
    }
}
