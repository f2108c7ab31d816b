package org.openpes.generator.population;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openpes.reference.cp2011.Cp2011;
import org.openpes.reference.cp2011.Cp2011Occupation;

/** Loads sectors.csv: hire shares, seasonality and the occupations coherent with each ATECO section. */
public final class Sectors {
    private Sectors() {
    }

    public static List<Sector> load(Cp2011 cp2011) {
        List<String> fifthLevel = cp2011.occupations().stream().map(Cp2011Occupation::code)
                .filter(c -> c.split("\\.").length == 5).sorted().toList();
        List<Sector> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Sectors.class.getResourceAsStream("/org/openpes/generator/sectors.csv"), StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                double[] season = {Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                    Double.parseDouble(f[5])};
                List<String> prefixes = Arrays.asList(f[6].split("\\|"));
                List<String> codes = fifthLevel.stream()
                        .filter(c -> prefixes.stream().anyMatch(p -> c.startsWith(p + "."))).toList();
                if (codes.isEmpty()) {
                    throw new IllegalStateException("sector " + f[0] + " has no CP2011 code under " + prefixes);
                }
                out.add(new Sector(f[0], Double.parseDouble(f[1]), season, codes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
