package com.evolutionconsole.app;

import com.evolutionconsole.service.OwnerOnlyFiles;
import com.evolutionconsole.settings.UserFolders;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Where the console keeps its log: the user's log folder for the OS (see {@link UserFolders}). The Launcher
 * publishes it as a system property before logging starts, for logback.xml to use.
 */
final class LogFiles {

    static final String PROPERTY = "evolution.console.logDir";

    private LogFiles() {
    }

    /**
     * Publishes the folder for logback, unless one was given with -Devolution.console.logDir, and creates it
     * readable only by the user where the file system allows (a log names servers and instances).
     */
    static Path publish() {
        String given = System.getProperty(PROPERTY);
        Path dir = given != null ? Path.of(given) : UserFolders.current().logs();
        System.setProperty(PROPERTY, dir.toString());
        try {
            OwnerOnlyFiles.createDirectories(dir);
        } catch (IOException e) {
            // logback reports a folder it cannot write; the console works without its log file
        }
        return dir;
    }
}
