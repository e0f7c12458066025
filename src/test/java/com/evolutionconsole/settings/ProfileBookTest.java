package com.evolutionconsole.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.evolutionconsole.domain.KeyKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Saved servers: named, unique by name ignoring case, changed only by making a new book. */
class ProfileBookTest {

    private final ServerProfile prod = ServerProfile.create("Prod", "https://evo.example.com");
    private final ServerProfile lab = ServerProfile.create("Lab", "http://10.0.0.5:8080");

    @Test
    void aProfileNeedsANameAndAUrl() {
        assertThatThrownBy(() -> ServerProfile.create("  ", "https://x")).hasMessage("Give the server a name.");
        assertThatThrownBy(() -> ServerProfile.create("X", null)).hasMessage("Give the server's URL.");
        assertThat(ServerProfile.create("  Prod ", " https://x ")).extracting(ServerProfile::name, ServerProfile::url)
                .containsExactly("Prod", "https://x");
    }

    @Test
    void newProfilesGetDistinctIdsAndNoKeyKindYet() {
        assertThat(prod.id()).isNotEqualTo(lab.id()).hasSize(36);
        assertThat(prod.keyKind()).isNull();
        assertThat(prod.withKeyKind(KeyKind.GLOBAL)).extracting(ServerProfile::id, ServerProfile::keyKind)
                .containsExactly(prod.id(), KeyKind.GLOBAL);
    }

    @Test
    void namesAreUniqueIgnoringCase() {
        ProfileBook book = ProfileBook.empty().with(prod);

        assertThatThrownBy(() -> book.with(ServerProfile.create("PROD", "https://other")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is already a server named \"PROD\" (names are compared ignoring case); choose another name.");
        ServerProfile renamed = new ServerProfile(prod.id(), "PROD", prod.url(), null, null);
        assertThat(book.with(renamed).profiles()).as("renaming a server to itself in other case").containsExactly(renamed);
    }

    @Test
    void withReplacesByIdInPlaceAndLeavesTheOldBookAlone() {
        ProfileBook book = ProfileBook.empty().with(prod).with(lab);
        ServerProfile checked = prod.withKeyKind(KeyKind.INSTANCE_TOKEN);

        ProfileBook changed = book.with(checked);

        assertThat(changed.profiles()).containsExactly(checked, lab);
        assertThat(book.profiles()).containsExactly(prod, lab);
        assertThat(changed.find(prod.id())).contains(checked);
        assertThat(changed.find("nope")).isEmpty();
    }

    @Test
    void removingTheLastUsedServerForgetsIt() {
        ProfileBook book = ProfileBook.empty().with(prod).with(lab).withLastUsed(lab.id());
        assertThat(book.lastUsed()).contains(lab);

        ProfileBook without = book.without(lab.id());

        assertThat(without.profiles()).containsExactly(prod);
        assertThat(without.lastUsedId()).isNull();
        assertThat(without.lastUsed()).isEmpty();
        assertThat(book.without(prod.id()).lastUsed()).contains(lab);
    }

    @Test
    void onlyASavedServerCanBeTheLastUsed() {
        assertThatThrownBy(() -> ProfileBook.empty().withLastUsed("ghost")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ProfileBook(List.of(prod), "ghost", null).lastUsedId()).isNull();
    }

    @Test
    void theFallbackChoiceIsKeptThroughChanges() {
        ProfileBook book = ProfileBook.empty().withSecretFallback(SecretFallback.ASK_EACH_TIME).with(prod).without(prod.id());
        assertThat(book.secretFallback()).isEqualTo(SecretFallback.ASK_EACH_TIME);
    }
}
