package vn.minhbach.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the {@code email} section; an absent section means no e-mail. */
final class EmailReader {
    private static final Set<String> KEYS = Set.of("smtp", "from", "to", "send", "weeklyDigest");
    private static final Set<String> SMTP_KEYS = Set.of("host", "port", "security", "userEnv", "passwordEnv");
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EmailReader() {
    }

    static EmailConfig read(ConfigNode node) {
        if (!node.expectMapping(KEYS)) {
            return EmailConfig.NONE;
        }
        EmailConfig.Smtp smtp = smtp(node.child("smtp"));
        List<String> to = new ArrayList<>();
        for (ConfigNode n : node.child("to").elements()) {
            String address = address(n);
            if (address != null) {
                to.add(address);
            }
        }
        if (to.isEmpty()) {
            node.child("to").problem("required: at least one recipient");
        }
        ConfigNode from = node.child("from");
        if (from.isMissing()) {
            from.problem("required");
        }
        EmailConfig.Send send = choice(node.child("send"), EmailConfig.Send.class, EmailConfig.Send.ALWAYS);
        return new EmailConfig(smtp, address(from), to, send, node.child("weeklyDigest").bool(false));
    }

    private static EmailConfig.Smtp smtp(ConfigNode node) {
        if (!node.expectMapping(SMTP_KEYS)) {
            node.problem("required: the SMTP server (host, port, security)");
            return null;
        }
        EmailConfig.Security security = choice(node.child("security"), EmailConfig.Security.class,
                EmailConfig.Security.STARTTLS);
        int defaultPort = security == EmailConfig.Security.SSL ? 465 : 587;
        return new EmailConfig.Smtp(node.child("host").requiredText(), node.child("port").integer(defaultPort, 1, 65_535),
                security, EnvNames.read(node.child("userEnv")), EnvNames.read(node.child("passwordEnv")));
    }

    private static String address(ConfigNode node) {
        String value = node.text(null);
        if (value != null && !ADDRESS.matcher(value.trim()).matches()) {
            node.problem("not an e-mail address: \"" + value + "\"");
            return null;
        }
        return value == null ? null : value.trim();
    }

    /** Reads a lower-case, dash-separated enum name such as {@code on-change}. */
    static <E extends Enum<E>> E choice(ConfigNode node, Class<E> type, E def) {
        String value = node.text(null);
        if (value == null) {
            return def;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                names.add(c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            node.problem("expected one of " + String.join(", ", names) + ", got \"" + value + "\"");
            return def;
        }
    }
}
