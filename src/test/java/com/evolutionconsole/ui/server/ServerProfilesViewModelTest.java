package com.evolutionconsole.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.domain.KeyKind;
import com.evolutionconsole.service.InstanceStatusLoader;
import com.evolutionconsole.service.ServerConnector;
import com.evolutionconsole.service.live.LiveEvents;
import com.evolutionconsole.settings.InMemoryKeyring;
import com.evolutionconsole.settings.KeyringStatus;
import com.evolutionconsole.settings.ProfileStore;
import com.evolutionconsole.settings.SavedServers;
import com.evolutionconsole.settings.ServerProfile;
import com.evolutionconsole.settings.UserFolders;
import com.evolutionconsole.testing.TestServer;
import com.evolutionconsole.ui.common.ManualUiExecutor;
import com.evolutionconsole.ui.common.QueuedUiExecutor;
import com.evolutionconsole.ui.common.UiExecutor;
import com.evolutionconsole.ui.common.ScriptedDialogs;
import com.evolutionconsole.ui.instances.InstanceTableViewModel;
import com.evolutionconsole.ui.lifecycle.InstanceActionsViewModel;
import com.evolutionconsole.ui.shell.ShellViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Servers dialog and the switcher against two embedded servers, a fake keyring and a temporary folder. */
class ServerProfilesViewModelTest {

    @TempDir
    Path home;
    private TestServer first;
    private TestServer second;
    private UiExecutor executor = new ManualUiExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final InMemoryKeyring keyring = new InMemoryKeyring();
    private KeyringStatus keyringStatus = KeyringStatus.available(keyring);
    private ShellViewModel shell;
    private ServersViewModel servers;
    private boolean demoStarted;

    @BeforeEach
    void start() {
        first = new TestServer();
        first.create("first-shop", false);
        second = new TestServer();
        second.create("second-shop", false);
        second.create("second-support", false);
    }

    @AfterEach
    void stop() {
        if (shell != null && shell.connectionProperty().get() != null) {
            shell.connectionProperty().get().client().close();
        }
        first.close();
        second.close();
    }

    /** A fresh console session over the same folder and keyring, as after a restart. */
    private void openConsole() {
        ShellViewModel[] self = new ShellViewModel[1];
        InstanceTableViewModel table = new InstanceTableViewModel(() -> self[0].client(),
                new InstanceStatusLoader(first.pool), executor);
        InstanceActionsViewModel actions = new InstanceActionsViewModel(() -> self[0].client(), executor, dialogs,
                (name, state) -> self[0].instanceChanged(name, state));
        shell = self[0] = new ShellViewModel(executor, new ServerConnector(), table, actions, LiveEvents.NONE);
        UserFolders folders = new UserFolders(home.resolve("config"), home.resolve("logs"));
        KeyringStatus status = keyringStatus;
        servers = new ServersViewModel(() -> SavedServers.open(ProfileStore.in(folders), () -> status, folders),
                shell, executor, dialogs);
        demoStarted = false;
        servers.load(true, () -> demoStarted = true);
    }

    private ServerProfilesViewModel dialog() {
        return new ServerProfilesViewModel(servers, new ConnectServerViewModel(new ServerConnector(), executor), dialogs);
    }

    private ServerProfilesViewModel saveAndConnect(String name, TestServer server) {
        ServerProfilesViewModel vm = dialog();
        vm.startNew();
        vm.nameProperty().set(name);
        vm.editor().urlProperty().set(server.server.url());
        vm.editor().keyProperty().set(TestServer.KEY);
        vm.editor().check();
        assertThat(vm.connectLabel().get()).isEqualTo("Save and connect");
        vm.connect();
        assertThat(vm.finishedProperty().get()).as(String.valueOf(vm.problemProperty().get())).isTrue();
        return vm;
    }

    private Path profilesFile() {
        return home.resolve("config").resolve("profiles.json");
    }

