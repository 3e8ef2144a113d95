package org.swcplan.cli.dist;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.swcplan.cli.HelpLanguage;
import org.swcplan.cli.SwcCli;
import org.swcplan.cli.VersionProvider;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Writes the files the release archive installs beside the jar, from the command model: the bash/zsh
 * completion script, the man pages and the third-party licence inventory with the licence texts of the
 * jars. Run by the build's dist profile:
 * {@code DistFiles OUT_DIR DEPENDENCY_LIST LOCAL_REPOSITORY LICENCE_TEXTS_DIR}.
 */
public final class DistFiles {
    private DistFiles() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException(
                    "usage: DistFiles OUT_DIR DEPENDENCY_LIST LOCAL_REPOSITORY LICENCE_TEXTS_DIR");
        }
        Path out = Path.of(args[0]);
        CommandLine cli = SwcCli.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                HelpLanguage.EN);
        writeCompletion(cli, out.resolve("completion/swc_completion"));
        writeManPages(cli, out.resolve("man/man1"));
        String inventory = ThirdPartyLicences.inventory(Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8),
                Path.of(args[2]), Path.of(args[3]), out);
        write(out.resolve("THIRD-PARTY.txt"), inventory);
    }

    static void writeCompletion(CommandLine cli, Path file) throws IOException {
        write(file, AutoComplete.bash("swc", cli));
    }

    static void writeManPages(CommandLine cli, Path folder) throws IOException {
        for (Map.Entry<String, String> page : ManPages.of(cli, VersionProvider.version()).entrySet()) {
            write(folder.resolve(page.getKey() + ".1"), page.getValue());
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
