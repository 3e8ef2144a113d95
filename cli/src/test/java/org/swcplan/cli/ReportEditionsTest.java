package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's Chinese edition is Chinese throughout and its English edition English throughout,
 * in the HTML (charts included), the Markdown and the Word edition; the Word edition has real
 * headings, tables with repeating header rows, the charts as pictures and the HTML's figures.
 */
class ReportEditionsTest {
    /** ASCII words a Chinese report may hold: standards, formats, proper names, the tool's name. */
    private static final Set<String> ALLOWED = Set.of("CSLE", "SWC", "HTML", "PNG", "SVG", "SHA", "swc", "Box", "Cox");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    /** A file's name, its underscores possibly escaped as Markdown writes them (task\_progress.csv). */
    private static final Pattern FILE = Pattern.compile("[\\w./\\\\-]+\\.(csv|png|svg|json|geojson|html|md|docx)\\b");
    private static final Pattern HASH = Pattern.compile("\\b[0-9a-f]{64}\\b");
    private static final Pattern VERSION = Pattern.compile("\\b\\d+(\\.\\d+)+(-SNAPSHOT)?\\b");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeBothEditions() {
        CliRun.of("report", "--docx", "--out", dir.resolve("zh").toString(), "-q").exits(ExitCode.OK);
        CliRun.of("report", "--docx", "--lang", "en", "--out", dir.resolve("en").toString(), "-q").exits(ExitCode.OK);
    }

    @Test
    void theChineseEditionHoldsNoEnglishWordOrCode() throws IOException {
        Path zh = dir.resolve("zh");
        for (String text : readerTexts(zh)) {
            assertThat(englishWords(text)).as("English words in the Chinese edition").isEmpty();
        }
        String html = Files.readString(zh.resolve("index.html"));
        String head = html.substring(html.indexOf("<header>"), html.indexOf("</header>"));
        assertThat(head).contains("运城市2024年度水土保持工作报告").contains("运政办发〔2024〕3号");
    }

    @Test
    void bothEditionsReportTheSupervisionLedgerInChapterFour() throws IOException {
        String zh = Files.readString(dir.resolve("zh").resolve("report.md"));
        String zhTasks = zh.substring(zh.indexOf("## 四、重点任务推进情况"), zh.indexOf("## 五、存在问题"));
        assertThat(zhTasks).contains("### 生产建设项目水土保持监督管理")
                .containsPattern("2024年，全市审批水土保持方案\\d+个，较上年(增加|减少)\\d+个；")
                .contains("2024年各县（市、区）生产建设项目水土保持监督管理情况")
                .contains("河津市人为扰动面积较上年增加");
        String en = Files.readString(dir.resolve("en").resolve("report.md"));
        String enTasks = en.substring(en.indexOf("## 4."), en.indexOf("## 5."));
        assertThat(enTasks).contains("### Supervision of production and construction projects")
                .contains("Supervision of production and construction projects by county, 2024")
                .contains("The disturbed land of Hejin City grew by");
        assertThat(dir.resolve("zh").resolve("tables").resolve("supervision.csv")).exists();
    }

    @Test
    void theEnglishEditionHoldsNoChineseOutsideParentheses() throws IOException {
        for (String text : readerTexts(dir.resolve("en"))) {
            assertThat(chineseOutsideParentheses(text)).as("Chinese in the English edition").isEmpty();
        }
    }

    @Test
    void theWordEditionHasHeadingsRepeatingTableHeadersPicturesAndTheHtmlFigures() throws IOException {
        Path zh = dir.resolve("zh");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(zh.resolve("report.docx"))))) {
            List<String> level1 = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if ("Heading1".equals(p.getStyle())) {
                    level1.add(p.getText());
                }
            }
            assertThat(level1).startsWith("一、总体情况", "二、目标完成情况", "三、各县（市、区）情况", "四、重点任务推进情况",
                    "五、存在问题", "六、下一步工作");
            assertThat(doc.getParagraphs()).anyMatch(p -> "Heading2".equals(p.getStyle()));
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue())
                    .isZero();
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSizeGreaterThanOrEqualTo(8);
            assertThat(tables).allMatch(t -> t.getRow(0).isRepeatHeader());
            assertThat(doc.getAllPictures()).hasSizeGreaterThanOrEqualTo(14);
            String text = docxText(zh);
            String html = visible(Files.readString(zh.resolve("index.html")));
            Matcher rate = Pattern.compile("水土保持率为(\\d+\\.\\d{2}%)").matcher(html);
            assertThat(rate.find()).isTrue();
            assertThat(text).contains("水土保持率为" + rate.group(1));
            Matcher need = Pattern.compile("年均新增治理面积合计(\\d+\\.\\d{2}平方公里)").matcher(html);
            assertThat(need.find()).isTrue();
            assertThat(text).contains("年均新增治理面积合计" + need.group(1));
        }
    }

    @Test
    void aRerunGivesTheSameWordBytes() throws IOException {
        Path again = dir.resolve("zh-again");
        CliRun.of("report", "--docx", "--out", again.toString(), "-q").exits(ExitCode.OK);
        assertThat(Files.readAllBytes(again.resolve("report.docx"))).isEqualTo(Files.readAllBytes(dir.resolve("zh/report.docx")));
        assertThat(Files.readAllBytes(again.resolve("index.html"))).isEqualTo(Files.readAllBytes(dir.resolve("zh/index.html")));
    }

    /** What a reader reads of one edition: the page as shown, the Markdown and the Word document's text. */
    static List<String> readerTexts(Path report) throws IOException {
        return List.of(visible(Files.readString(report.resolve("index.html"))), Files.readString(report.resolve("report.md")),
                docxText(report));
    }

    /** The text a browser shows: no style sheet, no tags, entities decoded (the charts' text included). */
    static String visible(String html) {
        String body = html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("(?s)<[^>]*>", " ");
        return body.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&#39;", "'")
                .replace("&quot;", "\"").replaceAll("&#x?[0-9A-Fa-f]+;", " ");
    }

    static String docxText(Path report) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(report.resolve("report.docx"))));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    static Set<String> englishWords(String text) {
        String plain = VERSION.matcher(HASH.matcher(FILE.matcher(URL.matcher(text).replaceAll(" ")).replaceAll(" "))
                .replaceAll(" ")).replaceAll(" ");
        Set<String> found = new TreeSet<>();
        Matcher words = WORD.matcher(plain);
        while (words.find()) {
            if (!ALLOWED.contains(words.group())) {
                found.add(words.group());
            }
        }
        return found;
    }

    /** Runs of Chinese text outside (round or full-width) parentheses. */
    static Set<String> chineseOutsideParentheses(String text) {
        Set<String> found = new TreeSet<>();
        int depth = 0;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            } else if (depth == 0 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                run.append(c);
                continue;
            }
            if (run.length() > 0) {
                found.add(run.toString());
                run.setLength(0);
            }
        }
        return found;
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
