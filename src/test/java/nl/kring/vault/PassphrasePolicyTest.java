package nl.kring.vault;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PassphrasePolicyTest {
    @Test
    void shortPassphrasesAreRefusedWithTheReason() {
        var a = PassphrasePolicy.assess("K0rt!x".toCharArray(), Locale.of("nl"));
        assertThat(a.acceptable()).isFalse();
        assertThat(a.reason()).contains("Te kort");
    }

    @Test
    void commonDutchWordsAreRefused() {
        var a = PassphrasePolicy.assess("wachtwoordwachtwoord".toCharArray(), Locale.of("nl"));
        assertThat(a.acceptable()).isFalse();
        assertThat(a.reason()).isNotBlank();
    }

    @Test
    void aLongSentenceIsAccepted() {
        var a = PassphrasePolicy.assess("Zeven zeeuwse zeilers zingen zachtjes 2026".toCharArray(), Locale.of("nl"));
        assertThat(a.acceptable()).isTrue();
        assertThat(a.score()).isGreaterThanOrEqualTo(3);
    }
}
