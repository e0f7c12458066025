package com.evolutionconsole.ui.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.service.monitor.TimelineEntry;
import com.evolutionconsole.testing.TestServer;
import com.evolutionconsole.ui.common.ManualUiExecutor;
import com.evolutionconsole.ui.common.ScriptedDialogs;
import java.time.Duration;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The monitor panel and the Watch toggle on screen (headless), driven by the test executor's clock. */
@ExtendWith(ApplicationExtension.class)
class MonitorViewTest {

    private final ManualUiExecutor executor = new ManualUiExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private TestServer server;
    private MonitorViewModel vm;

    @Start
    void start(Stage stage) {
        server = new TestServer();
        server.create("shop", true);
        server.scan("shop", "Shop", "5511911112222");
        vm = new MonitorViewModel(() -> server.client, executor, dialogs, DesktopNotifier.NONE);
        VBox root = new VBox(new WatchToggle(vm, new SimpleStringProperty("shop")), new MonitorView(vm));
        stage.setScene(new Scene(root, 1100, 780));
        stage.show();
    }

    @AfterEach
    void stop() {
        vm.stop();
        server.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void watchShowsTheInstanceItsTimelineAndItsAlertUntilAcknowledged(FxRobot robot) {
        robot.clickOn("#watch-toggle");
        robot.interact(() -> executor.advance(Duration.ZERO));

        TableView<WatchRow> watched = robot.lookup("#watched-table").queryAs(TableView.class);
        assertThat(watched.getItems()).extracting(WatchRow::name).containsExactly("shop");
        assertThat(robot.lookup("#watch-toggle").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#monitor-summary").queryAs(Label.class).getText()).isEqualTo("1 watched · 0 need attention");

        robot.interact(() -> watched.getSelectionModel().select(0));
        assertThat(robot.lookup("#timeline-title").queryAs(Label.class).getText()).isEqualTo("Timeline: shop");
        TableView<TimelineEntry> timeline = robot.lookup("#timeline-table").queryAs(TableView.class);
        assertThat(timeline.getItems()).singleElement()
                .satisfies(entry -> assertThat(entry.text()).isEqualTo("open; presence probe ok"));

        robot.interact(() -> {
            server.server.faults().when("GET", "/instance/connectionState/shop").always().respond(200,
                    "application/json", "{\"instance\":{\"instanceName\":\"shop\",\"state\":\"close\"}}");
            executor.advance(Duration.ofMinutes(4));
        });
        TableView<AlertRow> alerts = robot.lookup("#alerts-table").queryAs(TableView.class);
        assertThat(alerts.getItems()).hasSize(1);
        assertThat(robot.lookup("#unacknowledged-count").queryAs(Label.class).getText()).isEqualTo("1 not acknowledged");
        assertThat(timeline.getItems().get(0).event()).isEqualTo(TimelineEntry.Event.CHECKED);
        assertThat(timeline.getItems()).extracting(TimelineEntry::event).contains(TimelineEntry.Event.ALERT);

        robot.interact(() -> alerts.getSelectionModel().select(0));
        robot.clickOn("#acknowledge");
        assertThat(robot.lookup("#unacknowledged-count").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#desktop-notifications").queryAs(CheckBox.class).isDisabled())
                .as("no tray here").isTrue();

        robot.clickOn("#watch-toggle");
        assertThat(watched.getItems()).isEmpty();
        assertThat(robot.lookup("#watch-toggle").queryAs(ToggleButton.class).isSelected()).isFalse();
        assertThat(robot.lookup("#timeline-title").queryAs(Label.class).getText()).isEqualTo("Timeline");
    }
}
