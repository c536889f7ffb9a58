package org.quietline.screening;

import java.util.Arrays;
import java.util.Optional;
import org.quietline.classify.Classification;
import org.quietline.merchant.Merchant;
import org.quietline.number.Signature;

/**
 * One screening in progress: the {@link Examination} the checks see, with its facts computed lazily and
 * at most once, and the findings buffer the engine turns into a verdict. Confined to one thread.
 */
final class Run implements Examination {

    private static final int INITIAL = 8;

    private final ScreeningEngine engine;
    private final Subject subject;
    private final SubjectKind kind;
    private Optional<Classification> classification;
    private Optional<Classification> reading;
    private RuntimeException classificationFailure;
    private Optional<Signature> signature;
    private OptOutInstruction.Announced optOut;
    private Optional<Merchant> merchant;
    private String folded;
    private Declared declared;
    private String reporter = "";

    int[] signals = new int[INITIAL];
    double[] strengths = new double[INITIAL];
    String[] evidence = new String[INITIAL];
    int size;
    /** Bit {@code c} set: check {@code c} of the plan threw or overran. */
    long failed;

    Run(ScreeningEngine engine, Subject subject) {
        this.engine = engine;
        this.subject = subject;
        this.kind = SubjectKind.of(subject);
    }

    SubjectKind kind() {
        return kind;
    }

    /** Lets {@code check}, which may report the {@code declared} signals, report next. */
    void reportingFor(String check, Declared declared) {
        this.reporter = check;
        this.declared = declared;
    }

    @Override
    public Subject subject() {
        return subject;
    }

    @Override
    public Optional<Classification> classification() {
        if (classificationFailure != null) {
            throw classificationFailure;
        }
        if (classification == null) {
            try {
                Optional<Classification> read = subject instanceof Sms sms ? engine.classify(sms.text()) : Optional.empty();
                classification = read.isEmpty() ? read : engine.revise(read.get(), this).or(() -> read);
                reading = read;
            } catch (RuntimeException e) {
                // every check that needs the classification fails alike, instead of each trying again
                classificationFailure = e;
                throw e;
            }
        }
        return classification;
    }

    @Override
    public Optional<Classification> reading() {
        classification();
        return reading;
    }

    @Override
    public Optional<Signature> signature() {
        if (signature == null) {
            signature = subject instanceof Sms sms ? Signature.find(sms.text()) : Optional.empty();
        }
        return signature;
    }

    @Override
    public OptOutInstruction.Announced optOutInstruction() {
        if (optOut == null) {
            optOut = subject instanceof Sms sms ? OptOutInstruction.announced(sms.text()) : OptOutInstruction.Announced.NONE;
        }
        return optOut;
    }

    @Override
    public Optional<Merchant> merchant() {
        if (merchant == null) {
            merchant = engine.merchants().resolve(subject.sender(), signature());
        }
        return merchant;
    }

    @Override
    public String foldedText() {
        if (folded == null) {
            folded = subject instanceof Sms sms ? Folding.fold(sms.text()) : "";
        }
        return folded;
    }

    @Override
    public void report(String signal, double strength, String evidence) {
        int index = declared == null ? -1 : declared.indexOf(signal);
        if (index < 0) {
            throw new IllegalArgumentException("check " + reporter + " reported " + signal + ", which it does not declare");
        }
        if (!(strength >= 0 && strength <= 1)) {
            throw new IllegalArgumentException("a finding's strength lies in [0, 1], was " + strength);
        }
        if (evidence == null) {
            throw new IllegalArgumentException("evidence is required (it may be empty)");
        }
        if (engine.scoring().applies(kind, index)) {
            add(index, strength, evidence);
        }
    }

    void add(int signal, double strength, String text) {
        if (size == signals.length) {
            signals = Arrays.copyOf(signals, size * 2);
            strengths = Arrays.copyOf(strengths, size * 2);
            evidence = Arrays.copyOf(evidence, size * 2);
        }
        signals[size] = signal;
        strengths[size] = strength;
        evidence[size] = text;
        size++;
    }

    /** Forgets the findings after the first {@code mark}: those of a check that failed. */
    void truncate(int mark) {
        for (int i = mark; i < size; i++) {
            evidence[i] = null;
        }
        size = mark;
    }
}
