package com.evolutionconsole.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The seed's naming advice and the real server's failures, as the operator will read them. */
class InstanceNameRulesTest {

    @Test
    void goodNamesFromTheSeedPassWithoutWarnings() {
        for (String name : new String[] {"customer-support-bot", "sales-team-whatsapp", "notification-service",
                "user-12345-personal", "shop_1"}) {
            InstanceNameRules.Verdict verdict = InstanceNameRules.check(name);
            assertThat(verdict.acceptable()).as(name).isTrue();
            assertThat(verdict.warnings()).as(name).isEmpty();
        }
    }

    @Test
    void emptyIsRefusedBecauseTheServerCouldNeverDeleteIt() {
        assertThat(InstanceNameRules.check("").problems()).singleElement().asString().contains("never reach or delete");
        assertThat(InstanceNameRules.check(null).acceptable()).isFalse();
        assertThat(InstanceNameRules.check("   ").acceptable()).isFalse();
    }

    @Test
    void overTheServerLimitIsRefused() {
        assertThat(InstanceNameRules.check("a".repeat(255)).acceptable()).isTrue();
        assertThat(InstanceNameRules.check("a".repeat(300)).problems()).singleElement().asString()
                .contains("300 characters").contains("255");
    }

    @Test
    void controlCharactersAreRefused() {
        assertThat(InstanceNameRules.check("bot\tone").acceptable()).isFalse();
        assertThat(InstanceNameRules.check("bot\none").acceptable()).isFalse();
        assertThat(InstanceNameRules.check("bot\u200bone").acceptable()).as("zero-width space").isFalse();
    }

    @Test
    void seedAntiPatternsAreWarnedAboutButAllowed() {
        InstanceNameRules.Verdict spaces = InstanceNameRules.check("My Bot");
        assertThat(spaces.acceptable()).isTrue();
        assertThat(spaces.warnings()).anyMatch(w -> w.contains("spaces")).anyMatch(w -> w.contains("upper case"));
        InstanceNameRules.Verdict shouting = InstanceNameRules.check("PROD-BOT!!!");
        assertThat(shouting.warnings()).anyMatch(w -> w.contains("special characters"))
                .anyMatch(w -> w.contains("upper case"));
        assertThat(InstanceNameRules.check("12345").warnings()).anyMatch(w -> w.contains("digits only"));
        assertThat(InstanceNameRules.check("bad name/with slash").warnings()).isNotEmpty();
        assertThat(InstanceNameRules.check(" padded").warnings()).anyMatch(w -> w.contains("starts or ends"));
    }

    @Test
    void unicodeIsAllowedWithAWarning() {
        InstanceNameRules.Verdict verdict = InstanceNameRules.check("café");
        assertThat(verdict.acceptable()).isTrue();
        assertThat(verdict.warnings()).anyMatch(w -> w.contains("special characters"));
    }
}
