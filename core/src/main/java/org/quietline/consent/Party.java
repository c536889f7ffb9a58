package org.quietline.consent;

import java.util.Objects;
import java.util.Optional;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.number.SenderCode;

/**
 * Whom a consent or refusal concerns: one merchant, whoever sends through one sender (a shared port whose
 * merchant could not be told), or every merchant (the do-not-disturb registry). Immutable.
 */
public sealed interface Party {

    /** A stable text form for storage and the hash chain: {@code merchant:…}, {@code via:…}, {@code everyone}. */
    String canonical();

    /** A form for people, evidence and logs: it never shows a whole subscriber number. */
    String describe();

    /** Whether this party's refusal covers a message from {@code sender} of {@code merchant} (if known). */
    boolean covers(Sender sender, Optional<MerchantId> merchant);

    /** One merchant. */
    record Merchant(MerchantId id) implements Party {
        /** Rejects null. */
        public Merchant {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String canonical() {
            return "merchant:" + id.value();
        }

        @Override
        public String describe() {
            return "【" + id.value() + "】";
        }

        @Override
        public boolean covers(Sender sender, Optional<MerchantId> merchant) {
            return merchant.isPresent() && merchant.get().equals(id);
        }
    }

    /**
     * Whoever sends through {@code sender}: a service port covers its extensions and the port it extends
     * (replies often go to the port plus an extension), any other sender covers itself.
     */
    record Via(Sender sender) implements Party {
        /** Rejects null. */
        public Via {
            Objects.requireNonNull(sender, "sender");
        }

        @Override
        public String canonical() {
            return "via:" + sender.value();
        }

        @Override
        public String describe() {
            return "sender " + sender.masked();
        }

        @Override
        public boolean covers(Sender other, Optional<MerchantId> merchant) {
            if (sender instanceof SenderCode port && other instanceof SenderCode code
                    && port.kind() == SenderCode.Kind.SERVICE_PORT) {
                return port.covers(code) || code.covers(port);
            }
            return sender.equals(other);
        }
    }

    /** Every merchant: the do-not-disturb registry. */
    record Everyone() implements Party {
        @Override
        public String canonical() {
            return "everyone";
        }

        @Override
        public String describe() {
            return "every merchant";
        }

        @Override
        public boolean covers(Sender sender, Optional<MerchantId> merchant) {
            return true;
        }
    }

    /** Reads a {@link #canonical()} form back. */
    static Party parse(String canonical) {
        if (canonical.equals("everyone")) {
            return new Everyone();
        }
        if (canonical.startsWith("merchant:")) {
            return new Merchant(new MerchantId(canonical.substring("merchant:".length())));
        }
        if (canonical.startsWith("via:")) {
            String value = canonical.substring("via:".length());
            return new Via(value.startsWith("+") ? PhoneNumber.parse(value) : Sender.parse(value));
        }
        throw new IllegalArgumentException("not a party: " + canonical.length() + " characters starting '"
                + canonical.substring(0, Math.min(9, canonical.length())) + "'");
    }
}
