package com.evolutionconsole.ui.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.demo.DemoServerConfig;
import com.evolutionconsole.demo.EmbeddedEvolutionServer;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.service.health.HealthChecker;
import com.evolutionconsole.service.health.InstanceHealth;
import com.evolutionconsole.service.health.SameThreadExecutorService;
import com.evolutionconsole.ui.common.ManualUiExecutor;
import com.evolutionconsole.ui.common.ScriptedDialogs;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The health dialog on screen (headless): it checks on open, fills the table and the server facts, copies. */
@ExtendWith(ApplicationExtension.class)
class HealthViewTest {

    private static final String KEY = "health-view-global-key";
    private static EmbeddedEvolutionServer server;
    private static EvolutionClient client;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

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
        HealthViewModel vm = new HealthViewModel(() -> client,
                new HealthChecker(new SameThreadExecutorService()), new ManualUiExecutor(), dialogs);
        HealthView.show(stage, vm, List.of("sales-team", "marketing-bot", "no-such-bot"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void checksOnOpenAndShowsResultsServerFactsAndCopy(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<InstanceHealth> table = robot.lookup("#health-results").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(InstanceHealth::name)
                .containsExactly("sales-team", "marketing-bot", "no-such-bot");
        assertThat(robot.lookup("#server-version").queryAs(Label.class).getText()).isEqualTo("2.3.6");
        assertThat(robot.lookup("#server-key").queryAs(Label.class).getText()).isEqualTo("global key");
        assertThat(robot.lookup("#progress-text").queryAs(Label.class).getText()).isEqualTo("Done: 3 of 3 checked.");
        assertThat(robot.lookup("#health-summary").queryAs(Label.class).getText()).startsWith("1 of 3 ready");
        assertThat(robot.lookup("#cancel-check").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#probe-qr").queryAs(CheckBox.class).isSelected()).as("off by default").isFalse();

        robot.clickOn("#copy-report");

        assertThat(dialogs.clipboard).singleElement().satisfies(text -> assertThat(text).contains("| marketing-bot |"));
        assertThat(robot.lookup("#health-notice").queryAs(Label.class).getText()).contains("copied");
    }

    @Test
    void checkAgainRunsWithTheProbeWhenTicked(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#probe-qr");
        Button again = robot.lookup("#check-again").queryButton();
        robot.clickOn(again);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(server.backend().instance("marketing-bot").orElseThrow().liveState()).isEqualTo("connecting");
        assertThat(robot.lookup("#progress-text").queryAs(Label.class).getText()).isEqualTo("Done: 3 of 3 checked.");
    }
}
