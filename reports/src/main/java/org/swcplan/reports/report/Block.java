package org.swcplan.reports.report;

import java.util.List;

/** One piece of a chapter of the report, in the reader's language already. */
public sealed interface Block {
    /** A level-2 heading, with an anchor. */
    record Subheading(String id, String text) implements Block {
    }

    /** A paragraph of running text. */
    record Paragraph(String text) implements Block {
    }

    /** A list of short items (notes, findings, provenance lines). */
    record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** Headline figures side by side. */
    record Cards(List<Card> cards) implements Block {
        public Cards {
            cards = List.copyOf(cards);
        }
    }

    /** One headline figure. */
    record Card(String label, String value) {
    }

    /** A numbered table with its caption (表1 …, the unit where all cells share one). */
    record Table(String caption, ReportTable table) implements Block {
    }

    /** A numbered figure: one of the report's charts and its caption. */
    record Figure(String chart, String caption) implements Block {
    }
}
