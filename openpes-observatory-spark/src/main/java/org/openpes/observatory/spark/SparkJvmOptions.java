package org.openpes.observatory.spark;

import org.apache.spark.launcher.JavaModuleOptions;

/**
 * Prints the JVM options Spark needs on Java 17 (the {@code --add-opens} list that {@code spark-submit} adds by
 * itself), for a JVM that runs Spark without {@code spark-submit}: {@code ./openpes bench observatory} starts its
 * Spark child with them. Without them Spark works until it must serialise a cached block (memory pressure, at tens of
 * millions of events), then fails on {@code java.nio} being closed to it.
 */
public final class SparkJvmOptions {
    private SparkJvmOptions() {
    }

    public static void main(String[] args) {
        System.out.println(JavaModuleOptions.defaultModuleOptions());
    }
}
