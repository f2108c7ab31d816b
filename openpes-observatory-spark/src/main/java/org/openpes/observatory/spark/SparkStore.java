package org.openpes.observatory.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.openpes.observatory.store.Lookups;
import org.openpes.observatory.store.SpellSql;
import org.openpes.reference.ReferenceData;
import org.openpes.reference.co.CoCodes;
import org.openpes.reference.co.ContractGroup;

/**
 * The analytics store read by Spark: the same views as the DuckDB store (docs/indicators.md rules E1, E2, S1–S3),
 * written in Spark SQL, over the same Parquet files. Works in {@code local[*]} or on a cluster (docs/observatory.md).
 */
public final class SparkStore {
    private final SparkSession spark;

    private SparkStore(SparkSession spark) {
        this.spark = spark;
    }

    public static SparkStore open(SparkSession spark, Path store, ReferenceData ref) {
        CoCodes codes = ref.coCodes();
        for (Lookups.Table t : Lookups.of(ref)) {
            StructType schema = new StructType(t.columns().stream()
                    .map(c -> DataTypes.createStructField(c, DataTypes.StringType, true)).toArray(StructField[]::new));
            List<Row> rows = t.rows().stream().map(r -> RowFactory.create(r.toArray())).toList();
            spark.createDataFrame(rows, schema).createOrReplaceTempView(t.name());
        }
        String toPermanent = codes.transformationTypes().stream()
                .filter(t -> t.toGroup().filter(g -> g == ContractGroup.PERMANENT).isPresent())
                .map(t -> "'" + t.code().replace("'", "") + "'").sorted().collect(Collectors.joining(", "));
        // Each batch is its own partitioned root (year=/quarter=): read each, then union them.
        org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> all = null;
        for (String dir : committedBatches(store)) {
            var batch = spark.read().parquet(dir);
            all = all == null ? batch : all.unionByName(batch);
        }
        all.createOrReplaceTempView("stored_events");
        spark.sql("select * from (select *, row_number() over (partition by communication_id order by batch) as rn "
                + "from stored_events) where rn = 1").createOrReplaceTempView("raw_events");
        spark.sql("select e.* from raw_events e left anti join (select distinct corrects_id from raw_events where "
                + "corrects_id is not null) c on e.communication_id = c.corrects_id where e.kind <> 'ANNULMENT'")
                .createOrReplaceTempView("events");
        spark.sql("""
                select employer_key, worker_key, start_date,
                       first(section, true) filter (where event_type = 'HIRE') as section,
                       first(ateco2025, true) filter (where event_type = 'HIRE') as ateco2025,
                       first(province, true) filter (where event_type = 'HIRE') as province,
                       first(workplace_comune, true) filter (where event_type = 'HIRE') as workplace_comune,
                       first(contract_group, true) filter (where event_type = 'HIRE') as contract_group,
                       first(working_time, true) filter (where event_type = 'HIRE') as working_time,
                       first(cp2011, true) filter (where event_type = 'HIRE') as cp2011,
                       first(sex, true) filter (where event_type = 'HIRE') as sex,
                       first(age_class, true) filter (where event_type = 'HIRE') as age_class,
                       first(citizenship_group, true) filter (where event_type = 'HIRE') as citizenship_group,
                       first(education, true) filter (where event_type = 'HIRE') as education,
                       min(event_date) filter (where event_type = 'TERMINATION') as terminated_on,
                       min(event_date) filter (where event_type = 'TRANSFORMATION' and transformation_code in (%s))
                         as permanent_on,
                       greatest(max(planned_end_date) filter (where event_type = 'HIRE'), max(extension_end_date))
                         as planned_end,
                       bool_or(event_type = 'HIRE') as hired,
                       max(event_date) as last_event
                from events group by employer_key, worker_key, start_date
                """.formatted(toPermanent)).createOrReplaceTempView("spells");
        var ids = spark.sql("select worker_key, row_number() over (order by worker_key) as worker_id from (select "
                + "distinct worker_key from stored_events)").cache();
        ids.createOrReplaceTempView("worker_ids");
        var base = spark.sql(SpellSql.SPELL_BASE).cache();
        base.createOrReplaceTempView("spell_base");
        var spells = spark.sql(SpellSql.SPELL_ENDS).cache();
        spells.createOrReplaceTempView("spell_ends");
        spells.count(); // materialise the spells before the base they come from is dropped
        base.unpersist();
        ids.unpersist();
        spark.sql(SpellSql.OBSERVATION).cache().createOrReplaceTempView("observation");
        return new SparkStore(spark);
    }

    /** The events directories of the batches that are complete (they hold {@code _SUCCESS}). */
    private static String[] committedBatches(Path store) {
        try (java.util.stream.Stream<Path> batches = java.nio.file.Files.list(store.resolve("batches"))) {
            String[] dirs = batches.filter(b -> java.nio.file.Files.exists(b.resolve("_SUCCESS")))
                    .map(b -> b.resolve("events").toString()).sorted().toArray(String[]::new);
            if (dirs.length == 0) {
                throw new org.openpes.core.error.OpenPesException(org.openpes.core.error.ErrorCode.CO_034, store,
                        "the store has no complete batch");
            }
            return dirs;
        } catch (java.io.IOException e) {
            throw new org.openpes.core.error.OpenPesException(e, org.openpes.core.error.ErrorCode.CO_034, store,
                    "not an OpenPES store: " + e.getMessage());
        }
    }

    public SparkSession spark() {
        return spark;
    }
}
