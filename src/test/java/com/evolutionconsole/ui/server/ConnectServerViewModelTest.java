package com.evolutionconsole.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.evolutionconsole.domain.CreateInstanceRequest;
import com.evolutionconsole.service.ServerConnector;
import com.evolutionconsole.testing.TestServer;
import com.evolutionconsole.ui.common.ManualUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectServerViewModelTest {

    private TestServer server;
    private ConnectServerViewModel vm;

    @BeforeEach
    void start() {
        server = new TestServer();
        vm = new ConnectServerViewModel(new ServerConnector(), new ManualUiExecutor());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void checkNeedsBothFields() {
        assertThat(vm.inputsComplete().get()).isFalse();
        vm.urlProperty().set(server.server.url());
        assertThat(vm.inputsComplete().get()).isFalse();
        vm.keyProperty().set("  ");
        assertThat(vm.inputsComplete().get()).isFalse();
        vm.keyProperty().set(TestServer.KEY);
        assertThat(vm.inputsComplete().get()).isTrue();
    }

    @Test
    void aGlobalKeyIsRecognisedWithTheVersion() {
        vm.urlProperty().set(server.server.url());
        vm.keyProperty().set(TestServer.KEY);
        vm.check();
        assertThat(vm.checkedProperty().get()).isNotNull();
        assertThat(vm.findings().get()).contains("Evolution API 2.3.6").contains("global API key");
    }

    @Test
    void anInstanceTokenIsToldApart() {
        var created = server.client.create(CreateInstanceRequest.simple("kiosk", false));
        vm.urlProperty().set(server.server.url());
        vm.keyProperty().set(created.token().reveal());
        vm.check();
        assertThat(vm.isInstanceToken()).isTrue();
        assertThat(vm.findings().get()).contains("instance token").contains("\"kiosk\"").contains("disabled");
    }

    @Test
    void editingAfterACheckForgetsIt() {
        vm.urlProperty().set(server.server.url());
        vm.keyProperty().set(TestServer.KEY);
        vm.check();
        vm.keyProperty().set(TestServer.KEY + "x");
        assertThat(vm.checkedProperty().get()).isNull();
        assertThat(vm.findings().get()).isNull();
    }

    @Test
    void badInputIsExplainedAndKept() {
        vm.urlProperty().set("ftp://nowhere");
        vm.keyProperty().set("some-key-123");
        vm.check();
        assertThat(vm.errorProperty().get().summary()).contains("not a valid");
        assertThat(vm.urlProperty().get()).as("nothing typed is lost").isEqualTo("ftp://nowhere");
        vm.urlProperty().set(server.server.url());
        vm.keyProperty().set("wrong-key");
        vm.check();
        assertThat(vm.errorProperty().get().tip()).contains("API key");
        assertThat(vm.keyProperty().get()).isEqualTo("wrong-key");
    }
}