    @Test
    void withNothingSavedTheDemoStarts() {
        openConsole();
        assertThat(demoStarted).isTrue();
        assertThat(servers.profiles()).isEmpty();
    }

    @Test
    void aSavedServerIsSwitchableAndReopensAfterARestart() throws Exception {
        openConsole();
        saveAndConnect("Shop", first);
        saveAndConnect("Support", second);
        assertThat(servers.profiles()).extracting(ServerProfile::name).containsExactly("Shop", "Support");
        assertThat(servers.activeProperty().get().name()).isEqualTo("Support");
        assertThat(shell.table().allRows()).hasSize(2);
        assertThat(servers.activeProperty().get().keyKind()).isEqualTo(KeyKind.GLOBAL);

        servers.switchTo(servers.profiles().get(0));
        assertThat(shell.connectionProperty().get().url()).isEqualTo(first.server.url() + "/");
        assertThat(servers.activeProperty().get().name()).isEqualTo("Shop");
        assertThat(shell.table().allRows()).hasSize(1);

        assertThat(Files.readString(profilesFile())).contains("Shop").contains("Support").doesNotContain(TestServer.KEY);
        assertThat(keyring.entries).hasSize(2).containsValue(TestServer.KEY);

        openConsole(); // restart
        assertThat(demoStarted).isFalse();
        assertThat(servers.activeProperty().get().name()).isEqualTo("Shop");
        assertThat(shell.connectionProperty().get().url()).isEqualTo(first.server.url() + "/");
        assertThat(dialogs.asked).as("the key came from the keyring").isEmpty();
    }

    @Test
    void withoutAKeyringTheKeyIsAskedAtTheNextStart() {
        keyringStatus = KeyringStatus.unavailable("No system keyring is available (test).");
        openConsole();
        saveAndConnect("Shop", first);
        assertThat(servers.keyringMissingProperty().get()).contains("No system keyring");
        assertThat(servers.keyStorageProperty().get()).contains("asked");

        dialogs.keyAnswer = TestServer.KEY;
        openConsole();
        assertThat(dialogs.asked).singleElement().asString().contains("API key for Shop");
        assertThat(servers.activeProperty().get().name()).isEqualTo("Shop");

        dialogs.keyAnswer = null; // the operator cancels the question
        openConsole();
        assertThat(shell.connectionProperty().get()).isNull();
        assertThat(shell.connectErrorProperty().get().summary()).contains("Did not connect to \"Shop\": no API key was given");
    }

    @Test
    void aMistypedKeyIsNotRepeatedByRetryButAskedForAgain() {
        keyringStatus = KeyringStatus.unavailable("No system keyring is available (test).");
        openConsole();
        saveAndConnect("Shop", first);

        dialogs.keyAnswer = "mistyped-key-0000";
        openConsole();
        assertThat(shell.connectErrorProperty().get().summary()).contains("refused the API key");

        dialogs.keyAnswer = TestServer.KEY;
        assertThat(shell.retry()).isTrue();
        assertThat(dialogs.asked).as("Retry asked again instead of sending the refused key").hasSize(2);
        assertThat(shell.connectionProperty().get()).isNotNull();
        assertThat(servers.activeProperty().get().name()).isEqualTo("Shop");
    }

    @Test
    void retryAfterACancelledKeyQuestionAsksForThatServerAgain() {
        keyringStatus = KeyringStatus.unavailable("No system keyring is available (test).");
        openConsole();
        saveAndConnect("Shop", first);
        openConsole(); // restart: the key is asked for, and the operator cancels
        shell.connect(second.server.url(), com.evolutionconsole.domain.Secret.of(TestServer.KEY), false);
        servers.switchTo(servers.profiles().get(0));
        assertThat(shell.connectErrorProperty().get().summary()).contains("no API key was given");
        assertThat(shell.connectionProperty().get().url()).isEqualTo(second.server.url() + "/");

        dialogs.keyAnswer = TestServer.KEY;
        shell.retry();
        assertThat(shell.connectionProperty().get().url()).as("Retry went to Shop, not back to the current server")
                .isEqualTo(first.server.url() + "/");
        assertThat(servers.activeProperty().get().name()).isEqualTo("Shop");
    }

