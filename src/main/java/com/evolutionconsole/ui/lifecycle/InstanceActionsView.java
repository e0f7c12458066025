package com.evolutionconsole.ui.lifecycle;

import atlantafx.base.theme.Styles;
import com.evolutionconsole.domain.Presence;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Presence and lifecycle buttons with progress and the last result. {@code connect} comes from the QR pane. The
 * lifecycle bar and the presence section are placed separately by the shell: actions first, presence last.
 */
public final class InstanceActionsView {

    private final VBox lifecycle;
    private final VBox presence;

    public InstanceActionsView(InstanceActionsViewModel vm, Runnable connect, javafx.beans.value.ObservableBooleanValue connectAllowed) {
        Label presenceTitle = new Label("Presence");
        presenceTitle.getStyleClass().add("section-title");
        FlowPane presenceButtons = new FlowPane(6, 6);
        for (Presence p : Presence.values()) {
            Button button = new Button(p.label());
            button.setId("presence-" + p.wireValue());
            button.disableProperty().bind(vm.presenceAllowedBinding().not());
            button.setOnAction(e -> vm.setPresence(p));
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(Bindings.createStringBinding(() -> vm.presenceBlockedReasonBinding().get() == null
                    ? p.description() : vm.presenceBlockedReasonBinding().get(), vm.presenceBlockedReasonBinding()));
            button.setTooltip(tip);
            presenceButtons.getChildren().add(button);
        }
        Label presenceNote = new Label();
        presenceNote.setId("presence-note");
        presenceNote.getStyleClass().add("muted");
        presenceNote.setWrapText(true);
        presenceNote.textProperty().bind(vm.presenceBlockedReasonBinding());
        presenceNote.visibleProperty().bind(vm.presenceBlockedReasonBinding().isNotNull());
        presenceNote.managedProperty().bind(presenceNote.visibleProperty());

        Button connectButton = action("connect", "Connect", Material2AL.LINK, vm);
        connectButton.disableProperty().unbind();
        connectButton.disableProperty().bind(Bindings.not(connectAllowed));
        connectButton.setOnAction(e -> connect.run());
        connectButton.setTooltip(new Tooltip("Start pairing: show a QR code, or a pairing code for a phone number"));
        Button restart = action("restart", "Restart", Material2MZ.REFRESH, vm);
        restart.setOnAction(e -> vm.restart());
        restart.setTooltip(new Tooltip("Close the WhatsApp connection; the server reconnects by itself"));
        Button logout = action("logout", "Log out…", Material2AL.LOG_OUT, vm);
        logout.setOnAction(e -> vm.logout());
        logout.setTooltip(new Tooltip("Unpair from WhatsApp; the instance stays on the server"));
        Button delete = action("delete", "Delete…", Material2AL.DELETE_FOREVER, vm);
        delete.getStyleClass().addAll(Styles.BUTTON_OUTLINED, Styles.DANGER);
        delete.setOnAction(e -> vm.delete());
        delete.setTooltip(new Tooltip("Remove the instance from the server for good"));
        FlowPane lifecycleButtons = new FlowPane(6, 6, connectButton, restart, logout, delete);

        Label result = new Label();
        result.setId("action-result");
        result.setWrapText(true);
        result.textProperty().bind(Bindings.createStringBinding(() -> {
            ActionResult r = vm.resultProperty().get();
            return r == null ? null : r.tip() == null ? r.text() : r.text() + " " + r.tip();
        }, vm.resultProperty()));
        vm.resultProperty().addListener((obs, old, r) -> {
            result.getStyleClass().removeAll("success", "danger");
            if (r != null) {
                result.getStyleClass().add(r.success() ? "success" : "danger");
            }
        });
        result.visibleProperty().bind(vm.resultProperty().isNotNull());
        result.managedProperty().bind(result.visibleProperty());

        lifecycle = new VBox(6, lifecycleButtons, result);
        lifecycle.getStyleClass().add("instance-actions");
        presence = new VBox(6, presenceTitle, presenceButtons, presenceNote);
        presence.getStyleClass().add("presence-actions");
    }

    /** Connect, restart, log out, delete, and the last result. */
    public VBox lifecycle() {
        return lifecycle;
    }

    /** The five presence buttons and why they are disabled. */
    public VBox presence() {
        return presence;
    }

    /** A lifecycle button that shows a spinner while its own action runs and is disabled while any runs. */
    private static Button action(String id, String text, Ikon icon, InstanceActionsViewModel vm) {
        Button button = new Button(text);
        button.setId(id);
        FontIcon idle = new FontIcon(icon);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        button.graphicProperty().bind(Bindings.<Node>createObjectBinding(
                () -> id.equals(vm.runningProperty().get()) ? busy : idle, vm.runningProperty()));
        button.disableProperty().bind(vm.lifecycleAllowedBinding().not());
        button.setContentDisplay(javafx.scene.control.ContentDisplay.LEFT);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setAccessibleText(text.replace("…", "").toLowerCase(Locale.ROOT));
        return button;
    }
}
