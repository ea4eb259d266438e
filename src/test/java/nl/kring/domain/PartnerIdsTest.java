package nl.kring.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A partner id becomes a file name in every export; on a disk that ignores case, ids must differ in more than case. */
class PartnerIdsTest {
    @ParameterizedTest
    @CsvSource(nullValues = "OK", value = {
            "ggd-vangnet, OK",
            "woco_dak.2, OK",
            "GGD, TAKEN",
            "Ggd, TAKEN",
            "verslag, REPORT_NAME",
            "ROOSTER, REPORT_NAME",
            "ggd-uitnodiging, REPORT_NAME",
            "CON, DEVICE_NAME",
            "nul, DEVICE_NAME",
            "Com1, DEVICE_NAME",
            "LPT9, DEVICE_NAME",
            "aux.x, DEVICE_NAME",
            "console, OK",
            "ggd., CHARACTERS",
            "'ggd vangnet', CHARACTERS",
            "../ggd, CHARACTERS",
            "ggd\u200b, CHARACTERS",
            "'', EMPTY"})
    void rules(String id, PartnerIds.Problem expected) {
        Optional<PartnerIds.Problem> p = PartnerIds.problem(id, List.of("ggd"));
        assertThat(p.orElse(null)).as(id).isEqualTo(expected);
    }
}
