package nl.kring.cli;

import jakarta.mail.internet.MimeMessage;

import java.util.Map;

/** Lets tests in other packages read a draft's parts the way {@link InviteCommandTest} does. */
public final class InviteCommandTestAccess {
    private InviteCommandTestAccess() {
    }

    public static Map<String, byte[]> parts(MimeMessage msg) throws Exception {
        return InviteCommandTest.parts(msg);
    }
}
