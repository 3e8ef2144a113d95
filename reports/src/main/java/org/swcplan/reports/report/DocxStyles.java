package org.swcplan.reports.report;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The Word edition's paragraph styles. Headings are Word's own "heading 1" and "heading 2" (with
 * outline levels), so the navigation pane and a table of contents find them. Chinese editions set
 * 仿宋 for the body and 黑体 for headings (Word and LibreOffice substitute an installed Chinese
 * font where these are missing), 小四 (12 pt) body text and 8 pt tables, so that wide tables fit
 * A4; English editions use Times New Roman and Arial.
 */
final class DocxStyles {
    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String BODY = "BodyText";
    static final String LIST = "ListText";
    static final String NOTE = "Note";
    static final String CAPTION = "Caption";
    static final String FIGURE = "Figure";
    static final String TABLE_TEXT = "TableText";
    static final String AFTER_TABLE = "AfterTable";

    private DocxStyles() {
    }

    static void define(XWPFDocument doc, boolean chinese) {
        XWPFStyles styles = doc.createStyles();
        String body = chinese ? "仿宋" : "Times New Roman";
        String heading = chinese ? "黑体" : "Arial";
        styles.setDefaultFonts(DocxReport.fonts(chinese, body, "Times New Roman"));
        add(styles, style(TITLE, "Title", chinese, heading, 36, true, -1, STJc.CENTER, 240, 240, 0));
        add(styles, style(HEADING_1, "heading 1", chinese, heading, 32, true, 0, STJc.LEFT, 360, 120, 0));
        add(styles, style(HEADING_2, "heading 2", chinese, heading, 28, true, 1, STJc.LEFT, 240, 80, 0));
        add(styles, style(BODY, "Body Text", chinese, body, 24, false, -1, STJc.BOTH, 0, 120, chinese ? 480 : 0));
        add(styles, style(LIST, "List Paragraph", chinese, body, 24, false, -1, STJc.BOTH, 0, 80, 0));
        add(styles, style(NOTE, "Note", chinese, body, 20, false, -1, STJc.LEFT, 120, 120, 0));
        add(styles, style(CAPTION, "caption", chinese, heading, 21, true, -1, STJc.CENTER, 120, 60, 0));
        add(styles, style(FIGURE, "Figure", chinese, body, 24, false, -1, STJc.CENTER, 120, 0, 0));
        add(styles, style(TABLE_TEXT, "Table Text", chinese, body, 16, false, -1, STJc.LEFT, 0, 0, 0));
        add(styles, style(AFTER_TABLE, "After Table", chinese, body, 12, false, -1, STJc.LEFT, 0, 0, 0));
    }

    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style));
    }

    /**
     * @param halfPoints font size in half points (24 = 12 pt, 小四)
     * @param outline    the outline level of a heading (0 = level 1), or -1 for none
     * @param before     space before, twips
     * @param after      space after, twips
     * @param indent     first-line indent, twips
     */
    private static CTStyle style(String id, String name, boolean chinese, String font, int halfPoints, boolean bold,
                                 int outline, STJc.Enum alignment, int before, int after, int indent) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        if (outline >= 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            paragraph.addNewKeepNext();
        }
        paragraph.addNewJc().setVal(alignment);
        var spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        if (indent > 0) {
            paragraph.addNewInd().setFirstLine(BigInteger.valueOf(indent));
        }
        CTRPr run = style.addNewRPr();
        run.addNewRFonts().set(DocxReport.fonts(chinese, font, chinese ? "Times New Roman" : font));
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            run.addNewB();
        }
        return style;
    }
}
