package com.evolutionconsole.ui.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.demo.DemoServerConfig;
import com.evolutionconsole.demo.EmbeddedEvolutionServer;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.service.batch.BatchRunner;
import com.evolutionconsole.service.batch.NameCandidate;
import com.evolutionconsole.service.batch.RecordingSleeper;
import com.evolutionconsole.service.health.SameThreadExecutorService;
import com.evolutionconsole.ui.common.ManualUiExecutor;
import com.evolutionconsole.ui.common.ScriptedDialogs;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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

/** The batch dialog on screen (headless): names typed are checked, the start sends them, results replace the list. */
@ExtendWith(ApplicationExtension.class)
class BatchCreateViewTest {

    private static final String KEY = "batch-view-global-key";
    private static EmbeddedEvolutionServer server;
    private static EvolutionClient client;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<List<String>> created = new ArrayList<>();

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
        RecordingSleeper sleeper = new RecordingSleeper();
        BatchRunner runner = new BatchRunner(new SameThreadExecutorService(), 3, BatchRunner.CREATE_GAP,
                sleeper.clock, sleeper);
        BatchCreateView.show(stage, new BatchCreateViewModel(() -> client, runner, new ManualUiExecutor(), dialogs,
                created::add));
    }

    @Test
    @SuppressWarnings("unchecked")
    void typedNamesAreCheckedThenCreatedWithAResultEach(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Button start = robot.lookup("#start-batch").queryButton();
        assertThat(start.isDisabled()).isTrue();

        robot.targetWindow(start.getScene().getWindow());
        robot.write("screen-one").type(KeyCode.ENTER).write("sales-team").type(KeyCode.ENTER).write("screen-one");

        TableView<NameCandidate> checks = robot.lookup("#name-checks").queryAs(TableView.class);
        assertThat(checks.getItems()).extracting(NameCandidate::acceptable).containsExactly(true, true, false);
        assertThat(robot.lookup("#validation-summary").queryAs(Label.class).getText())
                .isEqualTo("2 to create · 1 left out · 0 with warnings");
        assertThat(start.getText()).isEqualTo("Create 2 instances…");

        robot.clickOn(start);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<BatchItemRow> results = robot.lookup("#batch-results").queryAs(TableView.class);
        assertThat(results.isVisible()).isTrue();
        assertThat(results.getItems()).extracting(BatchItemRow::status).containsExactly("Created", "Failed");
        assertThat(shown(robot.lookup("#names").query())).as("the results replace the confirmation").isFalse();
        assertThat(robot.lookup("#batch-summary").queryAs(Label.class).getText()).isEqualTo("1 created, 1 failed, 0 cancelled");
        Button retry = robot.lookup("#retry-failed").queryButton();
        assertThat(retry.isVisible()).isTrue();
        assertThat(retry.getText()).isEqualTo("Retry 1 failed");
        assertThat(robot.lookup("#cancel-batch").queryButton().isVisible()).isFalse();
        assertThat(created).containsExactly(List.of("screen-one"));
    }

    /** Shown on screen: visible itself and inside visible parents. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
