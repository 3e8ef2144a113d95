package org.swcplan.datasets;

import java.util.Optional;

/** A data source with one file replaced in memory: to validate a merge before writing it. */
public record OverlaySource(DataSource base, String fileName, byte[] bytes) implements DataSource {
    @Override
    public String describe() {
        return base.describe();
    }

    @Override
    public Optional<byte[]> read(String name) {
        return name.equals(fileName) ? Optional.of(bytes.clone()) : base.read(name);
    }

    @Override
    public String displayName(String name) {
        return base.displayName(name);
    }
}
