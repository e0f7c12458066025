package com.evolutionconsole.service.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a pasted list: blank lines, padding, line endings, the name rules, duplicates. */
class NameListTest {

    @Test
    void blankLinesAreIgnoredAndPaddingIsDroppedWhateverTheLineEndings() {
        List<NameCandidate> names = NameList.parse("support-bot\r\n\r\n  sales-bot  \n\t\nnotifications-bot\r");

        assertThat(names).extracting(NameCandidate::name).containsExactly("support-bot", "sales-bot", "notifications-bot");
        assertThat(names).extracting(NameCandidate::line).containsExactly(1, 3, 5);
        assertThat(names).allSatisfy(name -> {
            assertThat(name.acceptable()).isTrue();
            assertThat(name.warnings()).isEmpty();
        });
    }

    @Test
    void problemsKeepANameOutAndWarningsOnlyAdvise() {
        List<NameCandidate> names = NameList.parse("bad\u0007name\n..\nSales Bot\n" + "x".repeat(256));

        assertThat(names.get(0).acceptable()).isFalse();
        assertThat(names.get(0).problems()).singleElement().asString().contains("control or invisible");
        assertThat(names.get(1).problems()).singleElement().asString().contains("another path");
        assertThat(names.get(2).acceptable()).isTrue();
        assertThat(names.get(2).warnings()).anySatisfy(w -> assertThat(w).contains("Avoid spaces"))
                .anySatisfy(w -> assertThat(w).contains("Avoid upper case"));
        assertThat(names.get(3).problems()).singleElement().asString().contains("256 characters");
    }

    @Test
    void aNameListedAgainIsLeftOutOnItsLaterLinesAndACaseTwinIsWarned() {
        List<NameCandidate> names = NameList.parse("bot-a\nbot-b\nbot-a\nBOT-B\nbot-a");

        assertThat(names).extracting(NameCandidate::acceptable).containsExactly(true, true, false, true, false);
        assertThat(names.get(2).problems()).containsExactly("Listed already on line 1: each name is created once.");
        assertThat(names.get(4).problems()).containsExactly("Listed already on line 1: each name is created once.");
        assertThat(names.get(3).warnings()).anySatisfy(w -> assertThat(w).startsWith("Differs only in upper/lower case from line 2"));
    }

    @Test
    void nothingPastedIsNoName() {
        assertThat(NameList.parse("")).isEmpty();
        assertThat(NameList.parse(null)).isEmpty();
        assertThat(NameList.parse("\n \n")).isEmpty();
    }
}
