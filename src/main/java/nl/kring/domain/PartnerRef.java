package nl.kring.domain;

/** A partner as a view names it: a professional organisation, never client data. */
public record PartnerRef(String id, String name, Role role) {
    public static PartnerRef of(Partner partner) {
        return new PartnerRef(partner.id(), partner.name(), partner.role());
    }
}
