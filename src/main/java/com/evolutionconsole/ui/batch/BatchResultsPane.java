package com.evolutionconsole.ui.batch;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** A batch's progress, its row per item with status and details, the summary, cancel and retry; both dialogs use it. */
public final class BatchResultsPane extends VBox {

    public BatchResultsPane(BatchProgress<?, ?> progress, Runnable cancel, Runnable retry) {
        setSpacing(8);

        ProgressBar bar = new ProgressBar();
        bar.setId("batch-progress");
        bar.progressProperty().bind(progress.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label progressText = new Label();
        progressText.setId("batch-progress-text");
        progressText.textProperty().bind(progress.progressTextProperty());
        Button cancelButton = new Button("Cancel the rest", new FontIcon(Material2AL.CANCEL));
        cancelButton.setId("cancel-batch");
        cancelButton.visibleProperty().bind(progress.runningProperty());
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());
        cancelButton.disableProperty().bind(progress.cancellingProperty());
        cancelButton.setTooltip(new Tooltip("Stop the items not started; the ones already sent finish"));
        cancelButton.setOnAction(e -> cancel.run());
        HBox progressRow = new HBox(8, bar, progressText, cancelButton);
        progressRow.setAlignment(Pos.CENTER_LEFT);

        TableView<BatchItemRow> table = table(progress);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label summary = new Label();
        summary.setId("batch-summary");
        summary.getStyleClass().add("section-title");
        summary.textProperty().bind(progress.summaryProperty());
        Button retryButton = new Button();
        retryButton.setId("retry-failed");
        retryButton.setGraphic(new FontIcon(Material2MZ.REPLAY));
        retryButton.textProperty().bind(Bindings.concat("Retry ", progress.failedCountProperty().asString(), " failed"));
        retryButton.visibleProperty().bind(progress.canRetryBinding());
        retryButton.managedProperty().bind(retryButton.visibleProperty());
        retryButton.setTooltip(new Tooltip("Run the failed items again; the others are not sent again"));
        retryButton.setOnAction(e -> retry.run());
        HBox summaryRow = new HBox(12, summary, retryButton);
        summaryRow.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(progressRow, table, summaryRow);
    }

    private static TableView<BatchItemRow> table(BatchProgress<?, ?> progress) {
        TableView<BatchItemRow> table = new TableView<>(progress.rows());
        table.setId("batch-results");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Nothing sent yet."));

        TableColumn<BatchItemRow, String> name = new TableColumn<>("Instance");
        name.setId("col-item");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(180);

        TableColumn<BatchItemRow, BatchItemRow> status = new TableColumn<>("Status");
        status.setId("col-status");
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(c -> new StatusCell());
        status.setPrefWidth(190);

        TableColumn<BatchItemRow, BatchItemRow> detail = new TableColumn<>("Details");
        detail.setId("col-detail");
        detail.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        detail.setCellFactory(c -> new DetailCell());
        detail.setPrefWidth(420);

        table.getColumns().addAll(List.of(name, status, detail));
        return table;
    }

    /** The status words with an icon and a colour per stage (a styled label, as the theme colours labels). */
    private static final class StatusCell extends TableCell<BatchItemRow, BatchItemRow> {
        private final Label label = new Label();
        private final ChangeListener<BatchItemRow.Stage> restyle = (obs, old, stage) -> show(stage);
        private BatchItemRow shown;

        @Override
        protected void updateItem(BatchItemRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (shown != null) {
                shown.stageProperty().removeListener(restyle);
                label.textProperty().unbind();
            }
            shown = empty ? null : item;
            if (shown == null) {
                setGraphic(null);
                return;
            }
            label.textProperty().bind(shown.statusProperty());
            shown.stageProperty().addListener(restyle);
            show(shown.stage());
            setGraphic(label);
        }

        private void show(BatchItemRow.Stage stage) {
            label.getStyleClass().removeAll("success", "danger", "muted");
            switch (stage) {
                case SUCCEEDED -> label.getStyleClass().add("success");
                case FAILED -> label.getStyleClass().add("danger");
                case WAITING, CANCELLED -> label.getStyleClass().add("muted");
                case RUNNING -> { }
            }
            label.setGraphic(new FontIcon(switch (stage) {
                case WAITING -> Material2MZ.SCHEDULE;
                case RUNNING -> Material2MZ.SYNC;
                case SUCCEEDED -> Material2AL.CHECK_CIRCLE;
                case FAILED -> Material2AL.ERROR_OUTLINE;
                case CANCELLED -> Material2AL.BLOCK;
            }));
        }
    }

    /** The detail and the tip on one line, both in full in the tooltip. */
    private static final class DetailCell extends TableCell<BatchItemRow, BatchItemRow> {
        private final Tooltip full = new Tooltip();

        DetailCell() {
            setTextOverrun(OverrunStyle.ELLIPSIS);
            full.textProperty().bind(textProperty());
            full.setWrapText(true);
            full.setMaxWidth(480);
        }

        @Override
        protected void updateItem(BatchItemRow item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            textProperty().bind(Bindings.createStringBinding(() -> item.tip() == null || item.tip().isBlank()
                    ? item.detail() : item.detail() + " " + item.tip(), item.detailProperty(), item.tipProperty()));
            setTooltip(full);
        }
    }
}
