package org.quietline.smpp;

import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.smpp.platform.Platform;
import org.quietline.smpp.platform.PlatformRegistry;
import org.quietline.smpp.text.Alphabet;
import org.quietline.smpp.text.UndecodableTextException;
import org.quietline.smpp.text.UserData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The deliver_sm path, from the SMSC: a receipt goes to the ESME that submitted the message, with the id
 * that ESME was given; a subscriber's reply goes to the opt-out logic first and then to the platform that
 * owns the address replied to. The SMSC is answered only when that is done; a temporary error
 * (ESME_RX_T_APPN) makes it deliver again. Runs on jSMPP's worker threads; thread-safe.
 */
final class DeliverPath implements MessageReceiverListener {

    private static final Logger LOG = LoggerFactory.getLogger(DeliverPath.class);

    private final MessageIds ids;
    private final SubscriberReplies replies;
    private final PlatformRegistry platforms;
    private final EsmeDelivery delivery;
    private final FirewallMetrics metrics;
    private final InstantSource clock;
    private final boolean latin1Default;

    DeliverPath(MessageIds ids, SubscriberReplies replies, PlatformRegistry platforms, EsmeDelivery delivery,
                FirewallMetrics metrics, InstantSource clock, boolean latin1Default) {
        this.ids = ids;
        this.replies = replies;
        this.platforms = platforms;
        this.delivery = delivery;
        this.metrics = metrics;
        this.clock = clock;
        this.latin1Default = latin1Default;
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
        if (isReceipt(deliverSm.getEsmClass())) {
            receipt(deliverSm);
        } else {
            reply(deliverSm);
        }
    }

    private static boolean isReceipt(byte esmClass) {
        int type = esmClass & 0x3C;
        return type == MessageType.SMSC_DEL_RECEIPT.value() || type == MessageType.ESME_DEL_ACK.value()
                || type == MessageType.ESME_MAN_ACK.value() || type == MessageType.SME_DEL_ACK.value()
                || type == MessageType.SME_MAN_ACK.value() || type == MessageType.INTER_DEL_NOTIF.value();
    }

    private void receipt(DeliverSm d) throws ProcessRequestException {
        byte[] text = d.getShortMessage() == null ? new byte[0] : d.getShortMessage();
        Optional<String> smscId = receiptedId(d).or(() -> ReceiptText.id(text));
        Optional<MessageIds.Route> route = smscId.flatMap(ids::routeOf);
        if (route.isEmpty()) {
            metrics.receipt(false);
            LOG.info("receipt for an unknown message id; dropped");
            return;
        }
        String ourId = route.get().ourId();
        OptionalParameter[] tlvs = withReceiptedId(d.getOptionalParameters(), ourId);
        if (!delivery.deliver(route.get().systemId(), d, ReceiptText.withId(text, ourId), tlvs)) {
            throw new ProcessRequestException("no receiver bound for " + route.get().systemId(), SMPPConstant.STAT_ESME_RX_T_APPN);
        }
        metrics.receipt(true);
    }

    private void reply(DeliverSm d) throws ProcessRequestException {
        Optional<PhoneNumber> subscriber = PhoneNumber.tryParse(nonNull(d.getSourceAddr()));
        Optional<Sender> to = senderOf(nonNull(d.getDestAddress()));
        if (subscriber.isPresent() && to.isPresent()) {
            Optional<String> text = textOf(d);
            if (text.isPresent()) {
                try {
                    replies.receive(new SubscriberReply(subscriber.get(), to.get(), text.get(), clock.instant()));
                } catch (RuntimeException e) {
                    metrics.reply("OPT_OUT_FAILED");
                    LOG.warn("opt-out logic failed on a reply from {} ({}); the SMSC will deliver it again",
                            subscriber.get().masked(), e.getClass().getSimpleName());
                    throw new ProcessRequestException("opt-out logic unavailable", SMPPConstant.STAT_ESME_RX_T_APPN);
                }
            }
        }
        Optional<Platform> owner = to.flatMap(platforms::owning);
        if (owner.isEmpty()) {
            metrics.reply("NO_OWNER");
            return;
        }
        byte[] text = d.getShortMessage() == null ? new byte[0] : d.getShortMessage();
        if (!delivery.deliver(owner.get().systemId(), d, text, d.getOptionalParameters())) {
            metrics.reply("NO_RECEIVER");
            throw new ProcessRequestException("no receiver bound for " + owner.get().systemId(), SMPPConstant.STAT_ESME_RX_T_APPN);
        }
        metrics.reply("ROUTED");
    }

    private Optional<String> textOf(DeliverSm d) {
        byte[] octets = d.getShortMessage() == null ? new byte[0] : d.getShortMessage();
        OptionalParameter payload = d.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
        if (octets.length == 0 && payload instanceof OptionalParameter.OctetString p) {
            octets = p.getValue();
        }
        try {
            UserData ud = UserData.read(octets, (d.getEsmClass() & 0x40) != 0);
            return Optional.of(Alphabet.of(d.getDataCoding(), latin1Default)
                    .decode(octets, ud.textOffset(), octets.length - ud.textOffset()));
        } catch (UndecodableTextException e) {
            metrics.reply("UNDECODABLE");
            return Optional.empty();
        }
    }

    private static Optional<Sender> senderOf(String address) {
        try {
            return Optional.of(Sender.parse(address));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> receiptedId(DeliverSm d) {
        OptionalParameter p = d.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID);
        if (p instanceof OptionalParameter.OctetString s) {
            String id = new String(s.getValue(), StandardCharsets.ISO_8859_1).replace("\0", "").strip();
            return id.isEmpty() ? Optional.empty() : Optional.of(id);
        }
        return Optional.empty();
    }

    private static OptionalParameter[] withReceiptedId(OptionalParameter[] tlvs, String ourId) {
        List<OptionalParameter> out = new ArrayList<>();
        for (OptionalParameter p : tlvs == null ? new OptionalParameter[0] : tlvs) {
            if (p.tag == OptionalParameter.Tag.RECEIPTED_MESSAGE_ID.code()) {
                out.add(new OptionalParameter.Receipted_message_id(ourId));
            } else {
                out.add(p);
            }
        }
        return out.toArray(OptionalParameter[]::new);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
        // subscriber availability is not the firewall's business
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("data_sm is not relayed", SMPPConstant.STAT_ESME_RINVCMDID);
    }
}
