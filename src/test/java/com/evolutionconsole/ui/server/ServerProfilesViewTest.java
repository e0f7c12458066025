package com.evolutionconsole.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.evolutionconsole.domain.KeyKind;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.service.InstanceStatusLoader;
import com.evolutionconsole.service.ServerConnection;
import com.evolutionconsole.service.ServerConnector;
import com.evolutionconsole.service.live.LiveEvents;
import com.evolutionconsole.settings.InMemoryKeyring;
import com.evolutionconsole.settings.KeyringStatus;
import com.evolutionconsole.settings.ProfileBook;
import com.evolutionconsole.settings.ProfileStore;
import com.evolutionconsole.settings.SavedServers;
import com.evolutionconsole.settings.SecretFallback;
import com.evolutionconsole.settings.ServerProfile;
import com.evolutionconsole.settings.UserFolders;
import com.evolutionconsole.testing.TestServer;
import com.evolutionconsole.testing.TlsFront;
import com.evolutionconsole.ui.common.FxUiExecutor;
import com.evolutionconsole.ui.common.ScriptedDialogs;
import com.evolutionconsole.ui.instances.InstanceTableViewModel;
import com.evolutionconsole.ui.lifecycle.InstanceActionsViewModel;
import com.evolutionconsole.ui.shell.ShellViewModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.kordamp.ikonli.javafx.FontIcon;
import org.junit.jupiter.api.Test;
import com.evolutionconsole.ui.journey.Screenshots;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "Servers" dialog on screen (headless), driven through its controls like an operator: a self-signed HTTPS
 * server trusted by fingerprint and saved with its pin, the plain-HTTP warning, the masked key and explicit copy,
 * the owner-only file when there is no keyring, and unsaved edits kept when switching profiles. The ViewModels are
 * the real ones, over a temporary settings folder, a fake keyring and the real background executor.
 */
@ExtendWith(ApplicationExtension.class)
class ServerProfilesViewTest {

    private static final long TIMEOUT_S = 20;
    private static final long SETTLE_S = 3;

