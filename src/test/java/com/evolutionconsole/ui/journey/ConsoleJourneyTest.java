package com.evolutionconsole.ui.journey;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.evolutionconsole.app.ConsoleWindow;
import com.evolutionconsole.demo.DemoServerConfig;
import com.evolutionconsole.demo.EmbeddedEvolutionServer;
import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.api.EvolutionClient;
import com.evolutionconsole.ui.common.FxUiExecutor;
import com.evolutionconsole.ui.instances.InstanceRow;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.evolutionconsole.settings.InMemoryKeyring;
import com.evolutionconsole.settings.KeyringStatus;
import com.evolutionconsole.settings.ProfileStore;
import com.evolutionconsole.settings.SavedServers;
import com.evolutionconsole.settings.UserFolders;
import java.nio.file.Path;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window against the embedded server over HTTP, driven like an operator: pairing from QR to open, presence,
 * restart, logout and delete with their confirmations, search and filter, and the banner when the server stops.
 * Saves screenshots under target/screenshots.
 */
class ConsoleJourneyTest {

    private static final String KEY = "journey-global-key-0123456789";
    private static final long TIMEOUT_S = 30;

    private final FxRobot robot = new FxRobot();
    private EmbeddedEvolutionServer server;
    private EvolutionClient setupClient;
    private FxUiExecutor executor;
    private ExecutorService stateReads;
    private ConsoleWindow window;
    private Stage stage;
    @TempDir
    Path settingsHome;
    private final InMemoryKeyring keyring = new InMemoryKeyring();

