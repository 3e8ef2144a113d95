package org.swcplan.datasets.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvTableTest {
    private static CsvTable parse(String text) {
        return CsvTable.parse("t.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rowLinesArePhysicalLinesCountingTheHeaderAndQuotedLineBreaks() {
        CsvTable table = parse("a,b\n1,\"two\nlines\"\n3,x\n\n4,y\n");
        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2L, 4L, 6L);
        assertThat(table.rows().get(0).cells()).containsExactly("1", "two\nlines");
    }

    @Test
    void byteOrderMarkAndCrLfAreTolerated() {
        CsvTable table = parse("\uFEFFCode , Year\r\n140802,2024\r\n");
        assertThat(table.header()).containsExactly("Code", "Year");
        assertThat(table.rows().get(0).cells()).containsExactly("140802", "2024");
    }

    @Test
    void anUndecodableHeaderFailsTheWholeFile() {
        byte[] bytes = {'c', 'o', (byte) 0xFF, '\n', '1', '\n'};
        assertThatThrownBy(() -> CsvTable.parse("t.csv", bytes, Optional.of(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("t.csv");
    }

    @Test
    void emptyFileIsAnError() {
        assertThatThrownBy(() -> parse("\n\n")).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("1 problem in t.csv");
    }

    @Test
    void undecodableByteIsReportedAtItsLineAndField() {
        byte[] bytes = "code,name\n140802,\"x\"\n140821,".getBytes(StandardCharsets.UTF_8);
        byte[] withBadByte = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, withBadByte, 0, bytes.length);
        withBadByte[bytes.length] = (byte) 0xC1;
        CsvTable table = CsvTable.parse("t.csv", withBadByte);
        assertThat(table.undecodable()).extracting(DataError::format).containsExactly(
                "t.csv:3:2: byte 0xC1 cannot be decoded as GB18030 (save the file as UTF-8, or give --encoding)");
        assertThat(table.rows()).hasSize(2);
    }

    @Test
    void gbkBytesAreDetectedAndDecoded() {
        byte[] gbk = "code,name\n140802,盐湖区\n".getBytes(TextDecoding.GB18030);
        assertThat(CsvTable.parse("t.csv", gbk).rows().get(0).cells()).containsExactly("140802", "盐湖区");
    }

    @Test
    void aForcedEncodingIsDecodedStrictly() {
        byte[] gbk = "code,name\n140802,盐湖区\n".getBytes(TextDecoding.GB18030);
        assertThat(CsvTable.parse("t.csv", gbk, Optional.of(StandardCharsets.UTF_8)).undecodable())
                .first().satisfies(e -> assertThat(e.format()).startsWith("t.csv:2:2: byte 0xD1 cannot be decoded as UTF-8"));
    }
}
