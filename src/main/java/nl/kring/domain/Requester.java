package nl.kring.domain;

/** Who made the request: the client, their legal representative (wilsonbekwaam, minor), or someone else. */
public enum Requester {
    CLIENT, LEGAL_REPRESENTATIVE, OTHER
}
