package com.evolutionconsole.ui.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.demo.DemoServerConfig;
import com.evolutionconsole.demo.EmbeddedEvolutionServer;
import com.evolutionconsole.domain.Instance;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.service.batch.BatchRunner;
import com.evolutionconsole.service.batch.BulkAction;
import com.evolutionconsole.service.batch.RecordingSleeper;
import com.evolutionconsole.service.health.SameThreadExecutorService;
import com.evolutionconsole.ui.batch.BatchItemRow;
import com.evolutionconsole.ui.common.ManualUiExecutor;
import com.evolutionconsole.ui.instances.InstanceRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The bulk dialog on screen (headless): the list of instances, the typed delete confirmation, the results. */
@ExtendWith(ApplicationExtension.class)
class BulkActionDialogTest {

    private static final String KEY = "bulk-view-global-key";

    private final List<List<String>> changed = new ArrayList<>();
    private EmbeddedEvolutionServer server;
    private EvolutionClient client;

    @Start
    void start(Stage stage) {
        server = new EmbeddedEvolutionServer(DemoServerConfig.builder(KEY).noDelays().build());
        server.start();
        server.backend().seedSamples();
        client = EvolutionClient.create(server.url(), Secret.of(KEY));
        List<InstanceRow> rows = new ArrayList<>();
        for (Instance instance : client.fetchInstances()) {
            if (!instance.name().equals("pairing-kiosk")) {
                InstanceRow row = new InstanceRow(instance);
                row.setState(client.connectionState(instance.name()));
                rows.add(row);
            }
        }
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        RecordingSleeper sleeper = new RecordingSleeper();
        BatchRunner runner = new BatchRunner(new SameThreadExecutorService(), 4, Duration.ZERO, sleeper.clock, sleeper);
        BulkActionDialog.show(stage, new BulkActionViewModel(() -> client, runner, new ManualUiExecutor(),
                BulkAction.Kind.DELETE, rows, changed::add));
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void deleteIsEnabledOnlyByTypingTheCountAndThenShowsEachResult(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ListView<InstanceRow> targets = robot.lookup("#bulk-targets").queryAs(ListView.class);
        assertThat(targets.getItems()).hasSize(3);
        Button start = robot.lookup("#start-bulk").queryButton();
        assertThat(start.getText()).isEqualTo("Delete 3 instances");
        assertThat(start.isDisabled()).isTrue();
        assertThat(robot.lookup("#bulk-explanation").queryAs(Label.class).getStyleClass()).contains("danger");

        robot.targetWindow(start.getScene().getWindow());
        robot.clickOn("#bulk-confirm").write("delete 3");
        assertThat(start.isDisabled()).isFalse();
        robot.clickOn(start);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<BatchItemRow> results = robot.lookup("#batch-results").queryAs(TableView.class);
        assertThat(results.getItems()).extracting(BatchItemRow::detail).containsOnly("Deleted.");
        assertThat(robot.lookup("#batch-summary").queryAs(Label.class).getText()).isEqualTo("3 deleted, 0 failed, 0 cancelled");
        assertThat(shown(robot.lookup("#bulk-targets").query())).as("the results replace the confirmation").isFalse();
        assertThat(robot.lookup("#retry-failed").queryButton().isVisible()).isFalse();
        assertThat(server.backend().instances()).hasSize(1);
        assertThat(changed).hasSize(1);
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
