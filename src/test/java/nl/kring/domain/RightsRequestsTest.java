package nl.kring.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static nl.kring.domain.RightsRequests.Violation.CORRECTION_NEEDS_NOTE;
import static nl.kring.domain.RightsRequests.Violation.HANDLED_BEFORE_RECEIVED;
import static nl.kring.domain.RightsRequests.Violation.HANDLED_IN_FUTURE;
import static nl.kring.domain.RightsRequests.Violation.NOT_OPEN;
import static nl.kring.domain.RightsRequests.Violation.RECEIVED_IN_FUTURE;
import static nl.kring.domain.RightsRequests.Violation.RECEIVED_MISSING;
import static nl.kring.domain.RightsRequests.Violation.REFUSAL_NEEDS_REASON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AVG art. 12(3): an answer within one month; a refusal with a reason; nothing received in the future. */
class RightsRequestsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    static RightsRequest received(RequestType type, LocalDate on) {
        return RightsRequests.receive("2026-017", type, on, Requester.CLIENT, TODAY);
    }

    @Test
    void theDeadlineIsOneCalendarMonthAfterReceiptAndTheLastDayOfAShorterMonth() {
        assertThat(RightsRequests.deadline(LocalDate.of(2026, 11, 2))).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(RightsRequests.deadline(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(RightsRequests.deadline(LocalDate.of(2028, 1, 31))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(RightsRequests.deadline(LocalDate.of(2026, 12, 15))).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(received(RequestType.INZAGE, LocalDate.of(2026, 10, 31)).deadline()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void anOpenRequestIsOverdueOnlyAfterItsDeadlineDay() {
        RightsRequest r = received(RequestType.AFSCHRIFT, LocalDate.of(2026, 10, 28)); // due 28-11-2026
        assertThat(r.isOverdue(LocalDate.of(2026, 11, 28))).isFalse();
        assertThat(RightsRequests.daysLeft(r, LocalDate.of(2026, 11, 28))).isZero();
        assertThat(r.isOverdue(LocalDate.of(2026, 11, 29))).isTrue();
        assertThat(RightsRequests.daysLeft(r, LocalDate.of(2026, 12, 1))).isEqualTo(-3);
        // once answered it is never overdue, even when it was answered late
        RightsRequest handled = RightsRequests.close(r, RequestStatus.HANDLED, LocalDate.of(2026, 11, 28), null,
                LocalDate.of(2026, 11, 28));
        assertThat(handled.isOverdue(LocalDate.of(2027, 6, 1))).isFalse();
    }

    @Test
    void aRequestCannotHaveBeenReceivedInTheFutureOrWithoutADate() {
        assertThat(RightsRequests.checkReceived(TODAY, TODAY)).isEmpty();
        assertThat(RightsRequests.checkReceived(TODAY.plusDays(1), TODAY)).containsExactly(RECEIVED_IN_FUTURE);
        assertThat(RightsRequests.checkReceived(null, TODAY)).containsExactly(RECEIVED_MISSING);
        assertThatThrownBy(() -> received(RequestType.INZAGE, TODAY.plusDays(1)))
                .isInstanceOfSatisfying(RightsRequests.RuleException.class,
                        e -> assertThat(e.violation()).isEqualTo(RECEIVED_IN_FUTURE));
    }

    @Test
    void aRefusalNeedsAReasonAndACorrectionSaysWhatWasCorrected() {
        RightsRequest destroy = received(RequestType.VERNIETIGING, LocalDate.of(2026, 11, 20));
        assertThat(RightsRequests.checkClose(destroy, RequestStatus.REFUSED, TODAY, "  ", TODAY))
                .containsExactly(REFUSAL_NEEDS_REASON);
        assertThat(RightsRequests.checkClose(destroy, RequestStatus.REFUSED, TODAY, null, TODAY))
                .containsExactly(REFUSAL_NEEDS_REASON);
        RightsRequest refused = RightsRequests.close(destroy, RequestStatus.REFUSED, TODAY,
                "  wettelijke bewaarplicht (Wvggz-dossier) ", TODAY);
        assertThat(refused.status()).isEqualTo(RequestStatus.REFUSED);
        assertThat(refused.outcomeNote()).isEqualTo("wettelijke bewaarplicht (Wvggz-dossier)");
        assertThat(refused.handledOn()).isEqualTo(TODAY);

        RightsRequest correction = received(RequestType.CORRECTIE, LocalDate.of(2026, 11, 20));
        assertThat(RightsRequests.checkClose(correction, RequestStatus.HANDLED, TODAY, "", TODAY))
                .containsExactly(CORRECTION_NEEDS_NOTE);
        assertThat(RightsRequests.checkClose(correction, RequestStatus.HANDLED, TODAY, "geboortedatum", TODAY)).isEmpty();
        // an inzage is handled by the copy itself; a note is optional
        assertThat(RightsRequests.checkClose(received(RequestType.INZAGE, TODAY), RequestStatus.HANDLED, TODAY, null, TODAY))
                .isEmpty();
    }

    @Test
    void aRequestIsClosedOnceAndNotBeforeItWasReceivedNorInTheFuture() {
        RightsRequest r = received(RequestType.INZAGE, LocalDate.of(2026, 11, 20));
        assertThat(RightsRequests.checkClose(r, RequestStatus.HANDLED, LocalDate.of(2026, 11, 19), null, TODAY))
                .containsExactly(HANDLED_BEFORE_RECEIVED);
        assertThat(RightsRequests.checkClose(r, RequestStatus.HANDLED, TODAY.plusDays(1), null, TODAY))
                .containsExactly(HANDLED_IN_FUTURE);
        RightsRequest handled = RightsRequests.close(r, RequestStatus.HANDLED, TODAY, null, TODAY);
        assertThat(RightsRequests.checkClose(handled, RequestStatus.REFUSED, TODAY, "toch niet", TODAY))
                .containsExactly(NOT_OPEN);
        assertThatThrownBy(() -> RightsRequests.close(handled, RequestStatus.HANDLED, TODAY, null, TODAY))
                .isInstanceOf(RightsRequests.RuleException.class);
    }

    @Test
    void theAnswerMayBePutOffByTwoMonthsOnceWithinTheFirstMonthAndWithAReason() {
        LocalDate received = LocalDate.of(2026, 1, 31);
        RightsRequest r = RightsRequests.receive("2026-017", RequestType.INZAGE, received, Requester.CLIENT, received);
        assertThat(r.deadline()).isEqualTo(LocalDate.of(2026, 2, 28));

        RightsRequest extended = RightsRequests.extend(r, " veel dossiers bij vier partners ", LocalDate.of(2026, 2, 20));
        assertThat(extended.deadline()).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(extended.extendedOn()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(extended.extensionReason()).isEqualTo("veel dossiers bij vier partners");
        assertThat(extended.isOpen()).isTrue();

        assertThat(RightsRequests.checkExtend(extended, "nog eens", LocalDate.of(2026, 2, 21)))
                .containsExactly(RightsRequests.Violation.ALREADY_EXTENDED);
        assertThat(RightsRequests.checkExtend(r, "te laat", LocalDate.of(2026, 3, 1)))
                .containsExactly(RightsRequests.Violation.EXTENSION_TOO_LATE);
        assertThat(RightsRequests.checkExtend(r, "  ", LocalDate.of(2026, 2, 1)))
                .containsExactly(RightsRequests.Violation.EXTENSION_NEEDS_REASON);
        RightsRequest closed = RightsRequests.close(r, RequestStatus.HANDLED, LocalDate.of(2026, 2, 2), null, LocalDate.of(2026, 2, 2));
        assertThat(RightsRequests.checkExtend(closed, "reden", LocalDate.of(2026, 2, 3))).contains(NOT_OPEN);
        // on the original deadline day itself it may still be done
        assertThat(RightsRequests.checkExtend(r, "reden", LocalDate.of(2026, 2, 28))).isEmpty();
    }

    @Test
    void aTerugmeldingNeedsAMelderWhoIsNotAnonymousAndCanBeAddressed() {
        assertThat(ReferrerFeedback.refusal(null)).contains(ReferrerFeedback.Refusal.NO_MELDER);
        assertThat(ReferrerFeedback.refusal(new Referrer("Buurvrouw", null, true))).contains(ReferrerFeedback.Refusal.ANONYMOUS);
        assertThat(ReferrerFeedback.refusal(new Referrer(" ", "", false))).contains(ReferrerFeedback.Refusal.NO_ADDRESSEE);
        assertThat(ReferrerFeedback.refusal(new Referrer(null, "Thuiszorg Zuid", false))).isEmpty();
        assertThat(ReferrerFeedback.refusal(new Referrer("L. Pauw", null, false))).isEmpty();
    }
}
