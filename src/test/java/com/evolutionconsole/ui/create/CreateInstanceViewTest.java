package com.evolutionconsole.ui.create;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.demo.DemoServerConfig;
import com.evolutionconsole.demo.EmbeddedEvolutionServer;
import com.evolutionconsole.domain.CreatedInstance;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.ui.common.ManualUiExecutor;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The create dialog on screen (headless): focus, Enter and Escape, the red and amber lines, the token toggle. */
@ExtendWith(ApplicationExtension.class)
class CreateInstanceViewTest {

    private static final String KEY = "create-view-global-key";
    private static EmbeddedEvolutionServer server;
    private static EvolutionClient client;

    private final List<CreatedInstance> created = new ArrayList<>();
    private CreateInstanceViewModel vm;

    @BeforeAll
    static void startServer() {
        server = new EmbeddedEvolutionServer(DemoServerConfig.builder(KEY).noDelays().build());
        server.start();
        server.backend().seedSamples();
        client = EvolutionClient.create(server.url(), Secret.of(KEY));
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.stop();
    }

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        vm = new CreateInstanceViewModel(() -> client, new ManualUiExecutor(), created::add);
        CreateInstanceView.show(stage, vm);
    }

    @Test
    void theNameHasFocusAndEnterCreatesOnceAllowed(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup("#name").queryAs(TextField.class);
        Button create = robot.lookup("#create").queryButton();
        assertThat(name.isFocused()).isTrue();
        assertThat(create.isDisabled()).isTrue();

        robot.targetWindow(name.getScene().getWindow());
        robot.write("made-on-screen");
        assertThat(create.isDisabled()).isFalse();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(created).extracting(CreatedInstance::name).containsExactly("made-on-screen");
        assertThat(dialogOpen()).as("closed once created").isFalse();
    }

    @Test
    void escapeCancelsWithoutCalling(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(robot.lookup("#name").query().getScene().getWindow());
        robot.write("never-sent");
        assertThat(vm.nameProperty().get()).isEqualTo("never-sent");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogOpen()).isFalse();
        assertThat(created).isEmpty();
        assertThat(server.backend().exists("never-sent")).isFalse();
    }

    @Test
    void problemsAreRedWarningsAmberAndAConflictStaysInTheDialog(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#name").write("My Bot");
        Label warnings = robot.lookup("#name-warnings").queryAs(Label.class);
        assertThat(warnings.isVisible()).isTrue();
        assertThat(warnings.getStyleClass()).contains("warning");
        assertThat(robot.lookup("#create").queryButton().isDisabled()).isFalse();

        robot.interact(() -> vm.nameProperty().set("sales-team"));
        robot.clickOn("#create");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogOpen()).as("a failure keeps the dialog and the form").isTrue();
        Label error = robot.lookup("#create-error").queryAs(Label.class);
        assertThat(error.getText()).contains("already in use");
        assertThat(error.getStyleClass()).contains("danger");
        assertThat(robot.lookup("#name").queryAs(TextField.class).getPseudoClassStates())
                .anySatisfy(state -> assertThat(state.getPseudoClassName()).isEqualTo("danger"));
    }

    @Test
    void theTokenIsMaskedUntilRevealed(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        PasswordField hidden = robot.lookup("#token").queryAs(PasswordField.class);
        TextField shown = robot.lookup("#token-shown").queryAs(TextField.class);
        robot.interact(() -> vm.tokenProperty().set("secret-token-value"));
        assertThat(hidden.isVisible()).isTrue();
        assertThat(shown.isVisible()).isFalse();

        robot.clickOn("#reveal-token");

        assertThat(shown.isVisible()).isTrue();
        assertThat(shown.getText()).isEqualTo("secret-token-value");
    }

    private static boolean dialogOpen() {
        return Window.getWindows().stream().anyMatch(w -> w.isShowing() && w.getScene() != null
                && w.getScene().lookup("#name") != null);
    }
}
