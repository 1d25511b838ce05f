package vn.minhbach.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import vn.minhbach.config.EmailConfig;
import vn.minhbach.report.MailSummary;

/**
 * Builds the MIME message: a {@code multipart/alternative} with the plain-text and the HTML body (clients
 * show the best they can), inside a {@code multipart/mixed} with the full report attached as
 * {@code report.html} when there is one. Everything is UTF-8, the subject encoded for Vietnamese.
 */
final class Messages {
    static final String ATTACHMENT_NAME = "report.html";

    private Messages() {
    }

    /**
     * @param report the full HTML report to attach, or null for none
     * @param sentAt the message's Date header
     */
    static MimeMessage compose(Session session, EmailConfig email, MailSummary.Rendered rendered, String report,
                               Instant sentAt) throws SendFailure {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(email.from(), true));
            message.setRecipients(MimeMessage.RecipientType.TO, addresses(email.to()));
            message.setSubject(rendered.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(sentAt));
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(part(rendered.text(), "plain"));
            alternative.addBodyPart(part(rendered.html(), "html"));
            if (report == null) {
                message.setContent(alternative);
            } else {
                MimeBodyPart bodies = new MimeBodyPart();
                bodies.setContent(alternative);
                MimeBodyPart attachment = part(report, "html");
                attachment.setFileName(ATTACHMENT_NAME);
                attachment.setDisposition(MimeBodyPart.ATTACHMENT);
                MimeMultipart mixed = new MimeMultipart("mixed");
                mixed.addBodyPart(bodies);
                mixed.addBodyPart(attachment);
                message.setContent(mixed);
            }
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new SendFailure("could not build the message: " + SmtpClient.describe(e), false, e);
        }
    }

    private static MimeBodyPart part(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, StandardCharsets.UTF_8.name(), subtype);
        return part;
    }

    private static InternetAddress[] addresses(List<String> to) throws MessagingException {
        InternetAddress[] addresses = new InternetAddress[to.size()];
        for (int i = 0; i < to.size(); i++) {
            addresses[i] = new InternetAddress(to.get(i), true);
        }
        return addresses;
    }
}
