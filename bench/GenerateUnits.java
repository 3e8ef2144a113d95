import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Writes a synthetic land-unit file for the CSLE benchmark: java bench/GenerateUnits.java COUNT SEED OUT.
 * Factors are drawn within the ranges of the Loess Plateau (R 800–2,500, K 0.02–0.06, slopes 0–35°);
 * the same count and seed give the same bytes.
 */
public class GenerateUnits {
    static final String[] COUNTIES = {"140802", "140821", "140822", "140823", "140824", "140825", "140826", "140827",
        "140828", "140829", "140830", "140881", "140882"};
    static final String[] LAND_USES = {"cropland", "forest", "grass", "other"};

    public static void main(String[] args) throws IOException {
        long count = Long.parseLong(args[0]);
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[1]));
        try (OutputStream out = new BufferedOutputStream(new FileOutputStream(args[2]), 1 << 20)) {
            out.write("county,area_km2,r,k,slope_length_m,slope_deg,b,e,t,landuse\n".getBytes(StandardCharsets.US_ASCII));
            StringBuilder line = new StringBuilder(96);
            for (long i = 0; i < count; i++) {
                line.setLength(0);
                int land = random.nextInt(LAND_USES.length);
                boolean cropland = land == 0;
                line.append(COUNTIES[random.nextInt(COUNTIES.length)]).append(',');
                fixed(line, 0.0004 + random.nextDouble() * 0.0096, 6).append(',');
                fixed(line, 800 + random.nextDouble() * 1700, 2).append(',');
                fixed(line, 0.02 + random.nextDouble() * 0.04, 4).append(',');
                fixed(line, 5 + random.nextDouble() * 145, 2).append(',');
                fixed(line, random.nextDouble() * 35, 3).append(',');
                fixed(line, cropland ? 1 : 0.005 + random.nextDouble() * 0.5, 4).append(',');
                fixed(line, random.nextDouble() < 0.3 ? 0.084 + random.nextDouble() * 0.5 : 1, 3).append(',');
                fixed(line, cropland ? 0.3 + random.nextDouble() * 0.7 : 1, 3).append(',');
                line.append(LAND_USES[land]).append('\n');
                out.write(line.toString().getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    /** A fixed-point decimal without the cost of String.format. */
    static StringBuilder fixed(StringBuilder sb, double value, int decimals) {
        long scale = (long) Math.pow(10, decimals);
        long scaled = Math.round(value * scale);
        sb.append(scaled / scale).append('.');
        String fraction = Long.toString(scaled % scale);
        for (int i = fraction.length(); i < decimals; i++) {
            sb.append('0');
        }
        return sb.append(fraction);
    }
}
