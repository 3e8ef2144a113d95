package org.swcplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code swc --version}: the version Maven wrote into {@code version.properties}. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        return new String[] {"swc " + version(), "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"};
    }

    /** The version of this build, e.g. 0.1.0-SNAPSHOT. */
    public static String version() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return properties.getProperty("version", "unknown");
    }
}
