package org.quietline.server.smpp;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.quietline.smpp.FirewallSettings;
import org.quietline.smpp.SmscIdForm;
import org.quietline.smpp.SmscSettings;
import org.quietline.smpp.platform.Platform;

/**
 * The SMPP firewall's settings as {@code quietline serve} reads them from the environment (through
 * application.yaml): {@code QUIETLINE_SMPP_PORT}, {@code QUIETLINE_SMSC} ({@code host:port}),
 * {@code QUIETLINE_SMSC_SYSTEM_ID}, {@code QUIETLINE_SMSC_PASSWORD} and {@code QUIETLINE_BOOTSTRAP_ESME}
 * ({@code system_id:password}, or {@code system_id:password:submits_per_second} for another throughput than
 * 1,000 a second), and {@code QUIETLINE_SMSC_ID_FORM} ({@code AS_GIVEN}, the default, or
 * {@code HEX_THEN_DECIMAL} for SMSCs that report receipts in decimal), and {@code QUIETLINE_SMPP_MESSAGE_IDS} (how
 * many id mappings are kept to route receipts back), and {@code QUIETLINE_SMPP_ID_JOURNAL} (the directory where
 * they are written so that receipts outlive a restart; {@code $QUIETLINE_HOME/data/smpp-ids} by default, {@code off}
 * keeps them in memory only). Bad values fail the start with a message that names the variable.
 *
 * @param port       the port ESMEs bind to
 * @param smsc       where and how to bind upstream
 * @param bootstrap  the one ESME allowed to bind for any merchant, if set
 * @param messageIds how many id mappings are kept
 * @param journal    where id mappings are written, unless kept in memory only
 */
record SmppEnvironment(int port, SmscSettings smsc, Optional<Platform> bootstrap, int messageIds, Optional<Path> journal) {

    /** Submits a second the bootstrap ESME may make unless its variable says otherwise. */
    static final int BOOTSTRAP_THROUGHPUT = 1_000;
    /** The most submits a second the bootstrap ESME may be given. */
    static final int MOST_THROUGHPUT = 1_000_000;
    /** Id mappings kept when {@code QUIETLINE_SMPP_MESSAGE_IDS} is not set. */
    static final int DEFAULT_MESSAGE_IDS = 1_000_000;
    /** The most: about 50 bytes of heap each, so 5 GB. */
    static final int MOST_MESSAGE_IDS = 100_000_000;

    static SmppEnvironment read(String port, String smsc, String systemId, String password, String bootstrapEsme,
                                String idForm, String messageIds, String journal) {
        int listen = number("QUIETLINE_SMPP_PORT", port);
        if (smsc.isBlank()) {
            throw new IllegalStateException("QUIETLINE_SMSC (host:port of the upstream SMSC) must be set when"
                    + " QUIETLINE_SMPP_PORT is");
        }
        int colon = smsc.lastIndexOf(':');
        if (colon <= 0 || colon == smsc.length() - 1) {
            throw new IllegalStateException("QUIETLINE_SMSC must read host:port, was '" + smsc + "'");
        }
        SmscSettings upstream = SmscSettings.of(smsc.substring(0, colon).strip(),
                number("QUIETLINE_SMSC", smsc.substring(colon + 1)), systemId, password).withIdForm(idForm(idForm));
        return new SmppEnvironment(listen, upstream, bootstrap(bootstrapEsme), messageIds(messageIds), journal(journal));
    }

    FirewallSettings settings() {
        FirewallSettings settings = FirewallSettings.of(port, smsc).withMessageIdCapacity(messageIds);
        return journal.map(settings::withMessageIdJournal).orElse(settings);
    }

    private static Optional<Path> journal(String value) {
        if (value.isBlank()) {
            throw new IllegalStateException("QUIETLINE_SMPP_ID_JOURNAL must be a directory or off, was blank");
        }
        if (value.strip().equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(value.strip()));
        } catch (InvalidPathException e) {
            throw new IllegalStateException("QUIETLINE_SMPP_ID_JOURNAL must be a directory or off, was '" + value + "'", e);
        }
    }

    private static int messageIds(String value) {
        if (value.isBlank()) {
            return DEFAULT_MESSAGE_IDS;
        }
        try {
            int n = Integer.parseInt(value.strip().replace("_", ""));
            if (n >= 1 && n <= MOST_MESSAGE_IDS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new IllegalStateException("QUIETLINE_SMPP_MESSAGE_IDS must be a count of id mappings from 1 to "
                + MOST_MESSAGE_IDS + ", was '" + value + "'");
    }

    private static SmscIdForm idForm(String value) {
        if (value.isBlank()) {
            return SmscIdForm.AS_GIVEN;
        }
        try {
            return SmscIdForm.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("QUIETLINE_SMSC_ID_FORM must be AS_GIVEN or HEX_THEN_DECIMAL, was '" + value + "'", e);
        }
    }

    private static Optional<Platform> bootstrap(String value) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        String[] parts = value.split(":", -1);
        if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new IllegalStateException("QUIETLINE_BOOTSTRAP_ESME must read system_id:password or"
                    + " system_id:password:submits_per_second");
        }
        int throughput = BOOTSTRAP_THROUGHPUT;
        if (parts.length == 3) {
            try {
                throughput = Integer.parseInt(parts[2].strip().replace("_", ""));
            } catch (NumberFormatException e) {
                throughput = 0;
            }
            if (throughput < 1 || throughput > MOST_THROUGHPUT) {
                throw new IllegalStateException("QUIETLINE_BOOTSTRAP_ESME's submits per second must be 1 to "
                        + MOST_THROUGHPUT + ", was '" + parts[2] + "'");
            }
        }
        return Optional.of(Platform.unrestricted(parts[0], parts[1], throughput));
    }

    private static int number(String variable, String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 1 || n > 65535) {
                throw new IllegalStateException(variable + " must be a port 1–65535, was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(variable + " must be a port number, was '" + value + "'", e);
        }
    }
}
