package com.evolutionconsole.ui.qr;

import com.evolutionconsole.domain.QrCode;
import com.evolutionconsole.service.PairingStatus;
import com.evolutionconsole.service.PairingTracker;
import com.evolutionconsole.ui.common.QrImages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The QR pane: the code (or pairing code), its countdown and count, and what to do in each state. */
public final class QrPaneView extends VBox {

    private static final double CODE_SIZE = 232;

    private static boolean pairing(PairingStatus status) {
        return !(status instanceof PairingStatus.Idle || status instanceof PairingStatus.Connected);
    }

    public QrPaneView(QrPaneViewModel vm) {
        getStyleClass().add("qr-pane");
        setSpacing(8);

        Label headline = new Label();
        headline.setId("qr-headline");
        headline.getStyleClass().add("detail-title");
        headline.setWrapText(true);
        headline.textProperty().bind(vm.headline());

        ImageView image = new ImageView();
        image.setId("qr-image");
        image.setFitWidth(CODE_SIZE);
        image.setFitHeight(CODE_SIZE);
        image.setPreserveRatio(true);
        image.setSmooth(false); // keep modules crisp when scaled
        image.imageProperty().bind(Bindings.createObjectBinding(() -> {
            QrCode qr = vm.codeProperty().get();
            return qr == null || qr.pairingCode() != null ? null : QrImages.render(qr, 6);
        }, vm.codeProperty()));

        Label pairingCode = new Label();
        pairingCode.setId("pairing-code");
        pairingCode.getStyleClass().add("pairing-code");
        pairingCode.textProperty().bind(Bindings.createStringBinding(() -> {
            QrCode qr = vm.codeProperty().get();
            return qr == null ? null : qr.formattedPairingCode();
        }, vm.codeProperty()));
        pairingCode.visibleProperty().bind(pairingCode.textProperty().isNotNull());

        ProgressIndicator waiting = new ProgressIndicator();
        waiting.setPrefSize(48, 48);
        waiting.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.busyProperty().get()
                || vm.statusProperty().get() instanceof PairingStatus.Waiting, vm.busyProperty(), vm.statusProperty()));

        FontIcon stateIcon = new FontIcon();
        stateIcon.setStyle("-fx-icon-size: 64px;"); // inline: the theme's icon size would win over setIconSize
        stateIcon.iconCodeProperty().bind(Bindings.createObjectBinding(() -> {
            PairingStatus s = vm.statusProperty().get();
            if (s instanceof PairingStatus.Connected) {
                return Material2AL.CHECK_CIRCLE;
            }
            if (s instanceof PairingStatus.Unreachable) {
                return Material2AL.CLOUD_OFF;
            }
            if (s instanceof PairingStatus.Expired || s instanceof PairingStatus.Failed) {
                return Material2AL.ERROR_OUTLINE;
            }
            return Material2MZ.QR_CODE;
        }, vm.statusProperty()));
        stateIcon.visibleProperty().bind(image.imageProperty().isNull().and(pairingCode.visibleProperty().not())
                .and(waiting.visibleProperty().not()));
        stateIcon.getStyleClass().add("qr-state-icon");

        StackPane frame = new StackPane(stateIcon, waiting, image, pairingCode);
        frame.setId("qr-frame");
        // The frame is for pairing; a paired or idle instance needs no empty square.
        frame.visibleProperty().bind(Bindings.createBooleanBinding(() -> pairing(vm.statusProperty().get())
                || vm.busyProperty().get(), vm.statusProperty(), vm.busyProperty()));
        frame.managedProperty().bind(frame.visibleProperty());
        frame.getStyleClass().add("qr-frame");
        frame.setMinSize(CODE_SIZE + 16, CODE_SIZE + 16);
        frame.setMaxSize(CODE_SIZE + 16, CODE_SIZE + 16);

        ProgressBar lifetime = new ProgressBar();
        lifetime.setId("qr-countdown");
        lifetime.setMaxWidth(CODE_SIZE + 16);
        lifetime.progressProperty().bind(vm.secondsLeftProperty().divide((double) PairingTracker.CODE_LIFETIME.toSeconds()));
        lifetime.visibleProperty().bind(vm.codeProperty().isNotNull());
        lifetime.managedProperty().bind(lifetime.visibleProperty());

        Label attempts = new Label();
        attempts.setId("qr-attempts");
        attempts.getStyleClass().add("muted");
        attempts.textProperty().bind(vm.attempts());

        Label detail = new Label();
        detail.setId("qr-detail");
        detail.setWrapText(true);
        detail.textProperty().bind(vm.detail());

        Button save = new Button("Save QR…", new FontIcon(Material2MZ.SAVE));
        save.setId("save-qr");
        save.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.codeProperty().get() == null
                || vm.codeProperty().get().pairingCode() != null, vm.codeProperty()));
        save.setOnAction(e -> vm.saveQr());
        save.setTooltip(new Tooltip("Save the code as a PNG readable only by you"));
        Button copy = new Button("Copy code", new FontIcon(Material2AL.CONTENT_COPY));
        copy.setId("copy-pairing-code");
        copy.visibleProperty().bind(pairingCode.visibleProperty());
        copy.managedProperty().bind(copy.visibleProperty());
        copy.setOnAction(e -> vm.copyPairingCode());
        HBox codeActions = new HBox(6, save, copy);
        codeActions.visibleProperty().bind(vm.codeProperty().isNotNull());
        codeActions.managedProperty().bind(codeActions.visibleProperty());

        TextField phone = new TextField();
        phone.setId("pairing-number");
        phone.setPromptText("Phone number with country code");
        phone.textProperty().bindBidirectional(vm.phoneNumberProperty());
        HBox.setHgrow(phone, Priority.ALWAYS);
        Button pair = new Button("Get pairing code");
        pair.setId("request-pairing-code");
        pair.disableProperty().bind(vm.connectAllowedBinding().not());
        pair.setOnAction(e -> vm.requestPairingCode());
        phone.setOnAction(e -> vm.requestPairingCode());
        pair.setTooltip(new Tooltip("Pair by typing a code on the phone instead of scanning"));
        HBox pairing = new HBox(6, phone, pair);
        pairing.setAlignment(Pos.CENTER_LEFT);
        pairing.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !(vm.statusProperty().get() instanceof PairingStatus.Connected), vm.statusProperty()));
        pairing.managedProperty().bind(pairing.visibleProperty());

        Label notice = new Label();
        notice.setId("qr-notice");
        notice.setWrapText(true);
        notice.getStyleClass().add("muted");
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());

        getChildren().addAll(headline, frame, lifetime, attempts, detail, codeActions, pairing, notice);
    }
}