    @BeforeEach
    void start() throws TimeoutException {
        // Short QR life so a rotation happens within the test; the rest as the real server, minus its slowness.
        server = new EmbeddedEvolutionServer(DemoServerConfig.builder(KEY).qrRotation(Duration.ofSeconds(4))
                .firstQrDelay(Duration.ofMillis(200)).connectBlock(Duration.ofMillis(200))
                .createQrWait(Duration.ofMillis(200)).build());
        server.start();
        server.backend().seedSamples();
        setupClient = EvolutionClient.create(server.url(), Secret.of(KEY));
        executor = new FxUiExecutor(4);
        stateReads = Executors.newFixedThreadPool(4);
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            UserFolders folders = new UserFolders(settingsHome.resolve("config"), settingsHome.resolve("logs"));
            window = new ConsoleWindow(s, executor, stateReads, () -> SavedServers.open(ProfileStore.in(folders),
                    () -> KeyringStatus.available(keyring), folders));
            window.servers().load(false, () -> { });
            window.connect(server.url(), Secret.of(KEY), true);
            window.show();
        });
        waitFor(() -> table().getItems().size() >= 4);
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupStages();
        window.close();
        executor.close();
        stateReads.shutdownNow();
        setupClient.close();
        server.stop();
    }

    @Test
    void pairingJourneyFromCreateToDelete() {
        select("sales-team");
        Screenshots.save(robot, stage.getScene().getRoot(), "main-window");

        robot.clickOn("#open-create");
        waitFor(() -> dialogWindow("#name") != null);
        robot.targetWindow(dialogWindow("#name"));
        robot.clickOn("#name").write("journey-bot");
        assertThat(robot.lookup("#qr-now").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        Screenshots.save(robot, dialogWindow("#name").getScene().getRoot(), "create-dialog");
        robot.clickOn("#create");

        // the new row is selected and its QR pane opens by itself
        waitFor(() -> text("#detail-title").equals("journey-bot"));
        robot.targetWindow(stage);
        waitFor(() -> qrImage() != null);
        assertThat(text("#qr-attempts")).isEqualTo("Code 1 of 30");
        Image first = qrImage();
        Screenshots.save(robot, robot.lookup(".qr-pane").query(), "qr-pane");

        waitFor(() -> text("#qr-attempts").equals("Code 2 of 30"));
        assertThat(qrImage()).as("the rotated code is drawn").isNotNull().isNotSameAs(first);

        server.backend().phoneScanned("journey-bot", "Journey Shop", "5511988887777");
        waitFor(() -> text("#qr-headline").equals("Connected as Journey Shop (5511988887777)"));
        waitFor(() -> row("journey-bot").state().isOpen());
        Screenshots.save(robot, robot.lookup(".qr-pane").query(), "qr-pane-connected");

        waitFor(() -> !robot.lookup("#presence-composing").queryButton().isDisabled());
        robot.clickOn("#presence-composing");
        waitFor(() -> text("#action-result").contains("typing"));

        robot.clickOn("#restart");
        waitFor(() -> text("#action-result").contains("restarted"));

        robot.clickOn("#logout");
        waitFor(() -> dialog("#confirm-dialog") != null);
        Screenshots.save(robot, dialog("#confirm-dialog"), "confirm-logout");
        robot.clickOn((Node) robot.from(dialog("#confirm-dialog")).lookup(".button").match(
                n -> n instanceof Button b && b.getText().equals("Log out")).query());
        waitFor(() -> text("#action-result").contains("logged out"));
        waitFor(() -> row("journey-bot").state().equals(ConnectionState.CLOSE));
        assertThat(robot.lookup("#presence-available").queryButton().isDisabled()).isTrue();

        robot.clickOn("#delete");
        waitFor(() -> dialog("#confirm-typed-dialog") != null);
        Button deleteButton = robot.from(dialog("#confirm-typed-dialog")).lookup(".button")
                .match(n -> n instanceof Button b && b.getText().equals("Delete")).query();
        assertThat(deleteButton.isDisabled()).as("delete waits for the typed name").isTrue();
        robot.clickOn("#confirm-typed-name").write("journey-bot");
        Screenshots.save(robot, dialog("#confirm-typed-dialog"), "confirm-delete");
        robot.clickOn(deleteButton);
        waitFor(() -> row("journey-bot") == null);
        assertThat(setupClient.fetchInstance("journey-bot")).isEmpty();
    }

    @Test
    void aStateChangeArrivesByEventWithoutPolling() {
        waitFor(() -> text("#update-mode").equals("Live updates"));
        robot.clickOn("#auto-refresh");
        robot.clickOn((Node) robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && "Off".equals(c.getText())).query());
        waitFor(() -> text("#update-mode").equals("Live updates"));
        // nothing polls the table now; only the server's connection.update event can turn the row open
        server.backend().phoneScanned("support-desk", "Support", "5511900000009");
        waitFor(() -> row("support-desk").state().isOpen());
    }

    @Test
    void watchingAnInstanceShowsItInTheMonitor() {
        select("sales-team");
        robot.clickOn("#watch-toggle");
        robot.clickOn("#open-monitor");
        waitFor(() -> dialogWindow("#watched-table") != null);
        TableView<?> watched = robot.lookup("#watched-table").queryTableView();
        waitFor(() -> watched.getItems().size() == 1);
        Screenshots.save(robot, dialogWindow("#watched-table").getScene().getRoot(), "monitor");
    }

    @Test
    void bulkRestartOfTheSelectionReportsEachInstance() {
        select("sales-team");
        robot.press(javafx.scene.input.KeyCode.CONTROL);
        select("marketing-bot");
        robot.release(javafx.scene.input.KeyCode.CONTROL);
        robot.clickOn("#bulk-menu");
        robot.clickOn("#bulk-restart");
        waitFor(() -> dialogWindow("#start-bulk") != null);
        robot.targetWindow(dialogWindow("#start-bulk"));
        robot.clickOn("#start-bulk");
        TableView<?> results = robot.lookup("#batch-results").queryTableView();
        waitFor(() -> results.getItems().size() == 2 && !text("#batch-summary").isBlank());
        // sales-team is open and restarts; marketing-bot is closed, which the server refuses for restart
        assertThat(text("#batch-summary")).contains("1").contains("failed");
        Screenshots.save(robot, dialogWindow("#start-bulk").getScene().getRoot(), "bulk-dialog");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void searchAndStateFilterNarrowTheTable() {
        robot.clickOn("#search").write("sales");
        waitFor(() -> table().getItems().size() == 1);
        assertThat(table().getItems().get(0).name()).isEqualTo("sales-team");
        robot.doubleClickOn("#search").eraseText(5);
        waitFor(() -> table().getItems().size() >= 4);
        robot.clickOn("#count-connecting");
        waitFor(() -> table().getItems().stream().allMatch(r -> r.state().kind() == ConnectionState.Kind.CONNECTING));
        assertThat(table().getItems()).isNotEmpty();
        robot.clickOn("#count-connecting");
        waitFor(() -> table().getItems().size() >= 4);
    }

    @Test
    void aStoppedServerShowsTheBannerAndTheWindowStaysUsable() {
        select("sales-team");
        server.stop();
        robot.clickOn("#refresh");
        waitFor(() -> robot.lookup("#error-banner").query().isVisible());
        assertThat(text("#error-banner-text")).contains("nothing answers").contains("running");
        assertThat(table().getItems()).as("rows are kept").hasSizeGreaterThanOrEqualTo(4);
        Screenshots.save(robot, stage.getScene().getRoot(), "error-banner");
        robot.clickOn("#search").write("x");
        assertThat(robot.lookup("#search").queryTextInputControl().getText()).isEqualTo("x");
    }

    @Test
    void theWindowAnswersWhileAnActionWaitsAndSaysSoWhenTheServerStopsMidAction() {
        select("sales-team");
        server.faults().when("POST", "/instance/restart/sales-team").delayed(Duration.ofMinutes(1)).answerNormally();
        robot.clickOn("#restart");
        waitFor(() -> server.faults().pendingRules() == 0); // the restart is at the server, unanswered

        robot.clickOn("#search").write("sales");
        waitFor(() -> table().getItems().size() == 1);
        assertThat(robot.lookup("#restart").queryButton().isDisabled()).as("the restart is still running").isTrue();

        server.stop();

        waitFor(() -> text("#action-result").contains("closed the connection without answering the request to restart \"sales-team\""));
        assertThat(robot.lookup("#restart").queryButton().isDisabled()).as("usable again").isFalse();
        waitFor(() -> text("#error-banner-text").contains("nothing answers"));
        assertThat(text("#detail-title")).as("the selection is kept").isEqualTo("sales-team");
    }

    private TableView<InstanceRow> table() {
        return robot.lookup("#instances").queryTableView();
    }

    private InstanceRow row(String name) {
        return table().getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    private void select(String name) {
        waitFor(() -> robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && name.equals(c.getText())).tryQuery().isPresent());
        robot.clickOn((Node) robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && name.equals(c.getText())).query());
        waitFor(() -> text("#detail-title").equals(name));
    }

    private Image qrImage() {
        ImageView view = robot.lookup("#qr-image").query();
        return view.getImage();
    }

    private String text(String query) {
        Label label = robot.lookup(query).queryAs(Label.class);
        return label.getText() == null ? "" : label.getText();
    }

    @Test
    void healthOfTheSelectedInstances() {
        select("sales-team");
        robot.press(javafx.scene.input.KeyCode.CONTROL);
        select("marketing-bot");
        robot.release(javafx.scene.input.KeyCode.CONTROL);
        robot.clickOn("#open-health");
        waitFor(() -> dialogWindow("#health-results") != null);
        TableView<?> results = robot.lookup("#health-results").queryTableView();
        waitFor(() -> results.getItems().size() == 2 && !robot.lookup("#cancel-check").queryButton().isVisible());
        assertThat(text("#health-summary")).isNotBlank();
        Screenshots.save(robot, dialogWindow("#health-results").getScene().getRoot(), "health-dialog");
        robot.targetWindow(dialogWindow("#health-results"));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitFor(() -> dialogWindow("#health-results") == null);
    }

    @Test
    void aServerIsSavedCheckedAndSwitchedToFromTheServersMenu() throws Exception {
        robot.clickOn("#server-switcher");
        robot.clickOn("#open-servers");
        waitFor(() -> dialogWindow("#server-url") != null);
        robot.targetWindow(dialogWindow("#server-url"));
        robot.clickOn("#profile-name").write("Journey server");
        robot.clickOn("#server-url").write(server.url());
        robot.clickOn("#server-key").write(KEY);
        robot.clickOn((Node) robot.from(dialogWindow("#server-url").getScene().getRoot()).lookup(".button")
                .match(n -> n instanceof Button b && b.getText().equals("Check")).query());
        waitFor(() -> text("#connect-findings").contains("global API key"));
        assertThat(robot.lookup("#server-key").queryTextInputControl().getText()).isEqualTo(KEY);
        assertThat(robot.lookup("#server-key-shown").query().isVisible()).as("the key stays masked").isFalse();
        Screenshots.save(robot, dialogWindow("#server-url").getScene().getRoot(), "connect-dialog");
        robot.clickOn("#profile-connect");
        waitFor(() -> dialogWindow("#server-url") == null);
        waitFor(() -> text("#server-title").startsWith(server.url()));
        waitFor(() -> robot.lookup("#server-switcher").queryLabeled().getText().equals("Journey server"));
        waitFor(() -> table().getItems().size() >= 4);
        assertThat(keyring.entries).containsValue(KEY);
        try (var files = java.nio.file.Files.walk(settingsHome)) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                assertThat(java.nio.file.Files.readString(file)).as(file.toString()).doesNotContain(KEY);
            }
        }

        // the switcher lists it, marked as the one in use; the demo entry is there to go back
        javafx.scene.control.MenuButton switcher = robot.lookup("#server-switcher").queryAs(javafx.scene.control.MenuButton.class);
        assertThat(switcher.getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .contains("Journey server  —  " + server.url(), "Demo server (built in)", "Servers…");
    }

    private Window dialogWindow(String id) {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().lookup(id) != null).findFirst().orElse(null);
    }

    private Node dialog(String id) {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing())
                .map(w -> w.getScene().getRoot().lookup(id)).filter(n -> n != null).findFirst().orElse(null);
    }

    private void waitFor(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.call();
            });
        } catch (TimeoutException e) {
            java.nio.file.Path shot = Screenshots.save(robot, stage.getScene().getRoot(), "failure-" + System.nanoTime());
            throw new AssertionError("the UI did not reach the expected state in " + TIMEOUT_S + " s; see " + shot, e);
        }
    }
}
