package nl.kring.domain;

/** Where a request of the data subject stands: open until it is handled or refused. */
public enum RequestStatus {
    OPEN, HANDLED, REFUSED
}
