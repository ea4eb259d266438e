package nl.kring.report;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A mail draft per partner ({@code --mail}): an RFC 5322 message built with Jakarta Mail, with {@code X-Unsent: 1} so
 * that Outlook opens it as a new message to send (through Zivver or plain mail). Subject and body are Dutch and carry
 * no client data, not even case numbers; the files go as attachments. A password is never in a draft: the body says
 * it comes by phone.
 */
public final class MailDraft {
    public record Attachment(String fileName, String contentType, byte[] bytes) {
    }

    private MailDraft() {
    }

    public static String fileName(String partnerId) {
        return partnerId + ".eml";
    }

    /** The invitation draft: the one-page PDF and the calendar file attached; an update says it replaces the last. */
    static byte[] invitation(Meeting meeting, ChairContact chair, InvitationPack.Invitation inv, boolean update,
                             List<Attachment> attachments, Instant stamp) {
        String times = inv.visits().stream().map(v -> Nl.span(v.in(), v.out())).collect(Collectors.joining(" en "));
        String body = "Geachte collega,\n\n"
                + (update ? "De agenda van het vangnetoverleg van " + Nl.longDate(meeting.date()) + " is gewijzigd. "
                + "Deze uitnodiging vervangt de vorige. " : "Hierbij nodig ik " + inv.partner().name()
                + " uit voor het vangnetoverleg van " + Nl.longDate(meeting.date()) + ". ")
                + "U wordt verwacht van " + times + ".\n\n"
                + "In de bijlage vindt u de uitnodiging met de casusnummers (PDF) en een agenda-afspraak per tijdvak "
                + "(.ics) die u in uw agenda kunt zetten.\n\n" + closing(chair);
        return draft(chair, inv.partner(), (update ? "Gewijzigd: uitnodiging vangnetoverleg " : "Uitnodiging vangnetoverleg ")
                + Nl.date(meeting.date()), body, attachments, stamp);
    }

    /**
     * The cancellation draft: entries an earlier pack put in the partner's calendar that the new one no longer has;
     * {@code stillInvited} when the partner has other times in the new pack (sent in its own draft).
     */
    static byte[] cancellation(Meeting meeting, ChairContact chair, Partner partner, boolean stillInvited, Attachment ics,
                               Instant stamp) {
        String body = "Geachte collega,\n\n"
                + "De agenda van het vangnetoverleg van " + Nl.longDate(meeting.date()) + " is gewijzigd: "
                + (stillInvited ? "een deel van de eerder gestuurde tijden vervalt. Uw nieuwe tijden staan in de "
                + "gewijzigde uitnodiging die u apart ontvangt. " : partner.name() + " hoeft niet meer aanwezig te zijn. ")
                + "De afzegging in de bijlage haalt de vervallen agenda-afspraak uit uw agenda.\n\n" + closing(chair);
        return draft(chair, partner, "Vervallen: " + (stillInvited ? "tijden " : "") + "vangnetoverleg "
                + Nl.date(meeting.date()), body, List.of(ics), stamp);
    }

    /** The report draft after the meeting: the partner's report attached; a protected report's password comes by phone. */
    public static byte[] report(Meeting meeting, ChairContact chair, Partner partner, Attachment pdf,
                                boolean passwordProtected, Instant stamp) {
        String body = "Geachte collega,\n\n"
                + "In de bijlage vindt u het verslag van het vangnetoverleg van " + Nl.longDate(meeting.date())
                + " voor " + partner.name() + ". Het bevat alleen de casussen en gegevens die voor uw organisatie "
                + "bestemd zijn; stuur het niet door.\n\n"
                + (passwordProtected ? "Het verslag is beveiligd met een wachtwoord. Dat wachtwoord staat niet in "
                + "deze e-mail: u krijgt het telefonisch van de voorzitter.\n\n" : "")
                + closing(chair);
        return draft(chair, partner, "Verslag vangnetoverleg " + Nl.date(meeting.date()), body, List.of(pdf), stamp);
    }

    private static String closing(ChairContact chair) {
        String line = chair.contactLine();
        return "Met vriendelijke groet,\n\n" + (line.isEmpty() ? "de voorzitter van het vangnetoverleg"
                : line.replace(", ", "\n")) + "\n";
    }

    private static byte[] draft(ChairContact chair, Partner partner, String subject, String body,
                                List<Attachment> attachments, Instant stamp) {
        try {
            MimeMessage msg = new MimeMessage(Session.getInstance(new Properties()));
            msg.setHeader("X-Unsent", "1");
            if (chair.email() != null) {
                msg.setFrom(new InternetAddress(chair.email(), chair.name(), "UTF-8"));
            }
            if (partner.email() != null) {
                msg.setRecipient(Message.RecipientType.TO, new InternetAddress(partner.email(), partner.name(), "UTF-8"));
            }
            msg.setSubject(subject, "UTF-8");
            msg.setSentDate(Date.from(stamp));
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, "UTF-8", "plain");
            mixed.addBodyPart(text);
            for (Attachment a : attachments) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.bytes(), a.contentType())));
                part.setFileName(a.fileName());
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                part.setHeader("Content-Transfer-Encoding", "base64");
                mixed.addBodyPart(part);
            }
            msg.setContent(mixed);
            msg.saveChanges();
            // Jakarta Mail would put the computer's name in the Message-ID; a draft tells nothing about the laptop.
            msg.setHeader("Message-ID", "<" + UUID.randomUUID() + "@kring.invalid>");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            msg.writeTo(out);
            return out.toByteArray();
        } catch (UnsupportedEncodingException | MessagingException e) {
            throw new IllegalStateException("the mail draft could not be built", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
