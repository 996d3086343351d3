package dev.numbat.conformance.suites;

import dev.numbat.DType;
import dev.numbat.Np;
import dev.numbat.conformance.Case;
import dev.numbat.conformance.Suite;
import dev.numbat.conformance.Tolerance;
import dev.numbat.random.Generator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Random streams against NumPy: for many seeds and sizes, {@code np.random.seed(s)} followed by
 * one legacy call, and {@code np.random.default_rng(s)} followed by one Generator call, must give
 * Numbat's numbers. Integers and uniform floats compare exactly; values that pass through
 * log/exp/pow compare within 1e-15 (Java's StrictMath and glibc can differ in the last ulp).
 * Parameter edge cases (randint bounds per dtype, binomial n=0/p=0/p=1, poisson lam=0 and large,
 * gamma shape < 1 and > 1, choice with p) and NumPy's errors for bad parameters are cases too.
 */
public final class RandomSuite implements Suite {
  private static final Tolerance EXACT = Tolerance.of(false, 0);
  private static final Tolerance ULP = Tolerance.of(false, 1e-15);

  private static final List<Object> LEGACY_SEEDS = List.of(0L, 1L, 42L, 4294967295L, List.of(1L, 2L, 3L));
  private static final List<Object> GEN_SEEDS = List.of(0L, 1L, 42L, 4294967295L, List.of(1L, 2L, 3L),
      new BigInteger("12345678901234567890123"));
  private static final List<int[]> SIZES = Arrays.asList(null, new int[] {1}, new int[] {7}, new int[] {3, 4},
      new int[] {1000});

  @Override
  public String name() { return "random"; }

  /** One legacy call: its Python text (SIZE for the size argument) and the same call in Java. */
  private record Legacy(String group, String py, Function<int[], Object> java, Tolerance tol) {}

  /** One Generator call on a fresh default_rng(seed). */
  private record Gen(String group, String py, GenCall java, Tolerance tol) {}

  private interface GenCall {
    Object call(Generator g, int[] size);
  }

  @Override
  public List<Case> cases() {
    List<Case> out = new ArrayList<>();
    for (Legacy f : legacy()) {
      for (Object seed : LEGACY_SEEDS) {
        for (int[] size : SIZES) {
          out.add(legacyCase(f, seed, size));
        }
      }
    }
    for (Gen f : generator()) {
      for (Object seed : GEN_SEEDS) {
        for (int[] size : SIZES) {
          out.add(genCase(f, seed, size));
        }
      }
    }
    edgeCases(out);
    return out;
  }

  private static Object pySize(int[] size) {
    if (size == null) {
      return null;
    }
    List<Object> l = new ArrayList<>();
    for (int s : size) {
      l.add((long) s);
    }
    return l;
  }

  private static final String SIZE_EXPR = "(None if n is None else tuple(n))";

  private static Case legacyCase(Legacy f, Object seed, int[] size) {
    String call = f.py.replace("SIZE", SIZE_EXPR);
    String ref = "lambda s, n: (np.random.seed(s), " + call + ")[1]";
    String label = "seed(" + seed + "); " + f.py.replace("SIZE", size == null ? "None" : Arrays.toString(size));
    Supplier<Object> j = () -> {
      Np.random.seed(seed);
      return f.java.apply(size);
    };
    return Case.of(f.group, label, ref, Arrays.asList(seed, pySize(size)), Map.of(), f.tol, j);
  }

  private static Case genCase(Gen f, Object seed, int[] size) {
    String call = f.py.replace("SIZE", SIZE_EXPR);
    String ref = "lambda s, n: np.random.default_rng(s)." + call;
    String label = "default_rng(" + seed + ")." + f.py.replace("SIZE", size == null ? "None" : Arrays.toString(size));
    Supplier<Object> j = () -> f.java.call(Np.random.defaultRng(seed), size);
    return Case.of(f.group, label, ref, Arrays.asList(seed, pySize(size)), Map.of(), f.tol, j);
  }

  private static List<Legacy> legacy() {
    return List.of(
        new Legacy("random.rand", "np.random.random_sample(SIZE)", s -> Np.random.randomSample(s), EXACT),
        new Legacy("random.random", "np.random.random(SIZE)", s -> Np.random.random(s), EXACT),
        new Legacy("random.randn", "np.random.standard_normal(SIZE)", s -> Np.random.standardNormal(s), ULP),
        new Legacy("random.uniform", "np.random.uniform(-2.5, 7.0, SIZE)", s -> Np.random.uniform(-2.5, 7.0, s), EXACT),
        new Legacy("random.normal", "np.random.normal(15.0, 2.0, SIZE)", s -> Np.random.normal(15.0, 2.0, s), ULP),
        new Legacy("random.randint", "np.random.randint(-5, 17, SIZE)", s -> Np.random.randint(-5, 17, s), EXACT),
        new Legacy("random.randint", "np.random.randint(0, 2**40, SIZE)", s -> Np.random.randint(0, 1L << 40, s), EXACT),
        new Legacy("random.randint", "np.random.randint(0, 200, SIZE, np.uint8)",
            s -> Np.random.randint(0, 200, s, DType.UINT8), EXACT),
        new Legacy("random.randint", "np.random.randint(-300, 300, SIZE, np.int16)",
            s -> Np.random.randint(-300, 300, s, DType.INT16), EXACT),
        new Legacy("random.randint", "np.random.randint(0, 2, SIZE, bool)", s -> Np.random.randint(0, 2, s, DType.BOOL), EXACT),
        new Legacy("random.poisson", "np.random.poisson(3.5, SIZE)", s -> Np.random.poisson(3.5, s), EXACT),
        new Legacy("random.poisson", "np.random.poisson(250.0, SIZE)", s -> Np.random.poisson(250.0, s), EXACT),
        new Legacy("random.binomial", "np.random.binomial(10, 0.3, SIZE)", s -> Np.random.binomial(10, 0.3, s), EXACT),
        new Legacy("random.binomial", "np.random.binomial(1000, 0.45, SIZE)", s -> Np.random.binomial(1000, 0.45, s), EXACT),
        new Legacy("random.binomial", "np.random.binomial(500, 0.9, SIZE)", s -> Np.random.binomial(500, 0.9, s), EXACT),
        new Legacy("random.choice", "np.random.choice(10, SIZE)", s -> Np.random.choice(10, s), EXACT),
        new Legacy("random.choice", "np.random.choice(5, SIZE, p=[0.1, 0.2, 0.3, 0.25, 0.15])",
            s -> Np.random.choice(5, s, true, new double[] {0.1, 0.2, 0.3, 0.25, 0.15}), EXACT),
        new Legacy("random.choice", "np.random.choice(np.arange(2000.0), SIZE, replace=False)",
            s -> Np.random.choice(Np.arange(2000.0), s, false), EXACT),
        new Legacy("random.beta", "np.random.beta(2.0, 3.5, SIZE)", s -> Np.random.beta(2.0, 3.5, s), ULP),
        new Legacy("random.beta", "np.random.beta(0.5, 0.7, SIZE)", s -> Np.random.beta(0.5, 0.7, s), ULP),
        new Legacy("random.gamma", "np.random.gamma(2.5, 1.5, SIZE)", s -> Np.random.gamma(2.5, 1.5, s), ULP),
        new Legacy("random.gamma", "np.random.gamma(0.4, 1.0, SIZE)", s -> Np.random.gamma(0.4, 1.0, s), ULP),
        new Legacy("random.exponential", "np.random.exponential(2.0, SIZE)", s -> Np.random.exponential(2.0, s), ULP));
  }

  private static List<Gen> generator() {
    return List.of(
        new Gen("random.gen.random", "random(SIZE)", (g, s) -> g.random(s, DType.FLOAT64), EXACT),
        new Gen("random.gen.random", "random(SIZE, dtype=np.float32)", (g, s) -> g.random(s, DType.FLOAT32), EXACT),
        new Gen("random.gen.integers", "integers(-5, 17, SIZE)", (g, s) -> g.integers(-5L, 17L, s, DType.INT64, false), EXACT),
        new Gen("random.gen.integers", "integers(0, 2**40, SIZE)", (g, s) -> g.integers(0L, 1L << 40, s, DType.INT64, false), EXACT),
        new Gen("random.gen.integers", "integers(0, 200, SIZE, dtype=np.uint8)",
            (g, s) -> g.integers(0L, 200L, s, DType.UINT8, false), EXACT),
        new Gen("random.gen.integers", "integers(-300, 300, SIZE, dtype=np.int16, endpoint=True)",
            (g, s) -> g.integers(-300L, 300L, s, DType.INT16, true), EXACT),
        new Gen("random.gen.integers", "integers(0, 1000, SIZE, dtype=np.int32)",
            (g, s) -> g.integers(0L, 1000L, s, DType.INT32, false), EXACT),
        new Gen("random.gen.standard_normal", "standard_normal(SIZE)", (g, s) -> g.standardNormal(s, DType.FLOAT64), ULP),
        new Gen("random.gen.standard_normal", "standard_normal(SIZE, dtype=np.float32)",
            (g, s) -> g.standardNormal(s, DType.FLOAT32), Tolerance.of(false, 1e-7)),
        new Gen("random.gen.normal", "normal(15.0, 2.0, SIZE)", (g, s) -> g.normal(15.0, 2.0, s), ULP),
        new Gen("random.gen.uniform", "uniform(-2.5, 7.0, SIZE)", (g, s) -> g.uniform(-2.5, 7.0, s), EXACT),
        new Gen("random.gen.exponential", "exponential(2.0, SIZE)", (g, s) -> g.exponential(2.0, s), ULP),
        new Gen("random.gen.gamma", "gamma(2.5, 1.5, SIZE)", (g, s) -> g.gamma(2.5, 1.5, s), ULP),
        new Gen("random.gen.gamma", "gamma(0.4, 1.0, SIZE)", (g, s) -> g.gamma(0.4, 1.0, s), ULP),
        new Gen("random.gen.beta", "beta(2.0, 3.5, SIZE)", (g, s) -> g.beta(2.0, 3.5, s), ULP),
        new Gen("random.gen.beta", "beta(0.5, 0.7, SIZE)", (g, s) -> g.beta(0.5, 0.7, s), ULP),
        new Gen("random.gen.binomial", "binomial(10, 0.3, SIZE)", (g, s) -> g.binomial(10, 0.3, s), EXACT),
        new Gen("random.gen.binomial", "binomial(1000, 0.45, SIZE)", (g, s) -> g.binomial(1000, 0.45, s), EXACT),
        new Gen("random.gen.poisson", "poisson(3.5, SIZE)", (g, s) -> g.poisson(3.5, s), EXACT),
        new Gen("random.gen.poisson", "poisson(250.0, SIZE)", (g, s) -> g.poisson(250.0, s), EXACT),
        new Gen("random.gen.choice", "choice(10, SIZE)", (g, s) -> g.choice(10, s, true, null, 0, true), EXACT),
        new Gen("random.gen.choice", "choice(5, SIZE, p=[0.1, 0.2, 0.3, 0.25, 0.15])",
            (g, s) -> g.choice(5, s, true, new double[] {0.1, 0.2, 0.3, 0.25, 0.15}, 0, true), EXACT),
        new Gen("random.gen.choice", "choice(2000, SIZE, replace=False)",
            (g, s) -> g.choice(2000, s, false, null, 0, true), EXACT),
        new Gen("random.gen.choice", "choice(20000, SIZE, replace=False)",
            (g, s) -> g.choice(20000, s, false, null, 0, true), EXACT),
        new Gen("random.gen.multivariate_normal", "multivariate_normal([1.0, -2.0, 0.5], "
            + "[[2.0, 0.3, 0.1], [0.3, 1.0, -0.2], [0.1, -0.2, 0.5]], SIZE, method='cholesky')",
            (g, s) -> g.multivariateNormal(new double[] {1.0, -2.0, 0.5},
                new double[][] {{2.0, 0.3, 0.1}, {0.3, 1.0, -0.2}, {0.1, -0.2, 0.5}}, s, "cholesky"),
            Tolerance.of(false, 1e-13)),
        new Gen("random.gen.multivariate_normal", "multivariate_normal([1.0, -2.0, 0.5], "
            + "[[2.0, 0.3, 0.1], [0.3, 1.0, -0.2], [0.1, -0.2, 0.5]], SIZE)",
            (g, s) -> g.multivariateNormal(new double[] {1.0, -2.0, 0.5},
                new double[][] {{2.0, 0.3, 0.1}, {0.3, 1.0, -0.2}, {0.1, -0.2, 0.5}}, s, "svd"),
            Tolerance.of(false, 1e-13)));
  }

  /** One seeded call with arbitrary arguments (no size loop). */
  private static Case legacyOne(String group, long seed, String py, Supplier<Object> java, Tolerance tol) {
    String ref = "lambda s: (np.random.seed(s), " + py + ")[1]";
    Supplier<Object> j = () -> {
      Np.random.seed(seed);
      return java.get();
    };
    return Case.of(group, "seed(" + seed + "); " + py, ref, List.of(seed), Map.of(), tol, j);
  }

  private static Case genOne(String group, long seed, String py, Function<Generator, Object> java, Tolerance tol) {
    String ref = "lambda s: np.random.default_rng(s)." + py;
    return Case.of(group, "default_rng(" + seed + ")." + py, ref, List.of(seed), Map.of(), tol,
        () -> java.apply(Np.random.defaultRng(seed)));
  }

  private static void edgeCases(List<Case> out) {
    // randint: full and partial ranges of every integer dtype, 32- and 64-bit draws
    Object[][] bounds = {
        {"bool", DType.BOOL, 0L, 2L}, {"bool", DType.BOOL, 1L, 2L},
        {"int8", DType.INT8, -128L, 128L}, {"int8", DType.INT8, -3L, 100L},
        {"uint8", DType.UINT8, 0L, 256L}, {"uint8", DType.UINT8, 7L, 8L},
        {"int16", DType.INT16, -32768L, 32768L}, {"uint16", DType.UINT16, 0L, 65536L}, {"uint16", DType.UINT16, 5L, 40000L},
        {"int32", DType.INT32, -2147483648L, 2147483648L}, {"int32", DType.INT32, -7L, 1000000L},
        {"uint32", DType.UINT32, 0L, 4294967296L}, {"uint32", DType.UINT32, 3L, 3000000000L},
        {"int64", DType.INT64, Long.MIN_VALUE, new BigInteger("9223372036854775808")},
        {"int64", DType.INT64, 0L, 4294967296L}, {"int64", DType.INT64, 0L, 4294967297L},
        {"int64", DType.INT64, -5L, 6000000000000L},
        {"uint64", DType.UINT64, 0L, new BigInteger("18446744073709551616")},
        {"uint64", DType.UINT64, 0L, new BigInteger("18446744073709551615")},
        {"uint64", DType.UINT64, 10L, 4294967296L}};
    for (Object[] b : bounds) {
      String pyHigh = String.valueOf(b[3]);
      String py = "np.random.randint(" + b[2] + ", " + pyHigh + ", 50, np." + (b[0].equals("bool") ? "bool_" : b[0]) + ")";
      out.add(legacyOne("random.randint", 7, py, () -> Np.random.randint(b[2], b[3], new int[] {50}, (DType) b[1]), EXACT));
      String gpy = "integers(" + b[2] + ", " + pyHigh + ", 50, dtype=np." + (b[0].equals("bool") ? "bool_" : b[0]) + ")";
      out.add(genOne("random.gen.integers", 7, gpy,
          g -> g.integers(b[2], b[3], new int[] {50}, (DType) b[1], false), EXACT));
      out.add(legacyOne("random.randint", 11, py.replace(", 50,", ", None,"),
          () -> Np.random.randint(b[2], b[3], null, (DType) b[1]), EXACT));
    }
    out.add(legacyOne("random.randint", 3, "np.random.randint([0, 5, 10], [[3], [200]])",
        () -> Np.random.randint(new long[] {0, 5, 10}, new long[][] {{3}, {200}}), EXACT));
    out.add(genOne("random.gen.integers", 3, "integers([0, 5, 10], [[3], [200]], dtype=np.uint8)",
        g -> g.integers(new long[] {0, 5, 10}, new long[][] {{3}, {200}}, null, DType.UINT8, false), EXACT));
    // binomial n = 0, p = 0, p = 1 (legacy draws even then, Generator does not)
    for (String[] np : new String[][] {{"0", "0.5"}, {"10", "0.0"}, {"10", "1.0"}, {"100", "1.0"}, {"3", "0.5"}}) {
      long n = Long.parseLong(np[0]);
      double p = Double.parseDouble(np[1]);
      out.add(legacyOne("random.binomial", 5, "(np.random.binomial(" + np[0] + ", " + np[1] + ", 5), np.random.random_sample(3))",
          () -> List.of(Np.random.binomial(n, p, new int[] {5}), Np.random.randomSample(new int[] {3})), EXACT));
      out.add(genOne("random.gen.binomial", 5, "binomial(" + np[0] + ", " + np[1] + ", 5)",
          g -> g.binomial(n, p, new int[] {5}), EXACT));
    }
    out.add(legacyOne("random.binomial", 9, "np.random.binomial([5, 50, 500], [[0.1], [0.7]])",
        () -> Np.random.binomial(new long[] {5, 50, 500}, new double[][] {{0.1}, {0.7}}), EXACT));
    // poisson lam = 0, just below and at 10, large
    for (double lam : new double[] {0.0, 9.99, 10.0, 1e6, 1e12}) {
      out.add(legacyOne("random.poisson", 13, "np.random.poisson(" + lam + ", 20)",
          () -> Np.random.poisson(lam, new int[] {20}), EXACT));
      out.add(genOne("random.gen.poisson", 13, "poisson(" + lam + ", 20)", g -> g.poisson(lam, new int[] {20}), EXACT));
    }
    // gamma shapes: 0, < 1, 1 (exponential), > 1; arrays of parameters broadcast
    for (double k : new double[] {0.0, 0.05, 1.0, 7.5, 1e4}) {
      out.add(legacyOne("random.gamma", 17, "np.random.gamma(" + k + ", 2.0, 30)",
          () -> Np.random.gamma(k, 2.0, new int[] {30}), ULP));
      out.add(genOne("random.gen.gamma", 17, "gamma(" + k + ", 2.0, 30)", g -> g.gamma(k, 2.0, new int[] {30}), ULP));
    }
    out.add(legacyOne("random.normal", 19, "np.random.normal([0.0, 10.0, 20.0], [[1.0], [0.1]])",
        () -> Np.random.normal(new double[] {0, 10, 20}, new double[][] {{1.0}, {0.1}}), ULP));
    out.add(legacyOne("random.normal", 19, "np.random.normal([0.0, 10.0], 1.0, (3, 2))",
        () -> Np.random.normal(new double[] {0, 10}, 1.0, new int[] {3, 2}), ULP));
    out.add(legacyOne("random.randn", 23, "(np.random.randn(3), np.random.randn(2, 2), np.random.randn())",
        () -> List.of(Np.random.randn(3), Np.random.randn(2, 2), Np.random.randn()), ULP));
    out.add(legacyOne("random.rand", 23, "(np.random.rand(3), np.random.rand(2, 2), np.random.rand())",
        () -> List.of(Np.random.rand(3), Np.random.rand(2, 2), Np.random.rand()), EXACT));
    out.add(legacyOne("random.uniform", 29, "np.random.uniform(5.0, -5.0, 10)",
        () -> Np.random.uniform(5.0, -5.0, new int[] {10}), EXACT));
    // choice: arrays, p without replacement, size 0
    out.add(legacyOne("random.choice", 31, "np.random.choice([1.5, 2.5, 3.5, 4.5], (2, 3))",
        () -> Np.random.choice(new double[] {1.5, 2.5, 3.5, 4.5}, 2, 3), EXACT));
    out.add(legacyOne("random.choice", 31, "np.random.choice(6, 4, replace=False, p=[0.3, 0.0, 0.2, 0.1, 0.25, 0.15])",
        () -> Np.random.choice(6, new int[] {4}, false, new double[] {0.3, 0.0, 0.2, 0.1, 0.25, 0.15}), EXACT));
    out.add(legacyOne("random.choice", 31, "np.random.choice(5, 0)", () -> Np.random.choice(5, 0), EXACT));
    out.add(legacyOne("random.choice", 31, "np.random.choice([7, 8, 9])", () -> Np.random.choice(new long[] {7, 8, 9}), EXACT));
    out.add(genOne("random.gen.choice", 31, "choice(6, 4, replace=False, p=[0.3, 0.0, 0.2, 0.1, 0.25, 0.15])",
        g -> g.choice(6, new int[] {4}, false, new double[] {0.3, 0.0, 0.2, 0.1, 0.25, 0.15}, 0, true), EXACT));
    out.add(genOne("random.gen.choice", 31, "choice([[1, 2], [3, 4], [5, 6]], 4)",
        g -> g.choice(new long[][] {{1, 2}, {3, 4}, {5, 6}}, new int[] {4}, true, null, 0, true), EXACT));
    out.add(genOne("random.gen.choice", 31, "choice(50, 10, replace=False, shuffle=False)",
        g -> g.choice(50, new int[] {10}, false, null, 0, false), EXACT));
    // permutation / shuffle (functional copy), 1-d, n-d, ints
    out.add(legacyOne("random.permutation", 37, "np.random.permutation(10)", () -> Np.random.permutation(10), EXACT));
    out.add(legacyOne("random.permutation", 37, "np.random.permutation(0)", () -> Np.random.permutation(0), EXACT));
    out.add(legacyOne("random.permutation", 37, "np.random.permutation(np.arange(12.0).reshape(4, 3))",
        () -> Np.random.permutation(Np.arange(12.0).reshape(4, 3)), EXACT));
    out.add(legacyOne("random.permutation", 37, "np.random.permutation([3, 1, 4, 1, 5, 9, 2, 6])",
        () -> Np.random.permutation(new long[] {3, 1, 4, 1, 5, 9, 2, 6}), EXACT));
    out.add(legacyOne("random.shuffle", 41, "(lambda x: (np.random.shuffle(x), x)[1])(np.arange(20))",
        () -> Np.random.shuffle(Np.arange(20)), EXACT));
    out.add(legacyOne("random.shuffle", 41, "(lambda x: (np.random.shuffle(x), x)[1])(np.arange(12).reshape(6, 2))",
        () -> Np.random.shuffle(Np.arange(12).reshape(6, 2)), EXACT));
    out.add(genOne("random.gen.permutation", 37, "permutation(10)", g -> g.permutation(10), EXACT));
    out.add(genOne("random.gen.permutation", 37, "permutation(np.arange(12.0).reshape(3, 4), axis=1)",
        g -> g.permutation(Np.arange(12.0).reshape(3, 4), 1), EXACT));
    out.add(Case.of("random.gen.shuffle", "default_rng(41).shuffle(arange(20))",
        "lambda s: (lambda g, x: (g.shuffle(x), x)[1])(np.random.default_rng(s), np.arange(20))", List.of(41L),
        Map.of(), EXACT, () -> Np.random.defaultRng(41L).shuffle(Np.arange(20))));
    // the global stream continues across calls and keeps the cached gaussian
    out.add(legacyOne("random.randn", 43, "(np.random.randn(3), np.random.normal(size=2), np.random.rand(2), np.random.randn(1))",
        () -> List.of(Np.random.randn(3), Np.random.normal(0.0, 1.0, new int[] {2}), Np.random.rand(2), Np.random.randn(1)), ULP));
    out.add(legacyOne("random.seed", 0, "(np.random.seed(np.array([5])), np.random.rand(3))[1]",
        () -> {
          Np.random.seed(Np.asarray(new long[] {5}));
          return Np.random.rand(3);
        }, EXACT));
    out.add(legacyOne("random.seed", 0, "(np.random.seed([5]), np.random.rand(3))[1]",
        () -> {
          Np.random.seed(List.of(5L));
          return Np.random.rand(3);
        }, EXACT));
    // Generator errors that the op specs cannot express
    String[][] genErrors = {
        {"integers(5, 5)", "a"}, {"integers(5, 4, endpoint=True)", "b"}, {"integers(0, 129, dtype=np.int8)", "c"},
        {"random(dtype=np.int32)", "d"}, {"standard_normal(dtype=np.float16)", "e"}, {"poisson(-1.0)", "f"},
        {"gamma(-1.0)", "g"}, {"beta(0.0, 1.0)", "h"}, {"binomial(-1, 0.5)", "i"}, {"choice(5, 6, replace=False)", "j"},
        {"choice(3, p=[0.5, 0.6, 0.1])", "k"}, {"uniform(0.0, float('inf'))", "l"}, {"exponential(-1.0)", "m"},
        {"normal(0.0, -1.0)", "n"}, {"permutation(np.zeros(()))", "o"}, {"choice(0)", "p"},
        {"multivariate_normal([0.0, 0.0], [[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])", "q"},
        {"multivariate_normal([0.0, 0.0], [[1.0, 2.0], [2.0, 1.0]], method='cholesky')", "r"}};
    for (String[] e : genErrors) {
      out.add(genOne("random.gen.errors", 0, e[0], g -> genError(g, e[1]), EXACT));
    }
  }

  private static Object genError(Generator g, String which) {
    return switch (which) {
      case "a" -> g.integers(5L, 5L, null, DType.INT64, false);
      case "b" -> g.integers(5L, 4L, null, DType.INT64, true);
      case "c" -> g.integers(0L, 129L, null, DType.INT8, false);
      case "d" -> g.random(null, DType.INT32);
      case "e" -> g.standardNormal(null, DType.FLOAT16);
      case "f" -> g.poisson(-1.0, null);
      case "g" -> g.gamma(-1.0, 1.0, null);
      case "h" -> g.beta(0.0, 1.0, null);
      case "i" -> g.binomial(-1, 0.5, null);
      case "j" -> g.choice(5, new int[] {6}, false, null, 0, true);
      case "k" -> g.choice(3, null, true, new double[] {0.5, 0.6, 0.1}, 0, true);
      case "l" -> g.uniform(0.0, Double.POSITIVE_INFINITY, null);
      case "m" -> g.exponential(-1.0, null);
      case "n" -> g.normal(0.0, -1.0, null);
      case "o" -> g.permutation(Np.zeros(new int[0]));
      case "p" -> g.choice(0);
      case "q" -> g.multivariateNormal(new double[] {0, 0}, new double[][] {{1, 0}, {0, 1}, {1, 1}}, null, "svd");
      default -> g.multivariateNormal(new double[] {0, 0}, new double[][] {{1, 2}, {2, 1}}, null, "cholesky");
    };
  }
}
