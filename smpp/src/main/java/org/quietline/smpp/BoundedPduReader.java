package org.quietline.smpp;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.jsmpp.DefaultPDUReader;
import org.jsmpp.DefaultPDUSender;
import org.jsmpp.InvalidCommandLengthException;
import org.jsmpp.PDUException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.SynchronizedPDUSender;
import org.jsmpp.bean.Command;
import org.jsmpp.util.DefaultDecomposer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * jSMPP's PDU reader made safe for PDUs from the network; both guards were found by the fuzz tests
 * ({@code MalformedPduTest}):
 * <ul>
 *   <li>jSMPP allocates a buffer of whatever command_length a peer announces, so one header claiming
 *       2 GiB makes it allocate and wait for 2 GiB. Longer than {@link #MAX_COMMAND_LENGTH} is answered
 *       generic_nack ESME_RINVCMDLEN and the session closed (its framing is lost).</li>
 *   <li>jSMPP's decoder throws unchecked exceptions (array index out of bounds) on bodies whose fields
 *       overrun the PDU, which kill its worker without any answer: the ESME waits for ever. With
 *       {@link #answering}, a PDU that does not decode is answered here with its response header and
 *       ESME_RINVCMDLEN, and jSMPP is handed a harmless generic_nack (sequence 0, matching nothing)
 *       instead. Framing is intact, so the session goes on.</li>
 * </ul>
 * <p>With an {@link Intercept}, the PDUs it wants never reach jSMPP: the reader hands them over whole as they
 * are read and goes on to the next one (the firewall takes submits and their responses off jSMPP's
 * thread-per-request path this way; ADR 0070).
 *
 * <p>One instance per session; thread-confined to the session's reader thread.
 */
final class BoundedPduReader extends DefaultPDUReader {

    /** Takes some PDUs off the session: they are read, handed over and not given to jSMPP. */
    interface Intercept {

        /** Whether to take the PDU with this header (called before its body is read). */
        boolean wants(Command header);

        /** Takes the whole PDU; false gives it to jSMPP after all (the guards still apply). */
        boolean take(Command header, byte[] pdu);
    }

    private static final Intercept NOTHING = new Intercept() {
        @Override
        public boolean wants(Command header) {
            return false;
        }

        @Override
        public boolean take(Command header, byte[] pdu) {
            return false;
        }
    };

    private static final Logger LOG = LoggerFactory.getLogger(BoundedPduReader.class);

    /** The largest PDU accepted: a 64 KiB message_payload and every other field at its maximum. */
    static final int MAX_COMMAND_LENGTH = 65_536 + 2_048;

    private static final DefaultDecomposer DECODER = new DefaultDecomposer();

    private final Optional<OutputStream> answers;
    private final Intercept intercept;
    private final SynchronizedPDUSender sender = new SynchronizedPDUSender(new DefaultPDUSender());
    /** A PDU read for the intercept that it gave back: jSMPP's next readPDU gets it. */
    private byte[] held;

    private BoundedPduReader(Optional<OutputStream> answers, Intercept intercept) {
        this.answers = answers;
        this.intercept = intercept;
    }

    /** Bounds command_length only. */
    static BoundedPduReader bounded() {
        return new BoundedPduReader(Optional.empty(), NOTHING);
    }

    /** Bounds command_length and hands {@code intercept} what it wants (the SMSC side). */
    static BoundedPduReader intercepting(Intercept intercept) {
        return new BoundedPduReader(Optional.empty(), intercept);
    }

    /** Also answers PDUs jSMPP cannot decode, on {@code out} (the session's own stream; writes lock on it). */
    static BoundedPduReader answering(OutputStream out) {
        return answering(out, NOTHING);
    }

    /** Answers what jSMPP cannot decode, and hands {@code intercept} what it wants (the ESME side). */
    static BoundedPduReader answering(OutputStream out, Intercept intercept) {
        return new BoundedPduReader(Optional.of(out), intercept);
    }

    @Override
    public Command readPDUHeader(DataInputStream in) throws InvalidCommandLengthException, IOException {
        while (true) {
            Command header = super.readPDUHeader(in);
            if (header.getCommandLength() > MAX_COMMAND_LENGTH) {
                throw new InvalidCommandLengthException("Command length " + header.getCommandLength() + " is too long");
            }
            if (!intercept.wants(header)) {
                return header;
            }
            byte[] pdu = super.readPDU(in, header);
            if (!intercept.take(header, pdu)) {
                held = pdu;
                return header;
            }
        }
    }

    @Override
    public byte[] readPDU(DataInputStream in, Command header) throws IOException {
        byte[] pdu = held != null ? held : super.readPDU(in, header);
        held = null;
        if (answers.isEmpty() || decodes(header.getCommandId(), pdu)) {
            return pdu;
        }
        LOG.info("answering a malformed PDU (command 0x{}) with ESME_RINVCMDLEN", Integer.toHexString(header.getCommandId()));
        int responseId = (header.getCommandId() & SMPPConstant.MASK_CID_RESP) != 0
                ? SMPPConstant.CID_GENERIC_NACK : header.getCommandId() | SMPPConstant.MASK_CID_RESP;
        if (responseId != SMPPConstant.CID_GENERIC_NACK || (header.getCommandId() & SMPPConstant.MASK_CID_RESP) == 0) {
            sender.sendHeader(answers.get(), responseId, SMPPConstant.STAT_ESME_RINVCMDLEN, header.getSequenceNumber());
        }
        header.setCommandId(SMPPConstant.CID_GENERIC_NACK);
        header.setCommandStatus(0);
        header.setSequenceNumber(0);
        header.setCommandLength(16);
        return new byte[] {0, 0, 0, 16, (byte) 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    }

    /** Whether jSMPP's decoder gets through the body without an unchecked exception. */
    private static boolean decodes(int commandId, byte[] pdu) {
        try {
            switch (commandId) {
                case SMPPConstant.CID_SUBMIT_SM -> DECODER.submitSm(pdu);
                case SMPPConstant.CID_SUBMIT_MULTI -> DECODER.submitMulti(pdu);
                case SMPPConstant.CID_DATA_SM -> DECODER.dataSm(pdu);
                case SMPPConstant.CID_DELIVER_SM -> DECODER.deliverSm(pdu);
                case SMPPConstant.CID_DELIVER_SM_RESP -> DECODER.deliverSmResp(pdu);
                case SMPPConstant.CID_QUERY_SM -> DECODER.querySm(pdu);
                case SMPPConstant.CID_CANCEL_SM -> DECODER.cancelSm(pdu);
                case SMPPConstant.CID_REPLACE_SM -> DECODER.replaceSm(pdu);
                case SMPPConstant.CID_BIND_RECEIVER, SMPPConstant.CID_BIND_TRANSMITTER,
                     SMPPConstant.CID_BIND_TRANSCEIVER -> DECODER.bind(pdu);
                default -> {
                    // other commands carry no body jSMPP reads, or are not relayed
                }
            }
            return true;
        } catch (PDUException e) {
            return true; // jSMPP answers these itself, with the status the exception names
        } catch (RuntimeException e) {
            return false;
        }
    }
}
