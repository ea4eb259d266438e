package nl.kring.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Meeting;
import org.junit.jupiter.api.Test;

class AgendaFormatTest {
    static final Map<String, List<String>> KRINGS = Map.of(
            "2026-017", List.of("woco-dak", "ggd-vangnet"),
            "2026-018", List.of("ggd-vangnet", "ggz-centraal"),
            "2026-019", List.of("woco-dak", "ggd-vangnet", "ggd-vangnet"));

    static Meeting meeting() {
        return new Meeting(LocalDate.of(2026, 11, 26), "GGD, zaal 2", null, List.of("a-1"),
                List.of(AgendaItem.of("2026-017"), new AgendaItem("2026-018", 15, null, null, null),
                        AgendaItem.of("2026-019")));
    }

    @Test
    void textIsExactlyTheContract() {
        assertThat(AgendaFormat.text(meeting(), KRINGS)).isEqualTo("""
                09:00  2026-017  woco-dak ggd-vangnet
                09:10  2026-018  ggd-vangnet ggz-centraal
                09:25  2026-019  woco-dak ggd-vangnet
                visits: 4
                """);
    }

    @Test
    void jsonIsExactlyTheContract() throws Exception {
        String json = AgendaFormat.json(meeting(), KRINGS);
        assertThat(json).isEqualTo("{\"items\": ["
                + "{\"case\": \"2026-017\", \"start\": \"09:00\", \"partners\": [\"woco-dak\", \"ggd-vangnet\"]}, "
                + "{\"case\": \"2026-018\", \"start\": \"09:10\", \"partners\": [\"ggd-vangnet\", \"ggz-centraal\"]}, "
                + "{\"case\": \"2026-019\", \"start\": \"09:25\", \"partners\": [\"woco-dak\", \"ggd-vangnet\"]}"
                + "], \"visits\": 4}\n");
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("visits").asInt()).isEqualTo(4);
        assertThat(root.get("items")).hasSize(3);
        assertThat(root.get("items").get(1).get("partners").get(1).asText()).isEqualTo("ggz-centraal");
    }

    @Test
    void optimisedThenFormatted() {
        AgendaPlanner.Plan plan = AgendaPlanner.optimize(meeting(), KRINGS);
        // 017 and 019 share woco-dak; putting them together saves woco a visit; 018 goes last (one displaced pair)
        assertThat(plan.order().order()).containsExactly(0, 2, 1);
        assertThat(AgendaFormat.text(plan.meeting(), KRINGS)).isEqualTo("""
                09:00  2026-017  woco-dak ggd-vangnet
                09:10  2026-019  woco-dak ggd-vangnet
                09:20  2026-018  ggd-vangnet ggz-centraal
                visits: 3
                """);
        assertThat(plan.order().visits()).isEqualTo(3);
        assertThat(plan.order().chairVisits()).isEqualTo(4);
    }

    @Test
    void emptyAgendaAndEscaping() {
        Meeting empty = new Meeting(LocalDate.of(2026, 11, 26), null, LocalTime.of(9, 0), null, List.of());
        assertThat(AgendaFormat.text(empty, KRINGS)).isEqualTo("visits: 0\n");
        assertThat(AgendaFormat.json(empty, KRINGS)).isEqualTo("{\"items\": [], \"visits\": 0}\n");
        assertThat(AgendaFormat.quote("a\"b\\c\n\u0001é")).isEqualTo("\"a\\\"b\\\\c\\n\\u0001é\"");
    }
}
