package org.swcplan.cli.command;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.swcplan.cli.ExitCode;
import org.swcplan.cli.UsageMessages;
import org.swcplan.datasets.AtomicFiles;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.datasets.DirectorySource;
import org.swcplan.datasets.OverlaySource;
import org.swcplan.datasets.exchange.DataKind;
import org.swcplan.datasets.exchange.Importer;
import org.swcplan.datasets.exchange.Kinds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code swc import}: merges a statistician's file into a data folder. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Merge FILE (UTF-8 or GBK, English or Chinese headers, counties by code, name or pinyin, "
                + "areas in km², hm², 亩 or 万亩) into the data folder's file of that kind: new keys are added, "
                + "existing ones replaced only with --replace.",
            "Strict by default: any problem, exit 3 and nothing written. --lenient imports the valid rows and writes "
                + "every rejected row, with its line and reason, to FILE.rejects.csv."})
public final class ImportCommand extends Subcommand {
    /** The lock file an import holds in the data folder while it reads, merges and writes. */
    static final String LOCK = ".swc-import.lock";

    @Mixin
    ExchangeOptions exchange;

    @Parameters(paramLabel = "FILE", description = "The file to import; - reads standard input.")
    Path file;

    @Option(names = "--kind", paramLabel = "K", required = true,
            description = "${COMPLETION-CANDIDATES}", completionCandidates = KindOption.class)
    String kind;

    @Option(names = "--into", paramLabel = "DIR", required = true, description = "The data folder to merge into.")
    Path into;

    @Option(names = "--replace", description = "Replace rows whose key is already in the folder.")
    boolean replace;

    @Option(names = "--lenient", description = "Import the valid rows; write the rejected ones to FILE.rejects.csv.")
    boolean lenient;

    @Override
    @SuppressWarnings("try") // the file lock is held, not used
    public Integer call() throws Exception {
        DataKind<?> chosen = KindOption.resolve(spec, kind);
        if (chosen == Kinds.PLAN) {
            throw UsageMessages.error(spec, "planNotData");
        }
        if (!Files.isDirectory(into)) {
            throw UsageMessages.error(spec, "noSuchFolderInit", "--into", into);
        }
        byte[] bytes = InputFiles.read(spec, file);
        boolean stdin = file.toString().equals(InputFiles.STANDARD);
        String name = stdin ? "stdin" : file.toString();
        DirectorySource folder = new DirectorySource(into);
        Path rejects = stdin ? Path.of("stdin.rejects.csv") : file.resolveSibling(file.getFileName() + ".rejects.csv");
        Importer.Result result;
        // read, merge and write under a lock on the folder (between processes) and on the class (between
        // threads of one process): two imports at once must not lose rows
        synchronized (ImportCommand.class) {
            try (FileChannel channel = FileChannel.open(into.resolve(LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock held = channel.lock()) {
                DatasetReader.Loaded before = DatasetReader.read(folder);
                result = Importer.run(chosen, name, bytes, folder.read(chosen.fileName()), before.dataset(),
                        folder.displayName(chosen.fileName()), new Importer.Options(exchange.charset(), replace,
                                lenient));
                byte[] merged = result.canonical().getBytes(StandardCharsets.UTF_8);
                DatasetReader.read(new OverlaySource(folder, chosen.fileName(), merged));
                // the rejects first: when they cannot be written (full disk, no permission), the data is untouched
                Optional<byte[]> earlierRejects = lenient ? readIfPresent(rejects) : Optional.empty();
                if (lenient) {
                    AtomicFiles.write(rejects, result.rejects().getBytes(StandardCharsets.UTF_8));
                }
                try {
                    AtomicFiles.write(into.resolve(chosen.fileName()), merged);
                } catch (IOException e) {
                    // the import did not happen: its rejects must not stand as if it had
                    if (lenient) {
                        restoreQuietly(rejects, earlierRejects);
                    }
                    throw e;
                }
            }
        }
        String imported = UsageMessages.note(spec, "imported", String.valueOf(result.read()),
                String.valueOf(result.imported()), String.valueOf(result.added()), String.valueOf(result.replaced()),
                into.resolve(chosen.fileName()));
        tell(lenient ? imported + UsageMessages.note(spec, "rejected", String.valueOf(result.rejected()), rejects)
                : imported);
        return ExitCode.OK.code();
    }

    private static Optional<byte[]> readIfPresent(Path file) throws IOException {
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    /** Puts back what was at {@code file} before, or removes it; a failure here leaves a whole file. */
    private static void restoreQuietly(Path file, Optional<byte[]> earlier) {
        try {
            if (earlier.isPresent()) {
                AtomicFiles.write(file, earlier.get());
            } else {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // the write error being reported matters more
        }
    }
}
