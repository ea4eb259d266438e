package nl.kring.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.kring.domain.Client;
import nl.kring.domain.FileNumber;
import nl.kring.domain.Relative;
import nl.kring.pseudonym.KnownClient;
import nl.kring.pseudonym.Recognizer;

/**
 * The clients file of {@code kring pseudonymize}: the {@code cases} array of the interchange file, an
 * object {@code {"cases": [...]}}, or a whole interchange file (its partners' attendees are then taken
 * as professionals, whose names are left alone, and the work e-mail addresses of partners and attendees are
 * {@code professionalAddresses}, left alone too, and the partners' names are {@code partnerNames}). Each case needs
 * {@code number} and {@code client} with at least a {@code surname}; its {@code melder} ({@code name},
 * {@code organisation}) is masked as {@code [melder]} like in every output of the vault (issue 11). Other fields are
 * optional, unknown fields are ignored.
 */
public record ClientsFile(List<KnownClient> clients, List<String> professionals, List<String> professionalAddresses,
                          List<Melder> melders, List<String> partnerNames) {

    /** The melder of a case, as the interchange file has it. */
    public record Melder(String caseNumber, String name, String organisation) {
    }

    /** Clients and professionals without any work addresses, melders or partners. */
    public ClientsFile(List<KnownClient> clients, List<String> professionals) {
        this(clients, professionals, List.of(), List.of(), List.of());
    }

    /** The recogniser this file describes: clients, their melders, professionals and the partners' names. */
    public Recognizer recognizer() {
        Recognizer.Builder b = Recognizer.builder().clients(clients)
                .partnerNames(partnerNames).professionals(professionals).professionalAddresses(professionalAddresses);
        for (Melder m : melders) {
            b.melder(m.caseNumber(), m.name(), m.organisation());
        }
        return b.build();
    }

    /** A mistake in the file, worded for the user. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    public static ClientsFile read(Path path) throws Invalid {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new Invalid("clients file not found: " + path);
        } catch (IOException e) {
            throw new Invalid("cannot read clients file " + path + ": " + e.getMessage());
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(bytes);
        } catch (JsonParseException e) {
            throw new Invalid("clients file " + path + " is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new Invalid("clients file " + path + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new Invalid("cannot read clients file " + path + ": " + e.getMessage());
        }
        return parse(root, path.toString());
    }

    static ClientsFile parse(JsonNode root, String name) throws Invalid {
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new Invalid("clients file " + name + " is empty");
        }
        JsonNode cases;
        List<String> professionals = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        List<String> partnerNames = new ArrayList<>();
        List<Melder> melders = new ArrayList<>();
        if (root.isArray()) {
            cases = root;
        } else if (root.isObject() && root.has("cases")) {
            cases = root.get("cases");
            JsonNode partners = root.get("partners");
            if (partners != null && partners.isArray()) {
                for (JsonNode p : partners) {
                    if (text(p, "name") != null) {
                        partnerNames.add(text(p, "name"));
                    }
                    if (text(p, "email") != null) {
                        addresses.add(text(p, "email"));
                    }
                    JsonNode attendees = p.get("attendees");
                    if (attendees != null && attendees.isArray()) {
                        for (JsonNode a : attendees) {
                            String n = text(a, "name");
                            if (n != null) {
                                professionals.add(n);
                            }
                            if (text(a, "email") != null) {
                                addresses.add(text(a, "email"));
                            }
                        }
                    }
                }
            }
        } else {
            throw new Invalid("clients file " + name + ": expected an array of cases or an object with \"cases\"");
        }
        if (!cases.isArray()) {
            throw new Invalid("clients file " + name + ": \"cases\" must be an array");
        }
        List<KnownClient> clients = new ArrayList<>();
        int i = 0;
        for (JsonNode c : cases) {
            String where = "cases[" + i + "]";
            if (!c.isObject()) {
                throw new Invalid(where + ": expected an object");
            }
            String number = text(c, "number");
            if (number == null || number.isBlank()) {
                throw new Invalid(where + ".number is missing");
            }
            JsonNode cl = c.get("client");
            if (cl == null || !cl.isObject()) {
                throw new Invalid(where + ".client is missing (case " + number + ")");
            }
            String surname = text(cl, "surname");
            if (surname == null || surname.isBlank()) {
                throw new Invalid(where + ".client.surname is missing (case " + number + ")");
            }
            LocalDate birth = null;
            String bd = text(cl, "birthDate");
            if (bd != null && !bd.isBlank()) {
                try {
                    birth = LocalDate.parse(bd);
                } catch (DateTimeParseException e) {
                    throw new Invalid(where + ".client.birthDate is not a date YYYY-MM-DD: " + bd);
                }
            }
            List<String> aliases = new ArrayList<>();
            JsonNode al = cl.get("aliases");
            if (al != null && al.isArray()) {
                al.forEach(a -> {
                    if (a.isTextual()) {
                        aliases.add(a.asText());
                    }
                });
            }
            List<Relative> relatives = new ArrayList<>();
            JsonNode rel = cl.get("relatives");
            if (rel != null && rel.isArray()) {
                for (JsonNode r : rel) {
                    String rn = text(r, "name");
                    if (rn != null && !rn.isBlank()) {
                        relatives.add(new Relative(rn, text(r, "relation")));
                    }
                }
            }
            // the partners' own numbers for the client (issue 12): recognised in the text like the BSN
            List<FileNumber> fileNumbers = new ArrayList<>();
            JsonNode fn = cl.get("fileNumbers");
            if (fn != null && fn.isArray()) {
                for (JsonNode f : fn) {
                    String nr = text(f, "number");
                    if (nr != null && !nr.isBlank()) {
                        String partner = text(f, "partner");
                        fileNumbers.add(new FileNumber(partner == null ? "" : partner, text(f, "label"), nr));
                    }
                }
            }
            Client client = new Client(text(cl, "firstNames"), text(cl, "roepnaam"), text(cl, "prefix"), surname,
                    aliases, birth, text(cl, "bsn"), text(cl, "address"), text(cl, "phone"), relatives,
                    text(cl, "legalRepresentative"), cl.path("incapacitated").asBoolean(false), fileNumbers);
            clients.add(new KnownClient(number.strip(), client));
            JsonNode melder = c.get("melder");
            if (melder != null && melder.isObject()) {
                melders.add(new Melder(number.strip(), text(melder, "name"), text(melder, "organisation")));
            }
            i++;
        }
        return new ClientsFile(List.copyOf(clients), List.copyOf(professionals), List.copyOf(addresses),
                List.copyOf(melders), List.copyOf(partnerNames));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
