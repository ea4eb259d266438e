package nl.kring.domain;

import java.time.LocalDate;
import java.util.List;

/** The person a case is about. Never leaves the vault: outside it the case number stands in. */
public record Client(String firstNames, String roepnaam, String prefix, String surname, List<String> aliases,
                     LocalDate birthDate, String bsn, String address, String phone, List<Relative> relatives,
                     String legalRepresentative, boolean incapacitated, List<FileNumber> fileNumbers) {

    public Client {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        relatives = relatives == null ? List.of() : List.copyOf(relatives);
        fileNumbers = fileNumbers == null ? List.of() : List.copyOf(fileNumbers);
    }

    /** A client without partners' file numbers. */
    public Client(String firstNames, String roepnaam, String prefix, String surname, List<String> aliases,
                  LocalDate birthDate, String bsn, String address, String phone, List<Relative> relatives,
                  String legalRepresentative, boolean incapacitated) {
        this(firstNames, roepnaam, prefix, surname, aliases, birthDate, bsn, address, phone, relatives,
                legalRepresentative, incapacitated, List.of());
    }

    /** The same client with these partners' file numbers (issue 12). */
    public Client withFileNumbers(List<FileNumber> numbers) {
        return new Client(firstNames, roepnaam, prefix, surname, aliases, birthDate, bsn, address, phone, relatives,
                legalRepresentative, incapacitated, numbers);
    }

    /** "Jan de Vries" for the chair's own screens. */
    public String displayName() {
        StringBuilder sb = new StringBuilder();
        String first = roepnaam != null && !roepnaam.isBlank() ? roepnaam : firstNames;
        if (first != null && !first.isBlank()) {
            sb.append(first.strip()).append(' ');
        }
        if (prefix != null && !prefix.isBlank()) {
            sb.append(prefix.strip()).append(' ');
        }
        sb.append(surname == null ? "" : surname.strip());
        return sb.toString().strip();
    }
}
