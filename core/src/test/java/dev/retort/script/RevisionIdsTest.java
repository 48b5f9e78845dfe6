package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A chosen revision id ({@code --rev-id}) becomes a file name: only SPEC §3's plain id alphabet is accepted. */
class RevisionIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"../../../evil", "a/b", "a\\b", "a'b", "a\"b", "a`b", "a\nb", "a\u0000b", "", " ", "a-b",
            "a+1", "a:b", "a@b", "a,b", "a b", "123456789012345678901234567890123", "caf\u00e9", "head", "base"})
    void badChosenIdsAreConfigurationErrors(String id) {
        assertThatThrownBy(() -> RevisionIds.checkNew(id)).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Invalid --rev-id");
    }

    @Test
    void plainIdsAreAccepted() {
        assertThatCode(() -> RevisionIds.checkNew("1975ea83b712")).doesNotThrowAnyException();
        assertThatCode(() -> RevisionIds.checkNew("v1_2_add_users")).doesNotThrowAnyException();
        assertThatCode(() -> RevisionIds.checkNew("12345678901234567890123456789012")).doesNotThrowAnyException();
    }

    @Test
    void loadedIdsMayNotHoldSlashesQuotesOrControlCharacters() {
        assertThatThrownBy(() -> RevisionIds.check("a/b", "f.sql")).isInstanceOf(ScriptException.class)
                .hasMessage("f.sql: revision id 'a/b' contains '/'; ids may not contain slashes, quotes or control "
                        + "characters");
    }
}
