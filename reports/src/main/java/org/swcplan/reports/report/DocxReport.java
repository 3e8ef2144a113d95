package org.swcplan.reports.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.swcplan.reports.report.ReportDocument.Chapter;
import org.swcplan.reports.report.ReportTable.Layout;

/**
 * The report as a Word document ({@code report.docx}, Apache POI): real heading styles (so that the
 * navigation pane and a table of contents work), tables whose header row repeats on every page,
 * the charts as pictures at print resolution with numbered captions, page numbers, A4 portrait, and
 * Chinese fonts for a Chinese edition. The same document gives the same bytes: fixed dates and
 * archive times, ids in order of appearance.
 */
final class DocxReport implements AutoCloseable {
    /** Text width of A4 with 2.5 cm left and right margins, in points. */
    private static final double TEXT_WIDTH_PT = (21.0 - 5.0) / 2.54 * 72;
    private static final int TEXT_WIDTH_TWIPS = (int) Math.round(TEXT_WIDTH_PT * 20);
    private static final int TABLE_HALF_POINTS = 16;
    /** Left and right cell margins, twips (1 mm). */
    private static final int CELL_MARGIN = 57;
    private final XWPFDocument doc = new XWPFDocument();
    private final boolean chinese;
    private final Map<String, byte[]> files;

    private DocxReport(ReportDocument document, Map<String, byte[]> files) {
        this.chinese = document.languageTag().startsWith("zh");
        this.files = files;
    }

    /**
     * @param files the report's other files, from which the charts' PNG images are taken
     * @param year  the report year: the document's dates are the end of it, never the clock
     */
    static byte[] render(ReportDocument document, Map<String, byte[]> files, int year) {
        try (DocxReport docx = new DocxReport(document, files).build(document, year)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            docx.doc.write(out);
            return ZipTimes.fixed(out.toByteArray(), LocalDate.of(year, 12, 31).atStartOfDay());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last day of the report year, the document's date whatever the clock says. */
    private static Date endOf(int year) {
        return Date.from(LocalDate.of(year, 12, 31).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private DocxReport build(ReportDocument document, int year) throws IOException {
        DocxStyles.define(doc, chinese);
        page();
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(document.title());
        core.setCreator("swc");
        core.setCreated(Optional.of(endOf(year)));
        core.setModified(Optional.of(endOf(year)));
        paragraph(document.title(), DocxStyles.TITLE);
        document.lead().forEach(line -> centred(line));
        if (!document.illustrative().isEmpty()) {
            paragraph(document.illustrative(), DocxStyles.NOTE);
        }
        for (Chapter chapter : document.chapters()) {
            paragraph(chapter.heading(), DocxStyles.HEADING_1);
            for (Block block : chapter.blocks()) {
                block(block);
            }
        }
        paragraph(document.footer(), DocxStyles.NOTE);
        return this;
    }

    private void block(Block block) throws IOException {
        if (block instanceof Block.Subheading h) {
            paragraph(h.text(), DocxStyles.HEADING_2);
        } else if (block instanceof Block.Paragraph p) {
            paragraph(p.text(), DocxStyles.BODY);
        } else if (block instanceof Block.Bullets b) {
            int n = 0;
            for (String item : b.items()) {
                paragraph((chinese ? "（" + ++n + "）" : "(" + ++n + ") ") + item, DocxStyles.LIST);
            }
        } else if (block instanceof Block.Cards c) {
            for (Block.Card card : c.cards()) {
                paragraph(card.label() + (chinese ? "：" : ": ") + card.value(), DocxStyles.LIST);
            }
        } else if (block instanceof Block.Table t) {
            paragraph(t.caption(), DocxStyles.CAPTION).setKeepNext(true);
            table(t.table());
        } else if (block instanceof Block.Figure f) {
            figure(f);
        }
    }

    private XWPFParagraph paragraph(String text, String style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
        return p;
    }

    private void centred(String text) {
        paragraph(text, DocxStyles.BODY).setAlignment(ParagraphAlignment.CENTER);
    }

    private void table(ReportTable table) {
        XWPFTable t = doc.createTable(table.rows().size() + 1, table.headings().size());
        t.setWidth("100%");
        int[] widths = ColumnWidths.twips(table, TEXT_WIDTH_TWIPS, TABLE_HALF_POINTS * 10 / 2 + 4, 2 * CELL_MARGIN + 30);
        t.setCellMargins(0, CELL_MARGIN, 0, CELL_MARGIN);
        var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        t.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int col = 0; col < table.headings().size(); col++) {
            cell(header.getCell(col), table.headings().get(col), ParagraphAlignment.CENTER, true);
            header.getCell(col).setWidth(Integer.toString(widths[col]));
        }
        for (int row = 0; row < table.rows().size(); row++) {
            XWPFTableRow r = t.getRow(row + 1);
            r.setCantSplitRow(true);
            List<String> cells = table.rows().get(row);
            for (int col = 0; col < cells.size(); col++) {
                cell(r.getCell(col), cells.get(col), table.layouts().get(col) == Layout.NUMBER
                        ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT, false);
                r.getCell(col).setWidth(Integer.toString(widths[col]));
            }
        }
        doc.createParagraph().setStyle(DocxStyles.AFTER_TABLE);
    }

    private static void cell(XWPFTableCell cell, String text, ParagraphAlignment alignment, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle(DocxStyles.TABLE_TEXT);
        p.setAlignment(alignment);
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(TABLE_HALF_POINTS / 2.0);
    }

    private void figure(Block.Figure figure) throws IOException {
        byte[] png = files.get("charts/" + figure.chart() + ".png");
        if (png == null) {
            paragraph(figure.caption(), DocxStyles.CAPTION);
            return;
        }
        java.awt.Dimension size = PngSize.of(png);
        double width = TEXT_WIDTH_PT;
        double height = width * size.height / size.width;
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxStyles.FIGURE);
        p.setKeepNext(true);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, figure.chart() + ".png",
                    Units.toEMU(width), Units.toEMU(height));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(figure.chart() + ".png: " + e.getMessage(), e);
        }
        paragraph(figure.caption(), DocxStyles.CAPTION);
    }

    /** A4 portrait, margins 2.5 cm left and right, 2.54 cm top and bottom, the page number centred at the foot. */
    private void page() {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(1417));
        margins.setRight(BigInteger.valueOf(1417));
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(851));
        XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
        XWPFFooter footer = policy.createFooter(STHdrFtr.DEFAULT);
        XWPFParagraph number = footer.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        number.getCTP().addNewFldSimple().setInstr("PAGE \\* MERGEFORMAT");
    }

    static CTFonts fonts(boolean chinese, String eastAsia, String latin) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(latin);
        fonts.setHAnsi(latin);
        fonts.setCs(latin);
        fonts.setEastAsia(chinese ? eastAsia : latin);
        return fonts;
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
