package org.swcplan.datasets;

import java.util.Optional;

/** Where the files of a dataset come from: a folder, or the dataset bundled in the jar. */
public interface DataSource {
    /** How to name the source to a user. */
    String describe();

    /** What it is, in Chinese (a folder's path is the same in both languages). */
    default String describeZh() {
        return describe();
    }

    /** The file's bytes, or empty when the source has no such file. */
    Optional<byte[]> read(String fileName);

    /** How to name one of its files in messages. */
    String displayName(String fileName);
}