    @Test
    void theFormCannotBeClearedUnderASaveInFlight() {
        QueuedUiExecutor queued = new QueuedUiExecutor();
        executor = queued;
        openConsole();
        queued.runAll();
        ServerProfilesViewModel vm = dialog();
        vm.nameProperty().set("Shop");
        vm.editor().urlProperty().set(first.server.url());
        vm.editor().keyProperty().set(TestServer.KEY);
        vm.save();
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.startNew()).isFalse();
        queued.runAll();
        queued.runAll();
        assertThat(vm.startNew()).isTrue();
        assertThat(servers.profiles()).extracting(ServerProfile::name).containsExactly("Shop");
    }

    @Test
    void unsavedEditsAreKeptUnlessTheOperatorDiscardsThem() {
        openConsole();
        saveAndConnect("Shop", first);
        saveAndConnect("Support", second);
        ServerProfilesViewModel vm = dialog();
        assertThat(vm.nameProperty().get()).as("the dialog opens on the server in use").isEqualTo("Support");
        assertThat(vm.editor().keyProperty().get()).as("its key read back for editing").isEqualTo(TestServer.KEY);
        vm.nameProperty().set("Support desk");

        dialogs.confirmAnswer = false;
        assertThat(vm.select(servers.profiles().get(0))).isFalse();
        assertThat(vm.nameProperty().get()).isEqualTo("Support desk");
        assertThat(vm.mayClose()).isFalse();
        assertThat(dialogs.asked).allMatch(q -> q.startsWith("Discard changes?"));

        dialogs.confirmAnswer = true;
        assertThat(vm.select(servers.profiles().get(0))).isTrue();
        assertThat(vm.nameProperty().get()).isEqualTo("Shop");
        assertThat(servers.profiles()).extracting(ServerProfile::name).containsExactly("Shop", "Support");
    }

    @Test
    void aNameInUseIsRefusedWithoutLosingTheForm() {
        openConsole();
        saveAndConnect("Shop", first);
        ServerProfilesViewModel vm = dialog();
        vm.startNew();
        vm.nameProperty().set("shop");
        vm.editor().urlProperty().set(second.server.url());
        vm.editor().keyProperty().set(TestServer.KEY);
        vm.save();
        assertThat(vm.problemProperty().get()).contains("already called \"shop\"");
        assertThat(vm.editor().urlProperty().get()).isEqualTo(second.server.url());
        assertThat(servers.profiles()).hasSize(1);
    }

    @Test
    void removingAsksFirstAndDeletesTheKey() {
        openConsole();
        saveAndConnect("Shop", first);
        ServerProfilesViewModel vm = dialog();
        dialogs.confirmAnswer = false;
        vm.remove();
        assertThat(servers.profiles()).hasSize(1);
        dialogs.confirmAnswer = true;
        vm.remove();
        assertThat(servers.profiles()).isEmpty();
        assertThat(keyring.entries).isEmpty();
        assertThat(dialogs.asked).allMatch(q -> q.contains("not touched"));
        assertThat(vm.noticeProperty().get()).contains("Removed \"Shop\"");
    }

    @Test
    void anUnnamedServerIsUsedWithoutBeingSaved() {
        openConsole();
        ServerProfilesViewModel vm = dialog();
        vm.editor().urlProperty().set(first.server.url());
        vm.editor().keyProperty().set(TestServer.KEY);
        vm.editor().check();
        assertThat(vm.connectLabel().get()).isEqualTo("Connect");
        vm.connect();
        assertThat(shell.connectionProperty().get()).isNotNull();
        assertThat(servers.profiles()).isEmpty();
        assertThat(servers.activeProperty().get()).isNull();
        assertThat(Files.exists(profilesFile())).isFalse();
    }

    @Test
    void aTrustedCertificateIsAnEditThatIsSavedNotDropped() {
        openConsole();
        saveAndConnect("Shop", first);
        ServerProfilesViewModel vm = dialog();
        assertThat(vm.dirtyProperty().get()).isFalse();
        vm.editor().pinnedCertificateProperty().set("AB:CD:EF");
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(vm.connectLabel().get()).isEqualTo("Save and connect");
        dialogs.confirmAnswer = false;
        assertThat(vm.mayClose()).as("closing asks before dropping the trusted certificate").isFalse();
        vm.save();
        assertThat(servers.profiles().get(0).trustedCertificate()).isEqualTo("AB:CD:EF");
        assertThat(servers.activeProperty().get()).as("the window still uses the old trust until it connects again")
                .isNull();
    }

    @Test
    void theConnectionHandedOverSurvivesEditsWhileTheSaveRuns() {
        QueuedUiExecutor queued = new QueuedUiExecutor();
        executor = queued;
        openConsole();
        queued.runAll();
        ServerProfilesViewModel vm = dialog();
        vm.nameProperty().set("Shop");
        vm.editor().urlProperty().set(first.server.url());
        vm.editor().keyProperty().set(TestServer.KEY);
        vm.editor().check();
        queued.runAll();
        vm.connect();
        assertThat(vm.busyProperty().get()).as("the save is in flight").isTrue();
        vm.editor().keyProperty().set("edited-meanwhile-123456");
        vm.editor().cancel();
        queued.runAll();
        queued.runAll();
        assertThat(vm.finishedProperty().get()).isTrue();
        assertThat(shell.connectionProperty().get()).isNotNull();
        assertThat(shell.client().streamingHttpClient().dispatcher().executorService().isShutdown())
                .as("the client in use was not closed by the edits").isFalse();
    }

    @Test
    void aKeyReadLateDoesNotOverwriteWhatTheOperatorTyped() {
        openConsole();
        saveAndConnect("Shop", first);
        saveAndConnect("Support", second);
        QueuedUiExecutor queued = new QueuedUiExecutor();
        executor = queued;
        ServerProfilesViewModel vm = dialog(); // reads Support's key: queued
        vm.editor().keyProperty().set("typed-before-the-read-came");
        queued.runAll();
        assertThat(vm.editor().keyProperty().get()).isEqualTo("typed-before-the-read-came");
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void aSwitchWhoseKeyCameLateGivesWayToTheLaterChoice() {
        QueuedUiExecutor queued = new QueuedUiExecutor();
        executor = queued;
        openConsole();
        queued.runAll();
        ServerProfilesViewModel vm = dialog();
        for (TestServer server : new TestServer[] {first, second}) {
            vm.startNew();
            vm.nameProperty().set(server == first ? "Shop" : "Support");
            vm.editor().urlProperty().set(server.server.url());
            vm.editor().keyProperty().set(TestServer.KEY);
            vm.save();
            queued.runAll();
            queued.runAll();
        }
        servers.switchTo(servers.profiles().get(0)); // its key is still being read…
        servers.switchTo(servers.profiles().get(1)); // …when the operator picks another
        queued.runAll();
        queued.runAll();
        queued.runAll();
        assertThat(shell.connectionProperty().get().url()).isEqualTo(second.server.url() + "/");
        assertThat(servers.activeProperty().get().name()).isEqualTo("Support");
    }

    @Test
    void aCorruptFileIsReportedAndKeptAside() throws Exception {
        Files.createDirectories(profilesFile().getParent());
        Files.writeString(profilesFile(), "<html>not json</html>");
        openConsole();
        assertThat(demoStarted).isTrue();
        assertThat(servers.loadProblemProperty().get()).contains("profiles.json.corrupt-");
        saveAndConnect("Shop", first);
        try (var files = Files.list(profilesFile().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("profiles.json.corrupt-"));
        }
    }
}
