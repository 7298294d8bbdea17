package org.likelihoodlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The streaming reader's limits and formats, on small inputs (the limits are parameters). */
class DataCsvLimitsTest {

    static DataCsv.Loaded load(String text, int dim, int maxPoints) throws Exception {
        return DataCsv.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "d.csv", dim, maxPoints);
    }

    @Test
    void moreRowsThanTheLimitEndInAMessageThatSaysTheLimit() {
        BadInputException e = assertThrows(BadInputException.class, () -> load("1\n2\n3\n4\n5\n", 1, 4));
        assertEquals("d.csv line 5: more than 4 data rows, the most Likelihood Lab fits; use a sample of the data",
                e.getMessage());
    }

    @Test
    void anEndlessStreamWithoutANewlineStopsAtTheLineLimitWithoutReadingItAll() {
        // an endless stream of digits: the reader must stop after MAX_LINE characters
        InputStream endless = new InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                if (served > 10L * DataCsv.MAX_LINE) {
                    throw new AssertionError("read far past the line limit");
                }
                return '7';
            }
        };
        BadInputException e = assertThrows(BadInputException.class, () -> DataCsv.load(endless, "pipe", 1, 10));
        assertTrue(e.getMessage().startsWith("pipe line 1: longer than 10000 characters"), e.getMessage());
    }

    @Test
    void aByteOrderMarkIsSkippedAndTheHeaderRuleIsReported() throws Exception {
        DataCsv.Loaded bom = load("\uFEFF1.5\n2\n3\n", 1, 100);
        assertEquals(3, bom.rows());
        assertNull(bom.header());
        assertEquals(1.5, bom.data().value(0, 0), 0);
        DataCsv.Loaded numeric = load("1e5\n1\n2\n", 1, 100);
        assertEquals(3, numeric.rows(), "a numeric-looking header is data");
        assertEquals("read 3 rows of d.csv (no header: the first row is numbers)", numeric.summary("d.csv"));
        DataCsv.Loaded named = load("\uFEFFheight\r\n1\r\n2\r\n", 1, 100);
        assertEquals("read 2 rows of d.csv (header 'height' skipped)", named.summary("d.csv"));
    }

    @Test
    void aBadFieldIsQuotedAsAShortTokenOnly() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> load("root:x:0:0:root\ndaemon:$6$S3cr3tHashS3cr3tHash:19000:0:99999:7:::\n", 1, 100));
        assertEquals("d.csv line 2, column 1: 'daemon...' is not a number", e.getMessage());
        String longField = "1" + "x".repeat(5000);
        BadInputException f = assertThrows(BadInputException.class, () -> load("1\n2\n" + longField + "\n", 1, 100));
        assertTrue(f.getMessage().length() < 80, f.getMessage());
    }
}
