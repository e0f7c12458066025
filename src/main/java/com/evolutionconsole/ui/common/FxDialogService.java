package com.evolutionconsole.ui.common;

import com.evolutionconsole.domain.Secret;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The app's {@link DialogService}: real JavaFX dialogs owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("confirm-dialog");
        // Cancel is the default: Enter must not destroy anything by accident.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public boolean confirmByTyping(String title, String message, String expected) {
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setId("confirm-typed-dialog");
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(420);
        TextField typed = new TextField();
        typed.setId("confirm-typed-name");
        typed.setPromptText(expected);
        dialog.getDialogPane().setContent(new VBox(10, text, typed));
        dialog.getDialogPane().getButtonTypes().setAll(delete, ButtonType.CANCEL);
        javafx.scene.Node deleteButton = dialog.getDialogPane().lookupButton(delete);
        deleteButton.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        deleteButton.disableProperty().bind(typed.textProperty().isNotEqualTo(expected));
        dialog.setOnShown(e -> typed.requestFocus());
        return dialog.showAndWait().filter(delete::equals).isPresent() && expected.equals(typed.getText());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Secret> askForKey(String title, String message) {
        ButtonType connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setId("ask-key-dialog");
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(420);
        StringProperty typed = new SimpleStringProperty("");
        CheckBox reveal = new CheckBox("Show key");
        MaskedField key = new MaskedField("ask-key", null, typed, reveal.selectedProperty(), "");
        dialog.getDialogPane().setContent(new VBox(10, text, key, reveal));
        dialog.getDialogPane().getButtonTypes().setAll(connect, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(connect).disableProperty().bind(typed.isEmpty());
        dialog.setOnShown(e -> key.hidden().requestFocus());
        return dialog.showAndWait().filter(connect::equals).map(answer -> Secret.of(typed.get()));
    }

    @Override
    public void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
