package org.quietline.call.screening;

import java.util.Set;
import org.quietline.call.allow.AllowRegister;
import org.quietline.screening.Check;
import org.quietline.screening.Examination;

/**
 * Reports {@code CALLER_ALLOW_REGISTER} when the caller is a registered legitimate high-volume caller
 * (courier, bank 95xxx, hospital, government line). Thread-safe.
 */
public final class AllowRegisterCheck implements Check {

    /** The check's name. */
    public static final String NAME = "allow-register";

    private final AllowRegister register;

    /** Asks {@code register}. */
    public AllowRegisterCheck(AllowRegister register) {
        this.register = register;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> signals() {
        return Set.of("CALLER_ALLOW_REGISTER");
    }

    @Override
    public void inspect(Examination examination) {
        register.find(examination.subject().sender()).ifPresent(e ->
                examination.report("CALLER_ALLOW_REGISTER", e.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + e.name()));
    }
}