    @TempDir
    Path home;
    private Stage stage;
    private final FxRobot robot = new FxRobot();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final InMemoryKeyring keyring = new InMemoryKeyring();
    private final FxUiExecutor executor = new FxUiExecutor(2);
    private final ExecutorService stateReads = Executors.newFixedThreadPool(2);
    private UserFolders folders;
    private ShellViewModel shell;
    private ServersViewModel servers;
    private ServerProfilesViewModel vm;
    private TestServer server;
    private TlsFront front;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void stop() {
        // a failed test may leave the modal dialog up: hiding it ends its showAndWait
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage)
                .forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
        ServerConnection connection = shell == null ? null : shell.connectionProperty().get();
        if (connection != null) {
            connection.client().close();
        }
        executor.close();
        stateReads.shutdownNow();
        if (front != null) {
            front.close();
        }
        if (server != null) {
            server.close();
        }
    }

    // ------------------------------------------------------------------------------------------------ scenarios

    @Test
    void aSelfSignedServerIsTrustedByItsFingerprintAndSavedWithThePin() throws Exception {
        server = new TestServer();
        server.create("tls-shop", false);
        HeldCertificate selfSigned = new HeldCertificate.Builder().commonName("evolution.lan").build();
        front = new TlsFront(selfSigned, server.server.url());
        String fingerprint = fingerprint(selfSigned.certificate());
        openConsole(KeyringStatus.available(keyring));
        openDialog();
        assertThat(shown("#keyring-missing")).as("a keyring answered").isFalse();

        type("#profile-name", "Lab");
        type("#server-url", front.url());
        type("#server-key", TestServer.KEY);
        assertThat(shown("#plain-http-warning")).as("HTTPS sends nothing in clear").isFalse();
        clickButton("Check");

        waitFor(() -> shown("#connect-error") && shown("#offered-certificate"));
        assertThat(seen("#connect-error")).contains("not trusted").contains("self-signed")
                .doesNotContain(TestServer.KEY);
        assertThat(seen("#offered-certificate")).as("the fingerprint to compare is on screen, not cut off")
                .contains("evolution.lan").contains("itself (self-signed)").contains("SHA-256 fingerprint: " + fingerprint);
        assertThat(shown("#trust-certificate")).isTrue();
        assertThat(shown("#pinned-certificate")).as("nothing trusted yet").isFalse();
        assertThat(node("#profile-connect").isDisabled()).as("an unchecked server cannot be used").isTrue();
        screenshot("servers-certificate");

        robot.clickOn(node("#trust-certificate"));

        waitFor(() -> text("#connect-findings").contains("global API key"));
        assertThat(seen("#connect-findings")).contains("Evolution API 2.3.6").contains("global API key");
        assertThat(shown("#pinned-certificate")).isTrue();
        assertThat(seen("#pinned-certificate")).isEqualTo("Trusted certificate (pinned): SHA-256 " + fingerprint);
        assertThat(shown("#offered-certificate")).as("the offer is answered").isFalse();
        assertThat(shown("#connect-error")).isFalse();
        Button connect = (Button) node("#profile-connect");
        assertThat(connect.getText()).isEqualTo("Save and connect");
        assertThat(connect.isDisabled()).isFalse();

        robot.clickOn(connect);

        waitFor(() -> dialogWindow() == null);
        ServerConnection inUse = shell.connectionProperty().get();
        assertThat(inUse).as("the shell took the checked connection").isNotNull();
        assertThat(inUse.url()).startsWith(front.url());
        assertThat(inUse.pinnedCertificate()).isEqualTo(fingerprint);
        waitFor(() -> shell.table().allRows().size() == 1); // the shell lists the server's instance through the pin
        assertThat(servers.activeProperty().get().name()).isEqualTo("Lab");

        // read back from disk as the next start would (once "last used" is written, nothing else is pending)
        waitFor(() -> savedBook().lastUsedId() != null);
        ServerProfile saved = savedBook().profiles().get(0);
        assertThat(savedBook().profiles()).hasSize(1);
        assertThat(saved.name()).isEqualTo("Lab");
        assertThat(saved.url()).isEqualTo(front.url());
        assertThat(saved.trustedCertificate()).isEqualTo(fingerprint);
        assertThat(saved.keyKind()).isEqualTo(KeyKind.GLOBAL);
        assertThat(savedBook().lastUsedId()).isEqualTo(saved.id());
        assertThat(Files.readString(profilesFile())).contains(fingerprint);
        assertThat(keyring.entries).as("the key went to the keyring").containsValue(TestServer.KEY);
        assertNoFileHolds(TestServer.KEY);
    }

    @Test
    void plainHttpToAnotherHostIsWarnedAboutButNotToThisMachine() {
        openConsole(KeyringStatus.available(keyring));
        openDialog();
        assertThat(shown("#plain-http-warning")).isFalse();

        type("#server-url", "http://203.0.113.7:8080");

        assertThat(shown("#plain-http-warning")).isTrue();
        assertThat(seen("#plain-http-warning")).contains("unencrypted").contains("203.0.113.7");

        replace("#server-url", "http://localhost:8080");

        assertThat(textInput("#server-url").getText()).isEqualTo("http://localhost:8080");
        assertThat(shown("#plain-http-warning")).isFalse();
    }

    @Test
    void theKeyIsMaskedUntilRevealedAndCopiedOnlyOnRequest() {
        String key = "masked-key-0123456789";
        openConsole(KeyringStatus.available(keyring));
        openDialog();
        PasswordField hidden = (PasswordField) node("#server-key");
        TextField revealed = (TextField) node("#server-key-shown");
        assertThat(node("#copy-key").isDisabled()).as("nothing to copy yet").isTrue();

        type("#server-key", key);

        assertThat(hidden.getText()).isEqualTo(key);
        assertThat(shown(hidden)).isTrue();
        assertThat(shown(revealed)).isFalse();
        assertThat(drawnText(hidden)).as("the field draws bullets, not the key").doesNotContain(key).isNotBlank();
        assertThat(((CheckBox) node("#reveal-key")).isSelected()).isFalse();

        robot.clickOn(node("#reveal-key"));

        assertThat(shown(revealed)).isTrue();
        assertThat(shown(hidden)).isFalse();
        assertThat(revealed.getText()).isEqualTo(key);
        assertThat(drawnText(revealed)).contains(key);

        robot.clickOn(node("#reveal-key"));

        assertThat(shown(hidden)).as("masked again").isTrue();
        assertThat(shown(revealed)).isFalse();
        assertThat(dialogs.clipboard).as("typing and revealing copy nothing").isEmpty();

        robot.clickOn(node("#copy-key"));

        assertThat(dialogs.clipboard).containsExactly(key);
        assertThat(text("#profile-notice")).contains("copied");
    }

    @Test
    void withoutAKeyringTheOwnerOnlyFileKeepsTheKeyAndTheProfilesFileNever() throws Exception {
        String key = "file-kept-key-0123456789";
        openConsole(KeyringStatus.unavailable("No system keyring is available (test)."));
        openDialog();

        assertThat(shown("#keyring-missing")).isTrue();
        assertThat(seen("#keyring-missing")).isEqualTo("No system keyring is available (test).");
        assertThat(text("#key-storage")).contains("this session only");
        assertThat(((RadioButton) node("#fallback-file")).isSelected()).as("nothing chosen for the operator").isFalse();
        assertThat(((RadioButton) node("#fallback-ask")).isSelected()).isFalse();

        robot.clickOn(node("#fallback-file"));

        waitFor(() -> text("#key-storage").contains("owner-only file"));
        assertThat(seen("#key-storage")).contains("owner-only file").contains(secretsFile().toString());
        assertThat(savedBook().secretFallback()).as("the choice is remembered").isEqualTo(SecretFallback.OWNER_ONLY_FILE);

        type("#profile-name", "Office");
        type("#server-url", "http://localhost:8080");
        type("#server-key", key);
        robot.clickOn(node("#profile-save"));

        waitFor(() -> text("#profile-notice").startsWith("Saved \"Office\""));
        assertThat(seen("#profile-notice")).contains("owner-only file").contains(secretsFile().toString());
        assertThat(Files.readString(secretsFile())).contains(key);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secretsFile()))).isEqualTo("rw-------");
        assertThat(Files.readString(profilesFile())).contains("Office").doesNotContain(key);
        assertThat(savedBook().profiles()).extracting(ServerProfile::name).containsExactly("Office");
        assertThat(keyring.entries).isEmpty();
    }

    @Test
    void choosingAnotherProfileWithUnsavedEditsAsksAndKeepsThemOnNo() throws Exception {
        String shopKey = "shop-key-0123456789";
        saveBeforehand(ServerProfile.create("Shop", "http://localhost:8081"), shopKey);
        saveBeforehand(ServerProfile.create("Support", "http://localhost:8082"), "support-key-0123456789");
        openConsole(KeyringStatus.available(keyring));
        openDialog();

        robot.clickOn(profileCell("Shop"));
        waitFor(() -> textInput("#server-key").getText().equals(shopKey));
        assertThat(textInput("#profile-name").getText()).isEqualTo("Shop");
        assertThat(dialogs.asked).as("nothing was edited, nothing to ask").isEmpty();

        robot.clickOn(node("#profile-name"));
        robot.type(KeyCode.END).write(" EU");
        assertThat(((Button) node("#profile-connect")).getText()).as("the edit is seen").isEqualTo("Save and connect");
        dialogs.confirmAnswer = false;

        robot.clickOn(profileCell("Support"));

        waitFor(() -> !dialogs.asked.isEmpty() && selectedInList() != null && selectedInList().name().equals("Shop"));
        assertThat(dialogs.asked).singleElement().asString().startsWith("Discard changes?").contains("\"Shop EU\"");
        assertThat(textInput("#profile-name").getText()).isEqualTo("Shop EU");
        assertThat(textInput("#server-url").getText()).isEqualTo("http://localhost:8081");
        assertThat(textInput("#server-key").getText()).isEqualTo(shopKey);
        assertThat(vm.selectedProperty().get().name()).isEqualTo("Shop");

        // answering yes, the other profile replaces the edits
        dialogs.confirmAnswer = true;
        robot.clickOn(profileCell("Support"));

        waitFor(() -> textInput("#profile-name").getText().equals("Support"));
        assertThat(selectedInList().name()).isEqualTo("Support");
        assertThat(dialogs.asked).hasSize(2);
        assertThat(savedBook().profiles()).extracting(ServerProfile::name).containsExactly("Shop", "Support");
    }

    // ------------------------------------------------------------------------------------------------ set-up

    /** A console session over the temporary folder, with the saved servers read (none reopened). */
    private void openConsole(KeyringStatus keyringStatus) {
        folders = new UserFolders(home.resolve("config"), home.resolve("logs"));
        ShellViewModel[] self = new ShellViewModel[1];
        InstanceTableViewModel table = new InstanceTableViewModel(() -> self[0].client(),
                new InstanceStatusLoader(stateReads), executor);
        InstanceActionsViewModel actions = new InstanceActionsViewModel(() -> self[0].client(), executor, dialogs,
                (name, state) -> self[0].instanceChanged(name, state));
        shell = self[0] = new ShellViewModel(executor, new ServerConnector(), table, actions, LiveEvents.NONE);
        UserFolders settings = folders;
        servers = new ServersViewModel(() -> SavedServers.open(ProfileStore.in(settings), () -> keyringStatus, settings),
                shell, executor, dialogs);
        servers.load(false, () -> { });
        waitFor(() -> servers.loadedProperty().get() && !servers.keyStorageProperty().get().isEmpty());
    }

    /** Opens the modal dialog without blocking the test, and aims the robot at it. */
    private void openDialog() {
        robot.interact(() -> vm = new ServerProfilesViewModel(servers,
                new ConnectServerViewModel(new ServerConnector(), executor), dialogs));
        Platform.runLater(() -> ServerProfilesView.show(stage, vm));
        waitFor(() -> dialogWindow() != null && node("#profile-name").isFocused());
        robot.targetWindow(dialogWindow());
    }

    private void saveBeforehand(ServerProfile profile, String key) throws IOException {
        UserFolders settings = new UserFolders(home.resolve("config"), home.resolve("logs"));
        SavedServers.open(ProfileStore.in(settings), () -> KeyringStatus.available(keyring), settings)
                .save(profile, Secret.of(key));
    }

    // ------------------------------------------------------------------------------------------------ the dialog

    private Window dialogWindow() {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().lookup("#connect-dialog") != null).findFirst().orElse(null);
    }

    private Parent dialogRoot() {
        Window window = dialogWindow();
        if (window == null) {
            throw new AssertionError("the Servers dialog is not open");
        }
        return window.getScene().getRoot();
    }

    private Node node(String id) {
        return robot.from(dialogRoot()).lookup(id).query();
    }

    private String text(String id) {
        String text = ((Labeled) node(id)).getText();
        return text == null ? "" : text;
    }

    private TextInputControl textInput(String id) {
        return (TextInputControl) node(id);
    }

    /** Visible on screen: the node and every parent visible, in a showing window. */
    private boolean shown(String id) {
        return shown(node(id));
    }

    private static boolean shown(Node node) {
        if (node.getScene() == null || node.getScene().getWindow() == null || !node.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the operator can read of a label: the text its skin draws, which ends in "…" when the label is squeezed,
     * as opposed to the text it holds.
     */
    private String seen(String id) {
        Labeled label = (Labeled) node(id);
        try {
            // the skin redraws at the next pulse (and after the window grows): give it a moment to catch up
            WaitForAsyncUtils.waitFor(SETTLE_S, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return drawnText(label).equals(label.getText());
            });
        } catch (TimeoutException squeezed) {
            // what is drawn is what the operator reads: the caller's assertion says what is missing
        }
        return drawnText(label);
    }

    /** What a control draws (its skin's Text nodes, icons aside), as opposed to the text it holds. */
    private String drawnText(Node control) {
        StringBuilder drawn = new StringBuilder();
        robot.from(control).lookup((Node n) -> n instanceof Text && !(n instanceof FontIcon))
                .queryAllAs(Text.class).forEach(t -> drawn.append(t.getText()));
        return drawn.toString();
    }

    private void type(String id, String text) {
        robot.clickOn(node(id)).write(text);
    }

    /** Replaces a field's text by selecting all of it and typing over it. */
    private void replace(String id, String text) {
        robot.clickOn(node(id)).push(KeyCode.SHORTCUT, KeyCode.A).write(text);
    }

    private void clickButton(String label) {
        robot.clickOn((Node) robot.from(dialogRoot()).lookup(".button")
                .match(n -> n instanceof Button b && label.equals(b.getText())).query());
    }

    private Node profileCell(String name) {
        return robot.from(node("#profile-list")).lookup(".list-cell")
                .match(n -> n instanceof ListCell<?> cell && cell.getItem() instanceof ServerProfile p
                        && p.name().equals(name)).query();
    }

    @SuppressWarnings("unchecked")
    private ServerProfile selectedInList() {
        return ((ListView<ServerProfile>) node("#profile-list")).getSelectionModel().getSelectedItem();
    }

    // ------------------------------------------------------------------------------------------------ files

    private Path profilesFile() {
        return folders.config().resolve("profiles.json");
    }

    private Path secretsFile() {
        return folders.config().resolve("secrets.json");
    }

    private ProfileBook savedBook() {
        return ProfileStore.in(folders).load().book();
    }

    private void assertNoFileHolds(String secret) throws IOException {
        try (var files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(secret);
            }
        }
    }

    /** SHA-256 of the certificate as browsers show it, computed here rather than by the code under test. */
    private static String fingerprint(X509Certificate certificate) throws GeneralSecurityException {
        return HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    }

    // ------------------------------------------------------------------------------------------------ waiting

    private void waitFor(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.call();
            });
        } catch (TimeoutException e) {
            Window window = dialogWindow();
            String shot = window == null ? "no dialog open" : "see " + Screenshots.save(robot, window.getScene().getRoot(),
                    "servers-failure-" + System.nanoTime());
            throw new AssertionError("the dialog did not reach the expected state in " + TIMEOUT_S + " s; " + shot, e);
        }
    }

    private void screenshot(String name) {
        Screenshots.save(robot, dialogRoot(), name);
    }
}
