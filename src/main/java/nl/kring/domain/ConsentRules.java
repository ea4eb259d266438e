package nl.kring.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whose consent counts (WGBO, now BW 7:447 and 7:450; handreiking deel II §4.2-4.3): under 12 the parents or guardian
 * decide; from 12 to 15 both the child and the parents; from 16 the young person alone; for a client who is
 * wilsonbekwaam the hulpverlener seeks the substitute consent of the legal representative (deel I §6, point 5). Age is
 * taken on the meeting date.
 */
public final class ConsentRules {
    private ConsentRules() {
    }

    public enum WhoConsents {
        PARENTS("De ouders of voogd beslissen (jonger dan 12 jaar)."),
        CHILD_AND_PARENTS("Zowel de jongere als de ouders of voogd moeten toestemmen (12 tot 16 jaar)."),
        CLIENT("De cliënt beslist zelf."),
        LEGAL_REPRESENTATIVE("De wettelijk vertegenwoordiger beslist (cliënt is wilsonbekwaam)."),
        UNKNOWN_AGE("Geboortedatum onbekend: stel vast of de cliënt minderjarig is.");

        private final String explanation;

        WhoConsents(String explanation) {
            this.explanation = explanation;
        }

        public String explanation() {
            return explanation;
        }
    }

    /**
     * The rule applied to a case on a date: who decides, the client's age then (null when unknown), whether consent
     * holds under the rule, whose answer is still missing or a refusal, and who gave substitute consent (a parent,
     * guardian or representative; empty when the client consented alone).
     */
    public record Verdict(WhoConsents who, Integer age, boolean given, List<ConsentPerson.Who> lacking,
                          List<ConsentPerson> substituteBy) {
        public Verdict {
            lacking = List.copyOf(lacking);
            substituteBy = List.copyOf(substituteBy);
        }
    }

    public static WhoConsents whoConsents(Client client, LocalDate on) {
        if (client.incapacitated()) {
            return WhoConsents.LEGAL_REPRESENTATIVE;
        }
        if (client.birthDate() == null) {
            return WhoConsents.UNKNOWN_AGE;
        }
        int age = ageOn(client, on);
        if (age < 12) {
            return WhoConsents.PARENTS;
        }
        if (age < 16) {
            return WhoConsents.CHILD_AND_PARENTS;
        }
        return WhoConsents.CLIENT;
    }

    /** The client's age in whole years on the date, or null when the date of birth is unknown. */
    public static Integer ageOn(Client client, LocalDate on) {
        return client.birthDate() == null ? null : Period.between(client.birthDate(), on).getYears();
    }

    /**
     * Applies the rule on {@code on}. Without consent per person the case's summary status decides (as before). With
     * persons, every listed person whose consent counts must have given it: a parent's refusal is not outweighed by
     * the other parent (the handreiking asks the consent of "de ouders/voogd").
     */
    public static Verdict verdict(CaseFile c, LocalDate on) {
        WhoConsents who = whoConsents(c.client(), on);
        Integer age = ageOn(c.client(), on);
        Consent consent = c.consent();
        if (consent == null || consent.persons().isEmpty()) {
            boolean given = c.hasConsent();
            return new Verdict(who, age, given, given ? List.of() : List.of(ConsentPerson.Who.CLIENT), List.of());
        }
        Set<ConsentPerson.Who> counting = switch (who) {
            case PARENTS -> Set.of(ConsentPerson.Who.PARENT, ConsentPerson.Who.GUARDIAN);
            case CHILD_AND_PARENTS -> Set.of(ConsentPerson.Who.CLIENT, ConsentPerson.Who.PARENT, ConsentPerson.Who.GUARDIAN);
            case CLIENT, UNKNOWN_AGE -> Set.of(ConsentPerson.Who.CLIENT);
            case LEGAL_REPRESENTATIVE -> Set.of(ConsentPerson.Who.REPRESENTATIVE);
        };
        List<ConsentPerson.Who> lacking = new ArrayList<>();
        List<ConsentPerson> substitute = new ArrayList<>();
        boolean anyParent = false;
        boolean anyClient = false;
        boolean anyRepresentative = false;
        for (ConsentPerson p : consent.persons()) {
            if (!counting.contains(p.who())) {
                continue;
            }
            anyParent |= p.who() == ConsentPerson.Who.PARENT || p.who() == ConsentPerson.Who.GUARDIAN;
            anyClient |= p.who() == ConsentPerson.Who.CLIENT;
            anyRepresentative |= p.who() == ConsentPerson.Who.REPRESENTATIVE;
            if (!p.gave()) {
                if (!lacking.contains(p.who())) {
                    lacking.add(p.who());
                }
            } else if (p.who() != ConsentPerson.Who.CLIENT) {
                substitute.add(p);
            }
        }
        switch (who) {
            case PARENTS -> {
                if (!anyParent) {
                    lacking.add(ConsentPerson.Who.PARENT);
                }
            }
            case CHILD_AND_PARENTS -> {
                if (!anyClient) {
                    lacking.add(0, ConsentPerson.Who.CLIENT);
                }
                if (!anyParent) {
                    lacking.add(ConsentPerson.Who.PARENT);
                }
            }
            case CLIENT, UNKNOWN_AGE -> {
                if (!anyClient) {
                    lacking.add(ConsentPerson.Who.CLIENT);
                }
            }
            case LEGAL_REPRESENTATIVE -> {
                if (!anyRepresentative) {
                    lacking.add(ConsentPerson.Who.REPRESENTATIVE);
                }
            }
        }
        boolean given = lacking.isEmpty();
        return new Verdict(who, age, given, lacking, given ? substitute : List.of());
    }
}
