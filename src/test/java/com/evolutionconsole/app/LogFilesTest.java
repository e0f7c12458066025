package com.evolutionconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** The file log masks anything that looks like a key (where each OS keeps it: UserFoldersTest). */
class LogFilesTest {

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
