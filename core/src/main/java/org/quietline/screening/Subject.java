package org.quietline.screening;

import java.time.Instant;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;

/** What is screened: one message to one recipient, or one call to one callee. */
public sealed interface Subject permits Sms, Call {

    /** Who sends or calls. */
    Sender sender();

    /** Who would receive it: one subscriber. A message to many recipients is screened once per recipient. */
    PhoneNumber recipient();

    /** When it was submitted or placed. */
    Instant at();
}
