package com.evolutionconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** The log goes where each OS keeps a user's logs, and the file pattern masks anything that looks like a key. */
class LogFilesTest {

    @Test
    void eachOsHasItsFolder() {
        assertThat(LogFiles.directory("Linux", Map.of(), "/home/ana"))
                .isEqualTo(Path.of("/home/ana/.local/state/evolution-console"));
        assertThat(LogFiles.directory("Linux", Map.of("XDG_STATE_HOME", "/var/state/ana"), "/home/ana"))
                .isEqualTo(Path.of("/var/state/ana/evolution-console"));
        assertThat(LogFiles.directory("Mac OS X", Map.of(), "/Users/ana"))
                .isEqualTo(Path.of("/Users/ana/Library/Logs/Evolution Console"));
        assertThat(LogFiles.directory("Windows 11", Map.of("LOCALAPPDATA", "C:/Users/ana/AppData/Local"), "C:/Users/ana"))
                .isEqualTo(Path.of("C:/Users/ana/AppData/Local/Evolution Console/logs"));
    }

    @Test
    void theFileLogMasksKeysWrittenByMistake(@TempDir Path dir) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.putProperty(LogFiles.PROPERTY, dir.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogFilesTest.class.getResource("/logback.xml"));
        Logger log = context.getLogger("com.evolutionconsole.test");
        log.info("sent apikey: super-secret-key-123 to the server");
        log.info("query apikey=ANOTHER-TOKEN-456&x=1");
        log.info("header {\"apikey\":\"JSON-TOKEN-789\"}");
        context.stop();

        String written = Files.readString(dir.resolve("evolution-console.log"));
        assertThat(written).contains("apikey: [hidden]").doesNotContain("super-secret-key-123")
                .doesNotContain("ANOTHER-TOKEN-456").doesNotContain("JSON-TOKEN-789");
    }
}
