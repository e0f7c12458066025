package com.evolutionconsole.ui.server;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A banner in the main window when the saved servers file could not be read at start (it was kept aside): the
 * operator learns it at once, not only on opening the Servers dialog.
 */
public final class SavedServersBanner extends HBox {

    public SavedServersBanner(ServersViewModel vm) {
        super(8);
        setId("saved-servers-banner");
        getStyleClass().addAll("banner", "warning");
        Label text = new Label();
        text.setId("saved-servers-problem");
        text.setWrapText(true);
        text.textProperty().bind(vm.loadProblemProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button dismiss = new Button("Dismiss");
        dismiss.setId("dismiss-saved-servers-problem");
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setOnAction(e -> vm.dismissLoadProblem());
        getChildren().addAll(new Label(null, new FontIcon(Material2MZ.WARNING)), text, dismiss);
        visibleProperty().bind(vm.loadProblemProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
