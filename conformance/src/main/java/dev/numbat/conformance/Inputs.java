package dev.numbat.conformance;

import dev.numbat.Complex;
import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.backend.cpu.Storage;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The seeded input generators of the {@code test: rng:} key. A generator draws doubles
 * (complex: real and imaginary parts independently) that are then cast to the case's dtype:
 * integers round to nearest and clamp to the dtype's range (unsigned: absolute value), floats
 * round as the dtype does, so NumPy and Numbat see bit-identical inputs.
 */
public final class Inputs {
  private Inputs() {}

  /** The generator names {@code rng:} accepts (uniform and int take (lo, hi)). */
  public static final List<String> NAMES = List.of("default", "nonzero", "positive", "small",
      "not_small", "uniform", "int", "some_nan", "some_inf", "some_inf_and_nan", "some_zero",
      "some_equal", "bool", "unique_int");

  /** A parsed {@code rng:} value: {@code uniform(-1.5, 1.5)} is name uniform, lo -1.5, hi 1.5. */
  public record Gen(String name, double lo, double hi) {
    public static final Gen DEFAULT = new Gen("default", 0, 0);

    public static Gen parse(String text) {
      if (text == null) {
        return DEFAULT;
      }
      String t = text.trim().toLowerCase(Locale.ROOT);
      int open = t.indexOf('(');
      String name = open < 0 ? t : t.substring(0, open).trim();
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException("unknown rng '" + text + "' (known: " + NAMES + ")");
      }
      boolean ranged = name.equals("uniform") || name.equals("int");
      if (ranged != (open >= 0)) {
        throw new IllegalArgumentException("rng '" + text + "': " + (ranged ? name + " needs (lo, hi)" : name + " takes no arguments"));
      }
      if (!ranged) {
        return new Gen(name, 0, 0);
      }
      Object args = PyLiteral.parse(t.substring(open));
      if (!(args instanceof Py.Tuple tp) || tp.items().size() != 2) {
        throw new IllegalArgumentException("rng '" + text + "' needs two bounds (lo, hi)");
      }
      double lo = ((Number) tp.items().get(0)).doubleValue();
      double hi = ((Number) tp.items().get(1)).doubleValue();
      if (!(lo < hi)) {
        throw new IllegalArgumentException("rng '" + text + "': lo must be below hi");
      }
      return new Gen(name, lo, hi);
    }

    boolean nonfinite() {
      return name.startsWith("some_inf") || name.equals("some_nan");
    }
  }

  /** One draw of the generator (before the dtype cast). */
  static double sample(Gen g, SplittableRandom r, double pool) {
    return switch (g.name()) {
      case "positive" -> r.nextDouble() * 2 + 1;
      case "small" -> r.nextGaussian() * 1e-3;
      case "not_small" -> (r.nextBoolean() ? 1 : -1) * (1 + Math.abs(r.nextGaussian() * 3));
      case "uniform" -> g.lo() + (g.hi() - g.lo()) * r.nextDouble();
      case "int" -> Math.floor(g.lo() + (g.hi() - g.lo()) * r.nextDouble());
      case "some_nan" -> r.nextDouble() < 0.25 ? Double.NaN : r.nextGaussian() * 3;
      case "some_inf" -> {
        double u = r.nextDouble();
        yield u < 0.125 ? Double.POSITIVE_INFINITY : u < 0.25 ? Double.NEGATIVE_INFINITY : r.nextGaussian() * 3;
      }
      case "some_inf_and_nan" -> {
        double u = r.nextDouble();
        yield u < 0.12 ? Double.POSITIVE_INFINITY : u < 0.24 ? Double.NEGATIVE_INFINITY
            : u < 0.36 ? Double.NaN : r.nextGaussian() * 3;
      }
      case "some_zero" -> r.nextDouble() < 0.3 ? 0 : r.nextGaussian() * 3;
      case "some_equal" -> r.nextBoolean() ? pool : r.nextGaussian() * 3;
      case "bool" -> r.nextBoolean() ? 1 : 0;
      default -> r.nextGaussian() * 3;
    };
  }

  /**
   * A new C-contiguous array of {@code dtype} and {@code shape} drawn from {@code g}.
   * {@code pool} is the case-wide value {@code some_equal} repeats (shared by all inputs of a case).
   */
  public static NDArray array(Gen g, DType dtype, int[] shape, SplittableRandom r, double pool) {
    NDArray a = NDArray.allocate(dtype, shape);
    int n = a.size();
    Object data = a.data();
    if (g.name().equals("unique_int")) {
      int[] perm = new int[n];
      for (int i = 0; i < n; i++) {
        perm[i] = i;
      }
      for (int i = n - 1; i > 0; i--) {
        int j = r.nextInt(i + 1);
        int t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
      }
      for (int i = 0; i < n; i++) {
        if (dtype.isBool()) {
          Storage.setLong(data, dtype, i, r.nextBoolean() ? 1 : 0, false);
        } else {
          long v = dtype.isUnsigned() ? perm[i] : perm[i] - n / 2;
          Storage.setLong(data, dtype, i, clamp(v, dtype), false);
        }
      }
      return a;
    }
    for (int i = 0; i < n; i++) {
      if (dtype.isBool()) {
        boolean v = switch (g.name()) {
          case "nonzero", "positive" -> true;
          default -> r.nextBoolean();
        };
        Storage.setLong(data, dtype, i, v ? 1 : 0, false);
      } else if (dtype.isInteger()) {
        Storage.setLong(data, dtype, i, toInt(sample(g, r, pool), dtype), false);
      } else if (dtype.isComplex()) {
        double re = sample(g, r, pool);
        double im = sample(g, r, pool);
        Storage.setComplex(data, dtype, i, re, im);
      } else {
        Storage.setDouble(data, dtype, i, sample(g, r, pool));
      }
      if (g.name().equals("nonzero") && Storage.getDouble(data, dtype, i) == 0
          && Storage.getImag(data, dtype, i) == 0) {
        Storage.setLong(data, dtype, i, 1, false);
      }
    }
    return a;
  }

  /** A weak Java scalar of NumPy kind {@code kind} (b, i, u, f, c) drawn from {@code g}. */
  public static Object weak(Gen g, char kind, SplittableRandom r, double pool) {
    switch (kind) {
      case 'b' -> {
        return g.name().equals("nonzero") || g.name().equals("positive") || r.nextBoolean();
      }
      case 'i', 'u' -> {
        long v = g.name().equals("unique_int") ? r.nextInt(-5, 6) : toInt(sample(g, r, pool), DType.INT64);
        if (kind == 'u') {
          v = Math.abs(v);
        }
        return g.name().equals("nonzero") && v == 0 ? 1L : v;
      }
      case 'c' -> {
        double re = sample(g, r, pool);
        double im = sample(g, r, pool);
        return new Complex(re, im);
      }
      default -> {
        double v = sample(g, r, pool);
        return g.name().equals("nonzero") && v == 0 ? 1.0 : v;
      }
    }
  }

  static long toInt(double v, DType d) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return 0;
    }
    long x = (long) Math.rint(v);
    if (d.isUnsigned()) {
      x = Math.abs(x);
    }
    return clamp(x, d);
  }

  private static long clamp(long v, DType d) {
    int bits = d.itemsize() * 8;
    if (d.isUnsigned()) {
      return bits == 64 ? Math.max(v, 0) : Math.min(Math.max(v, 0), (1L << bits) - 1);
    }
    if (bits == 64) {
      return v;
    }
    long max = (1L << (bits - 1)) - 1;
    return Math.min(Math.max(v, -max - 1), max);
  }
}
