package nl.kring.service;

/**
 * A write the rules do not allow, said in types, not in words: the ViewModel (or the command line) translates it for
 * its reader. Nothing was written when this is thrown.
 */
public abstract class Refused extends RuntimeException {
    protected Refused(String message) {
        super(message);
    }
}
