package org.quietline.merchant;

import java.util.List;
import java.util.Optional;
import org.quietline.number.Sender;
import org.quietline.number.Signature;

/**
 * Which merchants send through which senders (106 ports, short codes, IDs, numbers), and which sender is
 * registered for the verification codes of which brand. A service port covers its extensions: a merchant
 * routed through {@code 1069012345} also sends through {@code 106901234567}.
 *
 * <p>A port: the in-memory registry ships with core, the server adds a persistent one. Implementations
 * are thread-safe, and answer reads without I/O on the screening path (cache if they must).
 */
public interface MerchantRegistry {

    /**
     * The merchants that send through {@code sender}, the most specific registration first (for a port
     * extension, the merchants of the longest covering port come first); empty when the sender is unknown.
     */
    List<Merchant> sendingThrough(Sender sender);

    /** Whether {@code sender} is registered to send the verification codes of {@code brand}. */
    boolean registeredForCodes(Sender sender, String brand);

    /** The merchants that sign with {@code brand}, whichever senders they use. */
    List<Merchant> signingWith(String brand);

    /**
     * The one merchant behind {@code sender}: with a signature, the first merchant sending through the
     * sender that signs with that brand; without one, the only merchant sending through it. Empty when the
     * registry cannot tell (unknown sender, a brand the sender does not carry, several merchants and no
     * signature). A brand alone never resolves a merchant: anyone can write any brand.
     */
    default Optional<Merchant> resolve(Sender sender, Optional<Signature> signature) {
        List<Merchant> candidates = sendingThrough(sender);
        if (signature.isPresent()) {
            String brand = signature.get().brand();
            for (Merchant m : candidates) {
                if (m.signs(brand)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** A registry that knows nobody. */
    static MerchantRegistry empty() {
        return new InMemoryMerchantRegistry();
    }
}
