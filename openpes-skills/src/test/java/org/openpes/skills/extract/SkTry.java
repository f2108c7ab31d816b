package org.openpes.skills.extract;
import java.nio.file.Path;
import org.openpes.reference.ReferenceData;
public class SkTry {
    public static void main(String[] a) {
        var ex = new SkillExtractor(ReferenceData.load().esco());
        for (String f : new String[]{"tech","house"}) {
            var s = SkillExtractionBenchmark.load(Path.of("/work/shared/data/benchmarks/skill-extraction/" + f + "_validation_annotations.csv"));
            var r = SkillExtractionBenchmark.run(ex, s);
            System.out.println(f + " " + r);
        }
        System.out.println(ex.extract("Strong knowledge of HTML and CSS ( LESS SCSS PostCSS ) Solid understanding of Angular React or similar JS frameworks", 10));
    }
}
