package org.quietline.screening.link;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quietline.merchant.Merchant;
import org.quietline.merchant.MerchantRegistry;
import org.quietline.number.Signature;
import org.quietline.screening.Check;
import org.quietline.screening.Examination;
import org.quietline.screening.Settings;
import org.quietline.screening.Sms;

/**
 * Looks at the links of an SMS: {@code URL_SHORTENER} (t.cn, bit.ly … hide where they lead),
 * {@code LOOKALIKE_DOMAIN} (a host imitating a protected brand: icbc-cn.com.xx, paypa1.com),
 * {@code PUNYCODE_DOMAIN} (xn-- labels), {@code MIXED_SCRIPT_DOMAIN} (Latin mixed with Cyrillic or Greek
 * lookalike letters), {@code IP_ADDRESS_LINK}, and {@code IMPERSONATED_BRAND_LINK}: a link under the
 * 【brand】 of a merchant in the registry, from a sender not registered for that merchant — the form of
 * bank and shop phishing whatever the link's domain looks like (ADR 0061). The evidence is the host only,
 * with long digit runs masked; never the path, which may carry a token or a number. Thread-safe.
 *
 * <p>Settings ({@code checks.link}): {@code shorteners} (domains), {@code brands} (token → the brand's
 * own domains), {@code tlds} (labels that make a bare {@code name.tld} read as a link),
 * {@code homoglyphs} (letter of another script → the Latin letter it imitates).
 */
public final class LinkCheck implements Check {

    /** The check's name and policy section. */
    public static final String NAME = "link";

    private static final int MAX_SHOWN = 64;
    static final String IMPERSONATED = "IMPERSONATED_BRAND_LINK";

    private final Set<String> shorteners;
    private final Hosts hosts;
    private final Lookalikes lookalikes;
    private final MerchantRegistry registry;

    /** Reads {@code shorteners}, {@code brands}, {@code tlds} and {@code homoglyphs}; knows no merchants. */
    public LinkCheck(Settings settings) {
        this(settings, MerchantRegistry.empty());
    }

    /**
     * Reads {@code shorteners}, {@code brands}, {@code tlds} and {@code homoglyphs}; asks {@code registry}
     * whose brand a signature is.
     */
    public LinkCheck(Settings settings, MerchantRegistry registry) {
        this.registry = registry;
        this.shorteners = lowerCase(settings.texts("shorteners"));
        Homoglyphs homoglyphs = new Homoglyphs(homoglyphs(settings));
        Map<String, List<String>> brands = new HashMap<>();
        settings.textListMap("brands").forEach((token, domains) ->
                brands.put(token.toLowerCase(Locale.ROOT), domains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).toList()));
        this.hosts = new Hosts(lowerCase(settings.texts("tlds")), homoglyphs);
        this.lookalikes = new Lookalikes(brands, homoglyphs);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> signals() {
        return Set.of("URL_SHORTENER", "LOOKALIKE_DOMAIN", "PUNYCODE_DOMAIN", "MIXED_SCRIPT_DOMAIN", "IP_ADDRESS_LINK",
                IMPERSONATED);
    }

    @Override
    public void inspect(Examination examination) {
        if (!(examination.subject() instanceof Sms sms)) {
            return;
        }
        List<String> found = hosts.in(sms.text());
        for (String host : found) {
            inspect(host, examination);
        }
        if (!found.isEmpty()) {
            impersonation(found.get(0), examination);
        }
    }

    /**
     * A link signed with a registered merchant's brand, from a sender the registry does not give that
     * brand. The registry resolves the examination's merchant by sender and brand together; when that fails
     * but some merchant signs with the brand, someone else is using its name.
     */
    private void impersonation(String host, Examination examination) {
        Optional<Signature> signature = examination.signature();
        if (signature.isEmpty() || examination.merchant().isPresent()) {
            return;
        }
        List<Merchant> owners = registry.signingWith(signature.get().brand());
        if (!owners.isEmpty()) {
            examination.report(IMPERSONATED, signature.get() + " is " + owners.get(0).name() + "'s, which is not registered on "
                    + examination.subject().sender().masked() + "; link to " + shown(host));
        }
    }

    private void inspect(String host, Examination examination) {
        if (isIpAddress(host)) {
            examination.report("IP_ADDRESS_LINK", shown(host));
            return;
        }
        if (isShortener(host)) {
            examination.report("URL_SHORTENER", shown(host));
        }
        if (host.startsWith("xn--") || host.contains(".xn--")) {
            examination.report("PUNYCODE_DOMAIN", shown(host));
        }
        if (mixesScripts(host)) {
            examination.report("MIXED_SCRIPT_DOMAIN", shown(host) + " reads as " + lookalikes.skeleton(host));
        }
        lookalikes.imitated(host).ifPresent(b ->
                examination.report("LOOKALIKE_DOMAIN", shown(host) + " imitates " + b.token() + " (" + b.domains().get(0) + ")"));
    }

    private boolean isShortener(String host) {
        if (shorteners.contains(host)) {
            return true;
        }
        int dot = host.indexOf('.');
        while (dot >= 0) {
            if (shorteners.contains(host.substring(dot + 1))) {
                return true;
            }
            dot = host.indexOf('.', dot + 1);
        }
        return false;
    }

    private boolean mixesScripts(String host) {
        boolean latin = false;
        boolean other = false;
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            latin |= c >= 'a' && c <= 'z';
            other |= c > 0x7F;
        }
        return latin && other;
    }

    private static boolean isIpAddress(String host) {
        int labels = 0;
        int value = -1;
        for (int i = 0; i <= host.length(); i++) {
            char c = i < host.length() ? host.charAt(i) : '.';
            if (c == '.') {
                if (value < 0 || value > 255) {
                    return false;
                }
                labels++;
                value = -1;
            } else if (c >= '0' && c <= '9') {
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                if (value > 999) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return labels == 4;
    }

    /**
     * The host for evidence: digit runs of seven or more masked, in case one holds a phone number, and
     * at most {@value #MAX_SHOWN} characters.
     */
    static String shown(String host) {
        String masked = masked(host);
        return masked.length() <= MAX_SHOWN ? masked : masked.substring(0, MAX_SHOWN - 1) + "…";
    }

    private static String masked(String host) {
        StringBuilder out = null;
        int run = 0;
        for (int i = 0; i <= host.length(); i++) {
            boolean digit = i < host.length() && Character.isDigit(host.charAt(i));
            if (digit) {
                run++;
                continue;
            }
            if (run >= 7) {
                if (out == null) {
                    out = new StringBuilder(host);
                }
                for (int j = i - run + 3; j < i - 4; j++) {
                    out.setCharAt(j, '*');
                }
            }
            run = 0;
        }
        return out == null ? host : out.toString();
    }

    private static Map<Character, Character> homoglyphs(Settings settings) {
        Map<Character, Character> out = new HashMap<>();
        settings.textMap("homoglyphs").forEach((other, latin) -> {
            if (other.length() != 1 || other.charAt(0) <= 0x7F || latin.length() != 1 || latin.charAt(0) < 'a' || latin.charAt(0) > 'z') {
                throw settings.problem("homoglyphs." + other, latin, "must map one non-Latin letter to one Latin letter a-z");
            }
            out.put(other.charAt(0), latin.charAt(0));
        });
        return Map.copyOf(out);
    }

    private static Set<String> lowerCase(List<String> list) {
        Set<String> out = new HashSet<>();
        for (String s : list) {
            out.add(s.strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }
}
