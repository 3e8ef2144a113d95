package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WatchedOutputTest {
    /** A stream that fails as a full disk or a closed pipe does. */
    private static OutputStream failing(String message) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(message);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException(message);
            }
        };
    }

    @Test
    void aWriteErrorThatAPrintWriterSwallowsIsRemembered() {
        WatchedOutput out = new WatchedOutput(failing("No space left on device"));
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.println("a result");
        writer.flush();
        assertThat(writer.checkError()).isTrue();
        assertThat(out.failure()).hasValueSatisfying(e -> assertThat(e).hasMessage("No space left on device"));
        assertThat(WatchedOutput.closedPipe(out.failure().orElseThrow())).isFalse();
    }

    @Test
    void aClosedPipeIsTheUsualEndOfAPipeNotAnError() {
        WatchedOutput out = new WatchedOutput(failing("Broken pipe"));
        new PrintWriter(out, true).println("x");
        assertThat(out.failure()).hasValueSatisfying(e -> assertThat(WatchedOutput.closedPipe(e)).isTrue());
    }

    @Test
    void nothingIsRememberedWhenEverythingIsWritten() {
        WatchedOutput out = new WatchedOutput(OutputStream.nullOutputStream());
        new PrintWriter(out, true).println("x");
        assertThat(out.failure()).isEmpty();
    }
}
