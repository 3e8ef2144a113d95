package org.swcplan.datasets.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
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
        assertThat(table.header()).containsExactly("code", "year");
        assertThat(table.rows().get(0).cells()).containsExactly("140802", "2024");
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
        assertThatThrownBy(() -> CsvTable.parse("t.csv", withBadByte))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.errors().get(0).format())
                        .isEqualTo("t.csv:3:2: byte 0xC1 is not valid UTF-8 (save the file as UTF-8)"));
    }

    @Test
    void gbkBytesAreNotSilentlyReplaced() {
        byte[] gbk = "code,name\n140802,盐湖区\n".getBytes(java.nio.charset.Charset.forName("GB18030"));
        assertThatThrownBy(() -> CsvTable.parse("t.csv", gbk)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("t.csv");
    }
}
