package nl.kring.ui;

import org.junit.jupiter.api.Test;

import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: one word for the room of the meeting in the Dutch UI. "zaal" is the word the texts use (in de zaal, de
 * zaal in en uit, iedereen in de zaal); "kamer" is never used for it.
 */
class RoomWordTest {
    @Test
    void theDutchTextsCallTheRoomZaalNeverKamer() throws Exception {
        Properties dutch = BundlesTest.load("messages_nl.properties");
        Pattern kamer = Pattern.compile("(?i)\\b(vergader)?kamer\\w*");
        Pattern zaal = Pattern.compile("(?i)\\bzaal\\b");
        TreeSet<String> withKamer = new TreeSet<>();
        int withZaal = 0;
        for (String key : dutch.stringPropertyNames()) {
            String text = dutch.getProperty(key);
            if (kamer.matcher(text).find()) {
                withKamer.add(key + "=" + text);
            }
            if (zaal.matcher(text).find()) {
                withZaal++;
            }
        }
        assertThat(withKamer).isEmpty();
        assertThat(withZaal).isGreaterThanOrEqualTo(10);
        assertThat(dutch.getProperty("room.checkOut")).isEqualTo("Laat de zaal verlaten");
    }
}
