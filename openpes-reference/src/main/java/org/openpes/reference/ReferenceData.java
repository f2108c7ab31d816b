package org.openpes.reference;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.openpes.core.error.OpenPesException;
import org.openpes.reference.ateco.Ateco;
import org.openpes.reference.ateco.AtecoLoader;
import org.openpes.reference.co.CoCodes;
import org.openpes.reference.co.CoCodesLoader;
import org.openpes.reference.cp2011.Cp2011;
import org.openpes.reference.cp2011.Cp2011Loader;
import org.openpes.reference.esco.Esco;
import org.openpes.reference.esco.EscoLoader;
import org.openpes.reference.source.ReferenceSource;
import org.openpes.reference.territory.Territories;
import org.openpes.reference.territory.TerritoryLoader;

/**
 * All the reference data, loaded and checked: ESCO, territories and CPIs, ATECO, CP2011 and the CO code tables.
 * A missing or corrupt file stops the load with an {@link OpenPesException} naming the file and the line.
 */
public record ReferenceData(Esco esco, Territories territories, Ateco ateco, Cp2011 cp2011, CoCodes coCodes,
        Duration loadTime) {

    /** Loads the data carried inside the product. */
    /**
     * Loads the bundled reference data, with the files of the directory named by the environment variable
     * {@value #OVERLAY_ENV} (a region's own CPI table, Italian skill labels...) winning over the bundled ones.
     */
    public static ReferenceData load() {
        String overlay = System.getenv(OVERLAY_ENV);
        return load(overlay == null || overlay.isBlank() ? ReferenceSource.bundled()
                : ReferenceSource.overlay(java.nio.file.Path.of(overlay)));
    }

    /** The environment variable naming a reference overlay directory. */
    public static final String OVERLAY_ENV = "OPENPES_REFERENCE_OVERLAY";

    /** Loads from {@code source}, parsing files in parallel on the available cores. */
    public static ReferenceData load(ReferenceSource source) {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                r -> {
                    Thread t = new Thread(r, "reference-loader");
                    t.setDaemon(true);
                    return t;
                });
        try {
            CompletableFuture<Esco> esco = new EscoLoader(source, pool).loadAsync();
            var territories = CompletableFuture.supplyAsync(() -> new TerritoryLoader(source).load(), pool);
            var ateco = CompletableFuture.supplyAsync(() -> new AtecoLoader(source).load(), pool);
            var codes = CompletableFuture.supplyAsync(() -> new CoCodesLoader(source).load(), pool);
            var cp2011 = esco.thenApplyAsync(e -> new Cp2011Loader(source).load(u -> e.occupation(u).isPresent()), pool);
            return new ReferenceData(esco.join(), territories.join(), ateco.join(), cp2011.join(), codes.join(),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (CompletionException e) {
            if (e.getCause() instanceof OpenPesException ope) {
                throw ope;
            }
            throw e;
        } finally {
            pool.shutdownNow();
        }
    }
}
