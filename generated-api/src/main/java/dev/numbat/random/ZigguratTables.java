package dev.numbat.random;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * NumPy's ziggurat tables for the normal and exponential distributions (float64 and float32),
 * bit for bit. Regenerating them from the Marsaglia-Tsang recurrence in float64 does not give
 * NumPy's bits (its tables were computed at higher precision), and one ulp in a {@code wi} entry
 * changes every draw landing in that strip, so the exact bits are read from
 * {@code ziggurat-tables.txt} (raw hex, extracted from NumPy's {@code ziggurat_constants.h}).
 */
final class ZigguratTables {
  private ZigguratTables() {}

  static final double NOR_R = 3.6541528853610088;
  static final double NOR_INV_R = 0.27366123732975828;
  static final double EXP_R = 7.6971174701310497;
  static final float NOR_R_F = 3.6541528853610088f;
  static final float NOR_INV_R_F = 0.27366123732975828f;
  static final float EXP_R_F = 7.69711747013104972f;

  static final long[] KI_DOUBLE;
  static final double[] WI_DOUBLE;
  static final double[] FI_DOUBLE;
  static final long[] KE_DOUBLE;
  static final double[] WE_DOUBLE;
  static final double[] FE_DOUBLE;
  static final int[] KI_FLOAT;
  static final float[] WI_FLOAT;
  static final float[] FI_FLOAT;
  static final int[] KE_FLOAT;
  static final float[] WE_FLOAT;
  static final float[] FE_FLOAT;

  static {
    Map<String, long[]> t = read();
    KI_DOUBLE = t.get("ki_double");
    WI_DOUBLE = doubles(t.get("wi_double"));
    FI_DOUBLE = doubles(t.get("fi_double"));
    KE_DOUBLE = t.get("ke_double");
    WE_DOUBLE = doubles(t.get("we_double"));
    FE_DOUBLE = doubles(t.get("fe_double"));
    KI_FLOAT = ints(t.get("ki_float"));
    WI_FLOAT = floats(t.get("wi_float"));
    FI_FLOAT = floats(t.get("fi_float"));
    KE_FLOAT = ints(t.get("ke_float"));
    WE_FLOAT = floats(t.get("we_float"));
    FE_FLOAT = floats(t.get("fe_float"));
  }

  private static Map<String, long[]> read() {
    Map<String, long[]> out = new HashMap<>();
    try (InputStream in = ZigguratTables.class.getResourceAsStream("ziggurat-tables.txt")) {
      if (in == null) {
        throw new IllegalStateException("dev/numbat/random/ziggurat-tables.txt is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.trim().split("\\s+");
        long[] v = new long[f.length - 1];
        for (int i = 1; i < f.length; i++) {
          v[i - 1] = Long.parseUnsignedLong(f[i], 16);
        }
        if (v.length != 256) {
          throw new IllegalStateException("ziggurat table " + f[0] + " has " + v.length + " entries, not 256");
        }
        out.put(f[0], v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static double[] doubles(long[] bits) {
    double[] d = new double[bits.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = Double.longBitsToDouble(bits[i]);
    }
    return d;
  }

  private static float[] floats(long[] bits) {
    float[] d = new float[bits.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = Float.intBitsToFloat((int) bits[i]);
    }
    return d;
  }

  private static int[] ints(long[] v) {
    int[] d = new int[v.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = (int) v[i];
    }
    return d;
  }
}
