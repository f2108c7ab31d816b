package org.openpes.skills.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.openpes.reference.source.ReferenceSource;
import org.openpes.reference.territory.Comune;
import org.openpes.reference.territory.Territories;

/**
 * Distances between comuni. The reference data carries no comune coordinates, so a comune is placed at its
 * province's centroid, computed from the ISTAT province limits (TopoJSON) the product carries:
 * <ul>
 * <li>same comune: 0 km;</li>
 * <li>same province: the mean distance between two random points of a disc with the province's area
 * (0.905 × its equivalent radius);</li>
 * <li>otherwise: the great-circle distance between the province centroids.</li>
 * </ul>
 * Hard distance filters must not drop a person who may well live within reach, so they use a lower bound instead
 * ({@link #reachKm}): 0 within a province, and between provinces the gap between the two discs of the provinces'
 * areas centred on their centroids.
 * A region that loads comune centroids gets exact distances by replacing this class's table (docs/skills.md).
 */
public final class Geography {
    private static final double EARTH_KM = 6371.0;

    private final Map<String, Integer> provinceOfComune = new HashMap<>();
    private final double[] lat;
    private final double[] lon;
    private final double[] intraKm;
    private final double[] radiusKm;

    public Geography(Territories territories, ReferenceSource source) {
        Map<String, double[]> centroids = provinces(source);
        Map<String, Integer> ids = new HashMap<>();
        for (String p : centroids.keySet()) {
            ids.put(p, ids.size());
        }
        lat = new double[ids.size()];
        lon = new double[ids.size()];
        intraKm = new double[ids.size()];
        radiusKm = new double[ids.size()];
        centroids.forEach((p, c) -> {
            int i = ids.get(p);
            lat[i] = c[0];
            lon[i] = c[1];
            radiusKm[i] = Math.sqrt(c[2] / Math.PI);
            intraKm[i] = 0.905 * radiusKm[i];
        });
        for (Comune c : territories.comuni()) {
            Integer p = ids.get(c.historicalProvinceCode());
            if (p != null) {
                provinceOfComune.put(c.code(), p);
            }
        }
    }

    /** The distance in km between two comuni, or NaN when one of them is unknown. */
    public double km(String comuneA, String comuneB) {
        if (comuneA.equals(comuneB)) {
            return provinceOfComune.containsKey(comuneA) ? 0 : Double.NaN;
        }
        Integer a = provinceOfComune.get(comuneA);
        Integer b = provinceOfComune.get(comuneB);
        if (a == null || b == null) {
            return Double.NaN;
        }
        return provinceKm(a, b);
    }

    /** Province index of a comune (for compact per-profile storage), or -1. */
    public int province(String comune) {
        return provinceOfComune.getOrDefault(comune, -1);
    }

    /** Distance between two comuni given as (province index); same-province distance for equal indexes. */
    double provinceKm(int a, int b) {
        if (a == b) {
            return intraKm[a];
        }
        double dLat = Math.toRadians(lat[b] - lat[a]);
        double dLon = Math.toRadians(lon[b] - lon[a]);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat[a]))
                * Math.cos(Math.toRadians(lat[b])) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
    }

    /** The least distance two comuni of provinces {@code a} and {@code b} may be apart: what hard filters use. */
    double reachKm(int a, int b) {
        return a == b ? 0 : Math.max(0, provinceKm(a, b) - radiusKm[a] - radiusKm[b]);
    }

    /** Province code → {lat, lon, area km²} from the TopoJSON (quantised, delta-encoded arcs). */
    private static Map<String, double[]> provinces(ReferenceSource source) {
        JsonNode topo;
        try (InputStream in = source.open("geo/limits_IT_provinces.topo.json")) {
            topo = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double sx = topo.at("/transform/scale/0").asDouble();
        double sy = topo.at("/transform/scale/1").asDouble();
        double tx = topo.at("/transform/translate/0").asDouble();
        double ty = topo.at("/transform/translate/1").asDouble();
        JsonNode arcsNode = topo.get("arcs");
        double[][][] arcs = new double[arcsNode.size()][][];
        for (int i = 0; i < arcs.length; i++) {
            JsonNode a = arcsNode.get(i);
            arcs[i] = new double[a.size()][2];
            long x = 0;
            long y = 0;
            for (int j = 0; j < a.size(); j++) {
                x += a.get(j).get(0).asLong();
                y += a.get(j).get(1).asLong();
                arcs[i][j][0] = x * sx + tx;
                arcs[i][j][1] = y * sy + ty;
            }
        }
        Map<String, double[]> out = new HashMap<>();
        for (JsonNode g : topo.at("/objects/provinces/geometries")) {
            String code = g.at("/properties/prov_istat_code").asText();
            JsonNode polygons = "Polygon".equals(g.get("type").asText())
                    ? new ObjectMapper().createArrayNode().add(g.get("arcs")) : g.get("arcs");
            double sumLat = 0;
            double sumLon = 0;
            long n = 0;
            double area = 0;
            for (JsonNode polygon : polygons) {
                JsonNode outer = polygon.get(0);
                double ringArea = 0;
                double[] prev = null;
                for (JsonNode arcRef : outer) {
                    int idx = arcRef.asInt();
                    double[][] arc = arcs[idx >= 0 ? idx : ~idx];
                    for (int k = 0; k < arc.length; k++) {
                        double[] pt = arc[idx >= 0 ? k : arc.length - 1 - k]; // a negative index: arc reversed
                        sumLon += pt[0];
                        sumLat += pt[1];
                        n++;
                        if (prev != null) {
                            ringArea += prev[0] * pt[1] - pt[0] * prev[1];
                        }
                        prev = pt;
                    }
                }
                double kmPerDegLat = Math.PI * EARTH_KM / 180;
                double kmPerDegLon = kmPerDegLat * Math.cos(Math.toRadians(sumLat / Math.max(1, n)));
                area += Math.abs(ringArea) / 2 * kmPerDegLat * kmPerDegLon;
            }
            out.put(code, new double[] {sumLat / n, sumLon / n, area});
        }
        return out;
    }
}
