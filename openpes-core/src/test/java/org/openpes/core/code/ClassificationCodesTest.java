package org.openpes.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClassificationCodesTest {

    @Test
    void wellShapedCodesAreAcceptedAndDescribeThemselves() {
        assertThat(new IstatComune("015146").provinceCode()).isEqualTo("015");
        assertThat(new AtecoCode("C").isSection()).isTrue();
        assertThat(new AtecoCode("10.11.00").division()).isEqualTo("10");
        assertThat(new Cp2011Code("2.1.1.4.1").level()).isEqualTo(5);
        assertThat(new Cp2011Code("2.1.1.4.1").atLevel(2)).isEqualTo(new Cp2011Code("2.1"));
        assertThat(new EscoUri("http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34")
                .isOccupation()).isTrue();
        assertThat(new NutsCode("ITC4C").level()).isEqualTo(3);
    }

    @Test
    void malformedAndHostileCodesAreRefusedWithTheirOwnErrorCode() {
        assertThatThrownBy(() -> new IstatComune("15146")).hasMessageStartingWith("OPES-VAL-008");
        assertThatThrownBy(() -> new IstatComune("015146; drop")).hasMessageStartingWith("OPES-VAL-008");
        assertThatThrownBy(() -> new AtecoCode("10.111")).hasMessageStartingWith("OPES-VAL-009");
        assertThatThrownBy(() -> new AtecoCode(null)).hasMessageStartingWith("OPES-VAL-009");
        assertThatThrownBy(() -> new Cp2011Code("2.1.1.4.1.7")).hasMessageStartingWith("OPES-VAL-010");
        assertThatThrownBy(() -> new EscoUri("https://example.org/esco/skill/x")).hasMessageStartingWith("OPES-VAL-011");
        assertThatThrownBy(() -> new NutsCode("itc4c")).hasMessageStartingWith("OPES-VAL-012");
    }
}
