package nl.kring.pseudonym;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;

/** A client on the agenda, with the case number that stands in for them outside the vault. */
public record KnownClient(String caseNumber, Client client) {

    public KnownClient {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(client, "client");
    }

    public static KnownClient of(CaseFile caseFile) {
        return new KnownClient(caseFile.number(), caseFile.client());
    }

    public static List<KnownClient> of(Collection<CaseFile> caseFiles) {
        return caseFiles.stream().map(KnownClient::of).toList();
    }
}
