package org.openpes.observatory.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpes.core.error.OpenPesException;

class SeasonalNaiveTest {
    @TempDir
    Path tmp;

    /** 2017-Q1 .. 2019-Q4: the same four quarters each year, plus 10 a year. */
    private static Series growing() {
        double[] v = new double[12];
        double[] season = {100, 140, 120, 90};
        for (int i = 0; i < 12; i++) {
            v[i] = season[i % 4] + 10 * (i / 4);
        }
        return new Series("Molise", "avviamenti", "rapporti", 2017 * 4, v);
    }

    @Test
    void eachQuarterIsTheSameQuarterOfTheLastYearAndTheIntervalIsTheSpreadOfThePastYearlyChanges() {
        Series s = growing();
        SeasonalNaive.Point q1 = SeasonalNaive.forecast(s, s.last(), 1);
        assertThat(Series.quarter(q1.quarter())).isEqualTo("2020-Q1");
        assertThat(q1.forecast()).isEqualTo(120); // 2019-Q1
        // every yearly change is +10: sigma 10, so the 80 % interval is 120 ± 12.8
        assertThat(q1.hi80()).isCloseTo(120 + 12.815516, within(1e-6));
        assertThat(q1.lo95()).isCloseTo(120 - 19.59964, within(1e-6));
        SeasonalNaive.Point q5 = SeasonalNaive.forecast(s, s.last(), 5);
        assertThat(Series.quarter(q5.quarter())).isEqualTo("2021-Q1");
        assertThat(q5.forecast()).as("five quarters ahead: still the last year's Q1").isEqualTo(120);
        assertThat(q5.hi80() - q5.forecast()).as("two-year changes: +20").isCloseTo(2 * 12.815516, within(1e-6));
    }

    @Test
    void aSeriesThatRepeatsItselfIsForecastWithoutErrorAndItsIntervalsCoverIt() {
        double[] v = new double[20];
        for (int i = 0; i < 20; i++) {
            v[i] = new double[] {5, 9, 7, 3}[i % 4];
        }
        Series s = new Series("Umbria", "cessazioni", "lavoratori", 2015 * 4, v);
        List<Backtest.Check> checks = Backtest.run(List.of(s), 2018 * 4, 2019 * 4 + 3, 3);
        Backtest.Summary all = Backtest.summary("all", checks);
        assertThat(all.checks()).isPositive();
        assertThat(all.mase()).isZero();
        assertThat(all.coverage80()).isEqualTo(1.0);
    }

    @Test
    void theMinistrysFileIsReadAndItsFaultsAreNamedWithTheirRow() throws Exception {
        String header = "regione;anno;trimestre;trimestre_roman;flusso;rapporti;lavoratori;media;file_origine\n";
        Path ok = tmp.resolve("ok.csv");
        Files.writeString(ok, header + "Molise;2017;1;I;avviamenti;10.0;8.0;1.2;x\nMolise;2017;2;II;avviamenti;12.0;9.0;"
                + "1.3;x\nN.D. (c );2017;1;I;avviamenti;1.0;1.0;1;x\n");
        List<Series> read = MinistryQuarterlyFile.read(ok);
        assertThat(read).extracting(Series::unit).containsExactly("lavoratori", "rapporti");
        assertThat(read.get(1).values()).containsExactly(10.0, 12.0);

        Path twice = tmp.resolve("twice.csv");
        Files.writeString(twice, header + "Molise;2017;1;I;avviamenti;10.0;8.0;1;x\nMolise;2017;1;I;avviamenti;10.0;8.0;1;x\n");
        assertThatThrownBy(() -> MinistryQuarterlyFile.read(twice)).isInstanceOf(OpenPesException.class)
                .hasMessage("OPES-FCS-001: twice.csv row 3: Molise avviamenti 2017-Q1 is given twice");
        Path gap = tmp.resolve("gap.csv");
        Files.writeString(gap, header + "Molise;2017;1;I;avviamenti;10.0;8.0;1;x\nMolise;2017;3;III;avviamenti;1;1;1;x\n");
        assertThatThrownBy(() -> MinistryQuarterlyFile.read(gap)).hasMessageContaining("has a gap between 2017-Q1 "
                + "and 2017-Q3");
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, header + "Molise;2017;5;V;avviamenti;10.0;8.0;1;x\n");
        assertThatThrownBy(() -> MinistryQuarterlyFile.read(bad)).hasMessage("OPES-FCS-001: bad.csv row 2: field "
                + "'trimestre': a whole number from 1 to 4, got '5'");
        Path negative = tmp.resolve("negative.csv");
        Files.writeString(negative, header + "Molise;2017;1;I;cessazioni;-3;8.0;1;x\n");
        assertThatThrownBy(() -> MinistryQuarterlyFile.read(negative)).hasMessageContaining("field 'rapporti': a "
                + "count of 0 or more");
        Path noColumn = tmp.resolve("nocolumn.csv");
        Files.writeString(noColumn, "regione;anno\nMolise;2017\n");
        assertThatThrownBy(() -> MinistryQuarterlyFile.read(noColumn)).hasMessageContaining("no column 'flusso'");
        assertThatThrownBy(() -> MinistryQuarterlyFile.read(tmp.resolve("none.csv")))
                .hasMessageContaining("OPES-FCS-002").hasMessageContaining("no such file");
    }
}
