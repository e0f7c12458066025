package com.evolutionconsole.ui.server;

import com.evolutionconsole.service.ServerConnection;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The "Connect to server" dialog: URL, masked key with reveal, a check that shows version and key kind. */
public final class ConnectServerView {

    private ConnectServerView() {
    }

    /** Shows the dialog; the checked connection when the operator connects, empty when cancelled. */
    public static Optional<ServerConnection> show(Window owner, ConnectServerViewModel vm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Connect to server");
        dialog.setHeaderText("Connect to an Evolution API server");
        dialog.getDialogPane().setId("connect-dialog");

        TextField url = new TextField();
        url.setId("server-url");
        url.setPromptText("http://localhost:8080");
        url.textProperty().bindBidirectional(vm.urlProperty());
        url.setPrefColumnCount(28);

        PasswordField hiddenKey = new PasswordField();
        hiddenKey.setId("server-key");
        TextField shownKey = new TextField();
        shownKey.setId("server-key-shown");
        hiddenKey.textProperty().bindBidirectional(vm.keyProperty());
        shownKey.textProperty().bindBidirectional(vm.keyProperty());
        hiddenKey.visibleProperty().bind(vm.keyRevealedProperty().not());
        shownKey.visibleProperty().bind(vm.keyRevealedProperty());
        hiddenKey.setPromptText("Global API key or instance token");
        CheckBox reveal = new CheckBox("Show key");
        reveal.setId("reveal-key");
        reveal.selectedProperty().bindBidirectional(vm.keyRevealedProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Server URL"), url);
        form.addRow(1, new Label("API key"), new StackPane(hiddenKey, shownKey));
        form.add(reveal, 1, 2);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(vm.checkingProperty());
        Label findings = new Label();
        findings.setId("connect-findings");
        findings.setWrapText(true);
        findings.setMaxWidth(440);
        findings.getStyleClass().add("success");
        findings.textProperty().bind(vm.findings());
        Label error = new Label();
        error.setId("connect-error");
        error.setWrapText(true);
        error.setMaxWidth(440);
        error.getStyleClass().add("danger");
        error.textProperty().bind(Bindings.createStringBinding(() -> vm.errorProperty().get() == null ? null
                : vm.errorProperty().get().fullText(), vm.errorProperty()));

        dialog.getDialogPane().setContent(new VBox(10, form, new HBox(8, spinner, new VBox(4, findings, error))));

        ButtonType check = new ButtonType("Check", ButtonBar.ButtonData.OTHER);
        ButtonType connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(check, connect, ButtonType.CANCEL);
        javafx.scene.control.Button checkButton = (javafx.scene.control.Button) dialog.getDialogPane().lookupButton(check);
        checkButton.disableProperty().bind(vm.inputsComplete().not().or(vm.checkingProperty()));
        // "Check" runs the check without closing the dialog.
        checkButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            vm.check();
        });
        dialog.getDialogPane().lookupButton(connect).disableProperty().bind(vm.checkedProperty().isNull());
        dialog.setOnShown(e -> url.requestFocus());

        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.filter(connect::equals).isPresent() && vm.checkedProperty().get() != null) {
            return Optional.of(vm.checkedProperty().get());
        }
        vm.cancel();
        return Optional.empty();
    }
}
