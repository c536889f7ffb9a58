package org.quietline.smpp;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.quietline.number.PhoneNumber;
import org.quietline.screening.Action;
import org.quietline.screening.Reason;
import org.quietline.screening.Screener;
import org.quietline.screening.Sms;
import org.quietline.screening.Subject;
import org.quietline.screening.Verdict;

/**
 * A fake screener and opt-out desk for the proxy's tests: the proxy only translates, so these tests need
 * verdicts they can predict, not the real engine. "TD" opts the subscriber out; messages to opted-out
 * subscribers are blocked unless they are verification codes; texts with "FRAUD" are blocked as fraud;
 * "THROW" makes screening fail; "WAIT" makes it wait until {@link #release} is counted down (as a screening
 * that reads a database waits). Records every text it screened.
 */
final class ScriptedScreener implements Screener, SubscriberReplies {

    final Set<PhoneNumber> optedOut = ConcurrentHashMap.newKeySet();
    final List<String> screened = new CopyOnWriteArrayList<>();
    final List<SubscriberReply> replies = new CopyOnWriteArrayList<>();
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public Verdict screen(Subject subject) {
        Sms sms = (Sms) subject;
        screened.add(sms.text());
        if (sms.text().contains("THROW")) {
            throw new IllegalStateException("scripted failure");
        }
        if (sms.text().contains("WAIT")) {
            try {
                if (!release.await(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released a waiting screening");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting", e);
            }
        }
        if (sms.text().contains("验证码")) {
            return verdict(Action.ALLOW, reason("VERIFICATION_CODE", "content"), true);
        }
        if (optedOut.contains(sms.recipient())) {
            return verdict(Action.BLOCK, reason("RECIPIENT_OPTED_OUT", "consent"), true);
        }
        if (sms.text().contains("FRAUD")) {
            return verdict(Action.BLOCK, reason("CONTENT_FRAUD", "content"), false);
        }
        return new Verdict(Action.ALLOW, 0, List.of(), Optional.empty(), Optional.empty(), "test");
    }

    @Override
    public void receive(SubscriberReply reply) {
        replies.add(reply);
        if (reply.text().strip().equalsIgnoreCase("TD")) {
            optedOut.add(reply.subscriber());
        }
    }

    private static Reason reason(String signal, String group) {
        return new Reason(signal, group, 10, "scripted", "scripted");
    }

    private static Verdict verdict(Action action, Reason reason, boolean forced) {
        return new Verdict(action, 10, List.of(reason), forced ? Optional.of(reason) : Optional.empty(),
                Optional.empty(), "test");
    }
}
