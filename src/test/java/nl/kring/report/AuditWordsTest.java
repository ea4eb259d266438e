package nl.kring.report;

import nl.kring.domain.Attendee;
import nl.kring.domain.Partner;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.interchange.Importer;
import nl.kring.retention.CaseEraser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every detail pattern the code writes into the audit log (one row per {@code append} in src/main/java, with the
 * variants each writes), rendered in Dutch words; ids resolved from the register, ids no longer there marked; a
 * pattern or value this version does not know shown exactly as stored.
 */
class AuditWordsTest {
    static final List<Partner> REGISTER = List.of(
            new Partner("ggd-vangnet", "GGD Vangnet Rivierstad", Role.GGD, Tier.KERN, LocalDate.of(2025, 1, 1), null,
                    List.of(new Attendee("a-6", "Noor Visser", "sociaal verpleegkundige"))),
            new Partner("politie", "Politie Rivierstad", Role.POLITIE, Tier.SCHIL, LocalDate.of(2025, 1, 1), null,
                    List.of(new Attendee("a-1", "Kees Bakker", "wijkagent"), new Attendee("a-2", "Ria Smit", "wijkagent"))));
    static final AuditWords WORDS = AuditWords.of(REGISTER);

    static Stream<List<String>> patterns() {
        return Stream.of(
                // KringApplication (demo) and CreateVaultViewModel / VaultCreation (null)
                List.of("VAULT_CREATED", "demo", "demokluis met verzonnen gegevens"),
                // Importer.Counts
                List.of("IMPORT", new Importer.Counts(3, 1, 2, 8).toString(),
                        "geïmporteerd: 3 partners, 1 casus, 2 vergaderingen, 8 agendapunten"),
                // CasesViewModel
                List.of("CASE_CHANGED", "evaluation of the restriction recorded, next due 2026-12-17",
                        "evaluatie van de beperking vastgelegd; de volgende uiterlijk 17 december 2026"),
                List.of("CASE_CREATED", "evaluation of the restriction recorded, next due null",
                        "evaluatie van de beperking vastgelegd; geen volgende evaluatie gepland"),
                // CaseService: the partners' file numbers (issue 12)
                List.of("CASE_CHANGED", "partner file numbers changed: 2 [ggd-vangnet, woco]",
                        "dossiernummers van partners gewijzigd: nu 2 (van GGD Vangnet Rivierstad, woco"
                                + AuditWords.GONE + ")"),
                List.of("CASE_CHANGED", "partner file numbers changed: 0 []",
                        "alle dossiernummers van partners verwijderd"),
                // PossibleNamesReview (minutes editor)
                List.of("CASE_CHANGED", "relative added from the minutes of 2026-11-26",
                        "familielid toegevoegd vanuit het verslag van 26 november 2026"),
                // Importer: kring
                List.of("CASE_CHANGED", "re-import changed the kring from [ggd-vangnet, politie] to [ggd-vangnet, woco] (an access change)",
                        "herimport wijzigde de kring van GGD Vangnet Rivierstad, Politie Rivierstad naar GGD Vangnet Rivierstad, "
                                + "woco (niet meer in het register) (een wijziging van wie de casus mag bespreken)"),
                List.of("CASE_CHANGED", "re-import changed the kring from [] to [politie] (an access change)",
                        "herimport wijzigde de kring van niemand naar Politie Rivierstad (een wijziging van wie de casus mag bespreken)"),
                // MeetingRoomViewModel: presentation (CaseView.auditSummary)
                List.of("CASE_VIEWED_IN_PRESENTATION", "present=a-1,a-6 case=2026-003 audience=PRESENTATION identity=[] "
                                + "referrer=no volledig=[HUISVESTING] signaal=[FINANCIEN,VERSLAVING] minutes=2/3 decisions=no "
                                + "legal=yes disclosures=no override=yes",
                        "aanwezig: Kees Bakker (Politie Rivierstad), Noor Visser (GGD Vangnet Rivierstad); casus 2026-003 "
                                + "getoond aan iedereen in de zaal (presentatie); identiteit: niets; melder: nee; volledig: "
                                + "Huisvesting; signaal: Financiën, Verslaving; verslag: 2 van 3 alinea's; besluiten: nee; "
                                + "juridische grondslag: ja; verstrekkingen: nee; met uitzondering van de voorzitter"),
                List.of("CASE_VIEWED_IN_PRESENTATION", "present=a-9 case=2026-001 audience=PRESENTATION "
                                + "identity=[name,firstNames,aliases,birthDate,bsn,address,phone,relatives,legalRepresentative] "
                                + "referrer=yes volledig=[] signaal=[] minutes=1/1 decisions=yes legal=no disclosures=yes",
                        "aanwezig: a-9 (niet meer in het register); casus 2026-001 getoond aan iedereen in de zaal (presentatie); "
                                + "identiteit: naam, voornamen, roepnamen en bijnamen, geboortedatum, BSN, adres, telefoon, "
                                + "familieleden, wettelijk vertegenwoordiger; melder: ja; volledig: niets; signaal: niets; "
                                + "verslag: 1 van 1 alinea; besluiten: ja; juridische grondslag: nee; verstrekkingen: ja"),
                // PartnersViewModel
                List.of("PARTNER_CHANGED", "created", "partner toegevoegd"),
                List.of("PARTNER_CHANGED", "changed", "partner gewijzigd"),
                List.of("PARTNER_CHANGED", "deleted", "partner verwijderd"),
                // MeetingsViewModel
                List.of("MEETING_CHANGED", "created", "vergadering aangemaakt"),
                List.of("MEETING_CHANGED", "4 items", "agenda opgeslagen met 4 agendapunten"),
                List.of("MEETING_CHANGED", "1 items", "agenda opgeslagen met 1 agendapunt"),
                // MeetingRoomViewModel: presence
                List.of("MEETING_CHANGED", "check-in a-6 (ggd-vangnet)", "aangemeld: Noor Visser (GGD Vangnet Rivierstad)"),
                List.of("MEETING_CHANGED", "check-out a-1 (politie)", "afgemeld: Kees Bakker (Politie Rivierstad)"),
                List.of("MEETING_CHANGED", "check-in a-44 (woco)",
                        "aangemeld: a-44 (niet meer in het register) van woco (niet meer in het register)"),
                // PossibleNamesReview (minutes editor)
                List.of("MEETING_CHANGED", "possible name dismissed", "mogelijke naam beoordeeld: geen naam"),
                List.of("MEETING_CHANGED", "possible name confirmed as person", "mogelijke naam beoordeeld: een persoon"),
                List.of("MEETING_CHANGED", "possible name confirmed as relative", "mogelijke naam beoordeeld: een familielid"),
                List.of("MEETING_CHANGED", "possible name confirmed as melder", "mogelijke naam beoordeeld: de melder"),
                List.of("MEETING_CHANGED", "possible name judgement withdrawn", "oordeel over een mogelijke naam ingetrokken"),
                List.of("MEETING_CHANGED", "minutes: 5 paragraphs, 1 decisions", "verslag opgeslagen: 5 alinea's, 1 besluit"),
                // AgendaCommand (through MeetingService.reorder)
                List.of("MEETING_CHANGED", "agenda optimised: visits 9 -> 6",
                        "agendavolgorde verbeterd: 9 → 6 keer binnenkomen (bezoeken)"),
                // Importer: minutes
                List.of("MEETING_CHANGED", "re-import removed agenda item 2026-004 with 2 minutes paragraph(s)",
                        "herimport verwijderde agendapunt 2026-004 met 2 verslagalinea's"),
                List.of("MEETING_CHANGED", "re-import changed the minutes of item 2026-004 (1 paragraph(s) before, 3 after)",
                        "herimport wijzigde het verslag van agendapunt 2026-004 (eerst 1 alinea, nu 3)"),
                // MeetingRoomViewModel: override
                List.of("OVERRIDE", "outsiders=a-1(politie),a-2(politie) present=a-1,a-2,a-6 reason=acute zorg, [cliënt 2026-003]",
                        "toegelaten buiten de kring: Kees Bakker (Politie Rivierstad), Ria Smit (Politie Rivierstad); "
                                + "aanwezig: Kees Bakker (Politie Rivierstad), Ria Smit (Politie Rivierstad), Noor Visser "
                                + "(GGD Vangnet Rivierstad); reden: acute zorg, [cliënt 2026-003]"),
                // ExportService: meeting export
                List.of("EXPORT", "ggd-vangnet.pdf cases 2026-001,2026-003 (AES-256)",
                        "verslag voor GGD Vangnet Rivierstad (pdf); casussen 2026-001, 2026-003; versleuteld met AES-256"),
                List.of("EXPORT", "politie.pdf", "verslag voor Politie Rivierstad (pdf)"),
                List.of("EXPORT", "verslag.pdf", "verslag van de voorzitter (pdf)"),
                List.of("EXPORT", "rooster.pdf", "rooster (pdf)"),
                List.of("EXPORT", "politie.eml cases 2026-003", "e-mailconcept voor Politie Rivierstad; casus 2026-003"),
                List.of("EXPORT", "invitation ggd-vangnet (pdf, ics, eml) cases 2026-001",
                        "uitnodiging voor GGD Vangnet Rivierstad (pdf, ics, eml); casus 2026-001"),
                List.of("EXPORT", "invitation oud-id (pdf, ics) cases ",
                        "uitnodiging voor oud-id (niet meer in het register) (pdf, ics)"),
                List.of("EXPORT", "invitation ggd-vangnet (pdf, ics, eml) cases 2026-001 sequence 2",
                        "uitnodiging voor GGD Vangnet Rivierstad (pdf, ics, eml); casus 2026-001; wijziging 2"),
                List.of("EXPORT", "invitation cancelled politie (ics, eml) events 1 sequence 1",
                        "afzegging voor Politie Rivierstad (ics, eml): 1 agenda-afspraak vervalt; wijziging 1"),
                List.of("EXPORT", "invitation cancelled politie (ics) events 2 sequence 3",
                        "afzegging voor Politie Rivierstad (ics): 2 agenda-afspraken vervallen; wijziging 3"),
                List.of("EXPORT", "registers: disclosures and audit log (pdf, csv)",
                        "registers gemaakt: verstrekkingen en auditlogboek (pdf, csv)"),
                List.of("EXPORT", "terugmelding written", "terugmelding aan de melder gemaakt"),
                // ExportService: letters (single and as a set)
                List.of("EXPORT", "client information letter written", "informatiebrief voor cliënten over het vangnetoverleg gemaakt"),
                List.of("EXPORT", "ketenovereenkomst summary written", "samenvatting van de ketenovereenkomst gemaakt"),
                List.of("EXPORT", "consent request form written", "toestemmingsformulier gemaakt"),
                // ExportService: inzage
                List.of("INZAGE", "inzage copy written; 5 passages masked", "inzage-afschrift gemaakt; 5 passages afgeschermd"),
                List.of("INZAGE", "inzage copy written; 1 passages masked, 2 unmasked by the chair",
                        "inzage-afschrift gemaakt; 1 passage afgeschermd, 2 door de voorzitter getoond"),
                // DisclosureRepository
                List.of("DISCLOSURE", "proposed 3 notes; meeting 2026-11-26",
                        "3 aantekeningen voorgesteld na de bespreking in de vergadering van 26 november 2026 (nog niet vastgelegd)"),
                List.of("DISCLOSURE", "proposed 1 note; meeting 2026-11-26",
                        "1 aantekening voorgesteld na de bespreking in de vergadering van 26 november 2026 (nog niet vastgelegd)"),
                List.of("DISCLOSURE", "proposal dropped; to ggd-vangnet; category POLITIEGEGEVENS; meeting 2026-11-26",
                        "voorgestelde aantekening niet vastgelegd; aan: GGD Vangnet Rivierstad; gegevens: Informatie van de politie; "
                                + "vergadering van 26 november 2026"),
                List.of("DISCLOSURE", "basis EVIDENT_BELANG; to ggd-vangnet,politie; categories HUISVESTING,VEILIGHEID; "
                                + "on 2026-11-26; meeting 2026-11-26",
                        "grondslag: Evident belang; aan: GGD Vangnet Rivierstad, Politie Rivierstad; gegevens: Huisvesting, "
                                + "Veiligheid; op 26 november 2026; in de vergadering van 26 november 2026; cliënt niet geïnformeerd"),
                // issue 15: the categories beyond the leefgebieden
                List.of("DISCLOSURE", "basis EVIDENT_BELANG; to ggd-vangnet; categories VEILIGHEID,IDENTITEITSGEGEVENS,POLITIEGEGEVENS; "
                                + "on 2026-11-26; meeting 2026-11-26",
                        "grondslag: Evident belang; aan: GGD Vangnet Rivierstad; gegevens: Veiligheid, "
                                + "Identiteitsgegevens, Informatie van de politie; op 26 november 2026; in de vergadering van "
                                + "26 november 2026; cliënt niet geïnformeerd"),
                List.of("DISCLOSURE", "basis TOESTEMMING; to woco; categories FINANCIEN; on 2026-11-20; outside a meeting; "
                                + "client informed; note #5 corrects #3",
                        "grondslag: Toestemming; aan: woco (niet meer in het register); gegevens: Financiën; op 20 november 2026; "
                                + "buiten een vergadering; cliënt geïnformeerd; aantekening 5 corrigeert aantekening 3"),
                List.of("DISCLOSURE", "withdrawn #3 (replaced by #5); on 2026-11-27",
                        "aantekening 3 ingetrokken op 27 november 2026 (vervangen door aantekening 5)"),
                List.of("DISCLOSURE", "withdrawn #4; on 2026-11-27", "aantekening 4 ingetrokken op 27 november 2026"),
                // MatrixViewModel
                List.of("MATRIX_CHANGED", "HUISARTS/VERSLAVING: SIGNAAL -> VOLLEDIG; reden: afspraak keten",
                        "Huisarts / Verslaving: signaal → volledig; reden: afspraak keten"),
                List.of("MATRIX_RESET", "reden: nieuwe ketenafspraak", "teruggezet naar de standaard; reden: nieuwe ketenafspraak"),
                // RetentionService
                List.of("PURGE", "retention as of 2026-12-01: closed 2024-11-01, period P2Y"
                                + new CaseEraser.Counts(3, 1, 2, 1, 2, 1, 1).auditDetail(),
                        "bewaartermijn verstreken (peildatum 1 december 2026): casus gesloten op 1 november 2024, termijn 2 jaar; "
                                + "elders weggehaald: 3 alinea's en 1 besluit in 2 vergaderingen, 1 aantekening van verstrekking, "
                                + "2 teksten van 1 andere casus; 1 naambeoordeling verwijderd"),
                List.of("PURGE", "retention as of 2026-12-01: closed 2024-11-01, period P1Y6M"
                                + new CaseEraser.Counts(0, 2, 1, 0, 0, 0, 0).auditDetail(),
                        "bewaartermijn verstreken (peildatum 1 december 2026): casus gesloten op 1 november 2024, termijn "
                                + "1 jaar en 6 maanden; elders weggehaald: 2 besluiten in 1 vergadering"),
                List.of("PURGE", "retention as of 2026-12-01: meeting record, period P2Y",
                        "bewaartermijn verstreken (peildatum 1 december 2026): vergadering, termijn 2 jaar"),
                // RequestsViewModel: destruction on request
                List.of("PURGE", "destroyed on request of the data subject (request 4, received 2026-11-01)"
                                + CaseEraser.Counts.NONE.auditDetail(),
                        "vernietigd op verzoek van de betrokkene (verzoek 4, ontvangen 1 november 2026)"),
                List.of("PURGE", "destroyed on request of the data subject (request 4, received 2026-11-01)"
                                + new CaseEraser.Counts(0, 0, 0, 0, 0, 0, 2).auditDetail(),
                        "vernietigd op verzoek van de betrokkene (verzoek 4, ontvangen 1 november 2026); "
                                + "2 naambeoordelingen verwijderd"),
                // SettingsViewModel, BackupCommand
                List.of("PASSPHRASE_CHANGED", "new data key, database re-encrypted",
                        "nieuwe gegevenssleutel; de database is opnieuw versleuteld"),
                List.of("PASSPHRASE_CHANGED", "passphrase only", "alleen de wachtzin"),
                List.of("BACKUP", "backup file kring-2026-12-04-2210.kringbackup",
                        "back-upbestand kring-2026-12-04-2210.kringbackup"),
                // VaultService.verifyAfterUnlock
                List.of("INTEGRITY_FAULT", "verify after unlock: 1 problem(s), first in table MINUTES_PARAGRAPH",
                        "controle na het ontgrendelen: 1 probleem, het eerste in tabel MINUTES_PARAGRAPH"),
                List.of("INTEGRITY_FAULT", "verify after unlock: 2 problem(s)", "controle na het ontgrendelen: 2 problemen"),
                // RequestsViewModel
                List.of("REQUEST", "request 3 INZAGE registered: received 2026-11-02, deadline 2026-12-02, by LEGAL_REPRESENTATIVE",
                        "verzoek 3 (inzage) geregistreerd: ontvangen 2 november 2026, uiterlijk 2 december 2026, "
                                + "door wettelijk vertegenwoordiger"),
                List.of("REQUEST", "request 3 CORRECTIE EXTENDED to 2027-02-02", "verzoek 3 (correctie) verlengd tot 2 februari 2027"),
                List.of("REQUEST", "request 3 AFSCHRIFT HANDLED", "verzoek 3 (afschrift): afgehandeld"),
                List.of("REQUEST", "request 3 INZAGE REFUSED", "verzoek 3 (inzage): geweigerd"),
                List.of("REQUEST", "request 3 INZAGE: passage masked again (MELDER)",
                        "verzoek 3 (inzage): passage weer afgeschermd (melder)"),
                List.of("REQUEST", "request 3 INZAGE: passage unmasked (PROFESSIONAL) with a reason",
                        "verzoek 3 (inzage): passage met een reden getoond (naam van een professional)"),
                List.of("REQUEST", "request 7 VERNIETIGING HANDLED: case destroyed",
                        "verzoek 7 (vernietiging) afgehandeld: de casus is vernietigd"),
                // VaultRulesViewModel, ChairViewModel
                List.of("RULES_CHANGED", "evident belang definition changed", "definitie van evident belang gewijzigd"),
                List.of("RULES_CHANGED", "retention cases 24 -> 12 months; meetings 24 -> 24 months; evaluation every 12 -> 1 weeks",
                        "bewaartermijn casussen 24 → 12 maanden; vergaderingen 24 → 24 maanden; evaluatie elke 12 → 1 week"),
                List.of("RULES_CHANGED", "chair contact details changed", "contactgegevens van de voorzitter gewijzigd"),
                // ChainAgreementViewModel
                List.of("RULES_CHANGED", "ketenovereenkomst changed", "ketenovereenkomst gewijzigd"),
                List.of("RULES_CHANGED", "ketenovereenkomst changed; 2 possible names in the client documents judged no name",
                        "ketenovereenkomst gewijzigd; 2 mogelijke namen in de teksten voor cliënten beoordeeld: geen naam"),
                List.of("RULES_CHANGED", "1 possible name in the client documents judged no name",
                        "1 mogelijke naam in de teksten voor cliënten beoordeeld: geen naam"),
                // VaultRulesViewModel: the police rule
                List.of("RULES_CHANGED", "police information roles chair,POLITIE -> chair,GGD,POLITIE",
                        "politie-informatie te lezen door de voorzitter, " + Role.POLITIE.label()
                                + " → de voorzitter, " + Role.GGD.label() + ", "
                                + Role.POLITIE.label()),
                List.of("RULES_CHANGED", "police information roles chair,POLITIE -> chair only",
                        "politie-informatie te lezen door de voorzitter, " + Role.POLITIE.label()
                                + " → alleen de voorzitter"));
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void everyStoredPatternReadsInDutch(List<String> row) {
        assertThat(WORDS.detail(row.get(0), row.get(1))).isEqualTo(row.get(2));
        assertThat(WORDS.knows(row.get(0), row.get(1))).isTrue();
    }

    /** What no rule knows stays exactly as stored: an older or newer pattern, an unknown value, another action's words. */
    @ParameterizedTest
    @MethodSource("unknowns")
    void anUnknownPatternOrValueIsShownExactlyAsStored(List<String> row) {
        assertThat(WORDS.detail(row.get(0), row.get(1))).isEqualTo(row.get(1));
        assertThat(WORDS.knows(row.get(0), row.get(1))).isFalse();
    }

    static Stream<List<String>> unknowns() {
        return Stream.of(
                List.of("RULES_CHANGED", "police information roles chair,SHERIFF -> chair only"),
                List.of("DISCLOSURE", "EVIDENT_BELANG to politie-rivierstad"),
                List.of("DISCLOSURE", "basis NIEUWE_GROND; to politie; categories FINANCIEN; on 2026-11-20; outside a meeting"),
                List.of("DISCLOSURE", "basis TOESTEMMING; to politie; categories GELUK; on 2026-11-20; outside a meeting"),
                List.of("DISCLOSURE", "basis TOESTEMMING; to politie; categories FINANCIEN; on 2026-13-40; outside a meeting"),
                List.of("REQUEST", "request 3 BEZWAAR HANDLED"),
                List.of("REQUEST", "request 3 INZAGE: passage unmasked (ONBEKEND) with a reason"),
                List.of("MATRIX_CHANGED", "BURGEMEESTER/VERSLAVING: SIGNAAL -> VOLLEDIG; reden: x"),
                List.of("CASE_VIEWED_IN_PRESENTATION", "present=a-1 case=2026-003 audience=PUBLIEK identity=[] referrer=no "
                        + "volledig=[] signaal=[] minutes=0/0 decisions=no legal=no disclosures=no"),
                List.of("CASE_VIEWED_IN_PRESENTATION", "present=a-1 case=2026-003 audience=CHAIR identity=[shoesize] referrer=no "
                        + "volledig=[] signaal=[] minutes=0/0 decisions=no legal=no disclosures=no"),
                List.of("PURGE", "retention as of 2026-12-01: closed 2024-11-01, period P2Y; scrubbed 3 poems"),
                List.of("PURGE", "retention as of 2026-12-01: meeting record, period P10D"),
                List.of("OVERRIDE", "outsiders=a-1 present=a-1 reason=x"),
                // "created" is words of a partner or a meeting, not of a case
                List.of("CASE_CHANGED", "created"),
                List.of("EXPORT", "a file the chair named.pdf"),
                List.of("NEW_ACTION", "created"),
                List.of("MEETING_CHANGED", ""));
    }

    @Test
    void noDetailIsEmptyAndTheActionAndPartnerSubjectReadInDutch() {
        assertThat(WORDS.detail("VAULT_CREATED", null)).isEmpty();
        assertThat(WORDS.action("DISCLOSURE")).isEqualTo("Verstrekking zonder toestemming");
        assertThat(WORDS.action("NEW_ACTION")).isEqualTo("NEW_ACTION");
        assertThat(WORDS.subject("PARTNER_CHANGED", "politie")).isEqualTo("Politie Rivierstad");
        assertThat(WORDS.subject("PARTNER_CHANGED", "woco")).isEqualTo("woco" + AuditWords.GONE);
        assertThat(WORDS.subject("CASE_CHANGED", "2026-003")).isEqualTo("2026-003");
        assertThat(WORDS.subject("EXPORT", null)).isEmpty();
    }

    /**
     * The rows above cover the appends of today: a new {@code append} of the audit log (a new pattern) makes this fail
     * until it has a rule in {@link AuditWords} and a row in {@link #patterns()}.
     */
    @Test
    void everyAppendInTheCodeIsCoveredAbove() throws IOException {
        Pattern append = Pattern.compile("\\.append\\((?:nl\\.kring\\.audit\\.)?(?:AuditLog\\.)?Action\\.|append\\(isNew \\? AuditLog");
        Map<String, Integer> sites = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = append.matcher(Files.readString(f));
                int n = 0;
                while (m.find()) {
                    n++;
                }
                if (n > 0) {
                    sites.put(f.getFileName().toString(), n);
                }
            }
        }
        assertThat(sites).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("CaseService.java", 3), Map.entry("MeetingService.java", 7),
                Map.entry("PartnerService.java", 2), Map.entry("RequestService.java", 7), Map.entry("VaultService.java", 4),
                Map.entry("PresentationService.java", 2), Map.entry("SettingsService.java", 5),
                Map.entry("MatrixService.java", 2),
                Map.entry("RetentionService.java", 2), Map.entry("ExportService.java", 12),
                Map.entry("DisclosureRepository.java", 3), Map.entry("Importer.java", 4),
                Map.entry("DisclosureProposalService.java", 2)));
    }
}
