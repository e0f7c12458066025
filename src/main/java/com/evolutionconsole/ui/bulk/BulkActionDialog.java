package com.evolutionconsole.ui.bulk;

import com.evolutionconsole.ui.common.ConsoleStylesheet;
import atlantafx.base.theme.Styles;
import com.evolutionconsole.domain.Presence;
import com.evolutionconsole.service.batch.BulkAction;
import com.evolutionconsole.ui.batch.BatchResultsPane;
import com.evolutionconsole.ui.common.StateBadge;
import com.evolutionconsole.ui.instances.InstanceRow;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The bulk-action dialog's content: what the action does, a scrollable list of the instances with their states,
 * the presence to set or the typed delete confirmation, then a row per instance with its result.
 */
public final class BulkActionDialog extends VBox {


    private final TextField typed = new TextField();

    public BulkActionDialog(BulkActionViewModel vm) {
        getStyleClass().add("bulk-action");
        setSpacing(10);
        setPrefSize(820, 560);
        boolean delete = vm.kind() == BulkAction.Kind.DELETE;

        Label explanation = new Label();
        explanation.setId("bulk-explanation");
        explanation.setWrapText(true);
        explanation.textProperty().bind(vm.explanationBinding());
        if (delete) {
            explanation.getStyleClass().add("danger");
        }

        ListView<InstanceRow> targets = new ListView<>();
        targets.setId("bulk-targets");
        targets.getItems().setAll(vm.targets());
        targets.setCellFactory(list -> new TargetCell());
        targets.setPrefHeight(240);
        targets.setFocusTraversable(false);
        VBox.setVgrow(targets, Priority.ALWAYS);
        Label listTitle = new Label(vm.targets().size() + (vm.targets().size() == 1 ? " instance" : " instances"));
        listTitle.getStyleClass().add("section-title");

        VBox confirm = new VBox(8, explanation, listTitle, targets);
        VBox.setVgrow(confirm, Priority.ALWAYS);
        if (vm.kind() == BulkAction.Kind.PRESENCE) {
            confirm.getChildren().add(presenceRow(vm));
        }
        if (delete) {
            typed.setId("bulk-confirm");
            typed.setPromptText(vm.expectedConfirmation());
            typed.textProperty().bindBidirectional(vm.typedConfirmationProperty());
            Label typeLabel = new Label("Type \"" + vm.expectedConfirmation() + "\" to confirm");
            typeLabel.setLabelFor(typed);
            HBox typeRow = new HBox(8, typeLabel, typed);
            typeRow.setAlignment(Pos.CENTER_LEFT);
            confirm.getChildren().add(typeRow);
        }

        Button start = new Button();
        start.setId("start-bulk");
        start.setGraphic(new FontIcon(switch (vm.kind()) {
            case RESTART -> Material2MZ.REFRESH;
            case LOGOUT -> Material2AL.LOG_OUT;
            case DELETE -> Material2AL.DELETE_FOREVER;
            case PRESENCE -> Material2MZ.PERSON_OUTLINE;
        }));
        start.textProperty().bind(vm.startLabelBinding());
        start.disableProperty().bind(vm.canStartBinding().not());
        if (delete) {
            start.getStyleClass().add(Styles.DANGER);
        }
        Tooltip why = new Tooltip();
        why.textProperty().bind(vm.startBlockedReasonBinding());
        start.tooltipProperty().bind(Bindings.when(vm.startBlockedReasonBinding().isNull())
                .then((Tooltip) null).otherwise(why));
        start.setOnAction(e -> vm.start());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox startRow = new HBox(8, spacer, start);
        confirm.getChildren().add(startRow);

        BatchResultsPane results = new BatchResultsPane(vm.progress(), vm::cancel, vm::retryFailed);
        VBox.setVgrow(results, Priority.ALWAYS);

        // The confirmation first; once confirmed, the results take its place.
        confirm.visibleProperty().bind(vm.startedProperty().not());
        confirm.managedProperty().bind(confirm.visibleProperty());
        results.visibleProperty().bind(vm.startedProperty());
        results.managedProperty().bind(results.visibleProperty());
        getChildren().addAll(confirm, results);
    }

    /**
     * Shows the modal bulk-action dialog over {@code owner}. Nothing is sent until its button is pressed; closing
     * it cancels the instances not started, and the ones sent finish.
     */
    public static void show(Window owner, BulkActionViewModel vm) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setResizable(true);
        dialog.setTitle(vm.title());
        dialog.setHeaderText(vm.title());
        BulkActionDialog view = new BulkActionDialog(vm);
        DialogPane pane = dialog.getDialogPane();
        pane.setContent(view);
        pane.setMinSize(820, 560); // a Dialog otherwise opens at a narrow default width
        pane.getButtonTypes().add(ButtonType.CLOSE);
        pane.getStylesheets().add(ConsoleStylesheet.URL);
        dialog.setOnHidden(e -> vm.cancel());
        if (vm.kind() == BulkAction.Kind.DELETE) {
            dialog.setOnShown(e -> Platform.runLater(view.typed::requestFocus));
        }
        dialog.show();
    }

    private static HBox presenceRow(BulkActionViewModel vm) {
        ComboBox<Presence> presence = new ComboBox<>();
        presence.setId("bulk-presence");
        presence.getItems().setAll(Presence.values());
        presence.valueProperty().bindBidirectional(vm.presenceProperty());
        presence.setConverter(new StringConverter<>() {
            @Override
            public String toString(Presence value) {
                return value == null ? "" : value.label() + " — " + value.description();
            }

            @Override
            public Presence fromString(String text) {
                return null;
            }
        });
        Label label = new Label("Presence");
        label.setLabelFor(presence);
        HBox row = new HBox(8, label, presence);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** An instance's name and its state badge. */
    private static final class TargetCell extends ListCell<InstanceRow> {
        private final Label name = new Label();
        private final StateBadge badge = new StateBadge();
        private final HBox box = new HBox(10, badge, name);

        TargetCell() {
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(InstanceRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            name.setText(item.displayName());
            badge.show(item.state());
            setGraphic(box);
        }
    }
}
