package org.xueji.registry.api.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("D1 一人一籍: same-sounding names (同音) for the duplicate check without ID")
class NameSoundsTest {

    @Test
    void namesWrittenDifferentlyButReadAlikeMatch() {
        assertThat(NameSounds.soundAlike("张伟", "章玮")).isTrue();
        assertThat(NameSounds.soundAlike("李娜", "黎娜")).isTrue();
    }

    @Test
    void tonesAreIgnored() {
        // mā / mǎ
        assertThat(NameSounds.soundAlike("王妈", "王马")).isTrue();
    }

    @Test
    void aCharacterWithSeveralReadingsMatchesAnyOfThem() {
        // 乐 reads yue and le
        assertThat(NameSounds.soundAlike("王乐", "王勒")).isTrue();
        assertThat(NameSounds.soundAlike("王乐", "王悦")).isTrue();
    }

    @Test
    void differentSoundsOrLengthsDoNotMatch() {
        assertThat(NameSounds.soundAlike("张伟", "张强")).isFalse();
        assertThat(NameSounds.soundAlike("张伟", "张伟伟")).isFalse();
        assertThat(NameSounds.soundAlike("", "")).isFalse();
        assertThat(NameSounds.soundAlike(null, "张伟")).isFalse();
    }

    @Test
    void minorityNameDotsAndSpacesAreIgnored() {
        assertThat(NameSounds.soundAlike("阿依·木拉提", "阿依木拉提")).isTrue();
    }
}
