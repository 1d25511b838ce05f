package vn.minhbach.doctor;

import java.io.IOException;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.Text;

/** An SMTP conversation that went wrong in a way the server showed; its message in Vietnamese, its text in any language. */
final class SmtpFailure extends IOException {
    private final transient Text text;

    SmtpFailure(Text text) {
        super(Messages.vi().format(text));
        this.text = text;
    }

    Text text() {
        return text;
    }
}
