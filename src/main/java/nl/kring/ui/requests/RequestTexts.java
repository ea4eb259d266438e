package nl.kring.ui.requests;

import nl.kring.domain.ReferrerFeedback;
import nl.kring.domain.RequestStatus;
import nl.kring.domain.RequestType;
import nl.kring.domain.Requester;
import nl.kring.domain.RightsRequests;
import nl.kring.ui.common.I18n;

/** The words for requests in the UI language. */
public final class RequestTexts {
    private RequestTexts() {
    }

    public static String type(RequestType t) {
        return t == null ? "" : I18n.t("requests.type." + t.name());
    }

    static String status(RequestStatus s) {
        return s == null ? "" : I18n.t("requests.status." + s.name());
    }

    static String requester(Requester r) {
        return r == null ? "" : I18n.t("requests.by." + r.name());
    }

    static String violation(RightsRequests.Violation v) {
        return I18n.t("requests.rule." + v.name());
    }

    static String feedbackRefusal(ReferrerFeedback.Refusal r) {
        return I18n.t("feedback.refused." + r.name());
    }
}
