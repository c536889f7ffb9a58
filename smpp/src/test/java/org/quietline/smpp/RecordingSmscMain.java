package org.quietline.smpp;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.examples.SMPPServerSimulator;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SubmitSmResult;

/**
 * jSMPP's SMSC simulator in a process of its own, so that a test can kill it and start it again. It appends
 * every message it accepts to a file (one line each, written before it answers), which outlives it.
 */
final class RecordingSmscMain extends SMPPServerSimulator {

    private final FileOutputStream log;

    private RecordingSmscMain(int port, FileOutputStream log) {
        super(false, port, TestSmsc.SYSTEM_ID, TestSmsc.PASSWORD);
        this.log = log;
    }

    public static void main(String[] args) {
        try {
            new RecordingSmscMain(Integer.parseInt(args[0]), new FileOutputStream(args[1], true)).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) throws ProcessRequestException {
        try {
            synchronized (log) {
                log.write((new String(submitSm.getShortMessage(), StandardCharsets.ISO_8859_1) + "\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return super.onAcceptSubmitSm(submitSm, source);
    }
}
