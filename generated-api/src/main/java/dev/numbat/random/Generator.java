package dev.numbat.random;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.random.Draws.Cons;
import dev.numbat.random.Draws.Params;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.backend.cpu.Copy;
import dev.numbat.backend.cpu.Export;
import dev.numbat.backend.cpu.RandomFill;
import dev.numbat.backend.cpu.Shapes;

/**
 * NumPy's {@code Generator} over {@link PCG64}: {@code Np.random.defaultRng(seed)} gives the same
 * numbers as {@code np.random.default_rng(seed)} for the same calls (ziggurat normals and
 * exponentials, Lemire's bounded integers, NumPy 2's algorithms).
 *
 * <p>{@code size == null} is NumPy's {@code size=None}: one value, returned as a 0-d array.
 * Methods hold this object's monitor for the whole call (NumPy's lock): share a Generator across
 * threads only when the interleaving of whole calls does not matter; else use one per thread.
 */
public final class Generator {
  private final BitGenerator g;
  private final Distributions.BinomialState binomial = new Distributions.BinomialState();

  public Generator(BitGenerator bitGenerator) {
    this.g = bitGenerator;
  }

  /** {@code default_rng(seed)}: PCG64 seeded through SeedSequence; null seeds from OS entropy. */
  public static Generator defaultRng(Object seed) {
    if (seed instanceof Generator gen) {
      return gen;
    }
    int[] words;
    if (seed == null) {
      byte[] b = new java.security.SecureRandom().generateSeed(16);
      words = new int[4];
      for (int i = 0; i < 16; i++) {
        words[i / 4] |= (b[i] & 0xff) << (8 * (i % 4));
      }
    } else {
      words = SeedSequence.entropyWords(seed instanceof NDArray x && x.ndim() == 0 ? x.item() : seed);
    }
    return new Generator(new PCG64(new SeedSequence(words)));
  }

  /** The bit generator under this Generator. */
  public BitGenerator bitGenerator() {
    return g;
  }

  // ------------------------------------------------------------------ uniform

  /** {@code random(size, dtype)}: [0, 1) floats; float64 (53 bits) or float32 (24 bits). */
  public synchronized NDArray random(int[] size, DType dtype) {
    int[] shape = Draws.shapeOf(size);
    int n = Shapes.size(shape);
    if (dtype == null || dtype == DType.FLOAT64) {
      return RandomFill.float64(shape, uniforms(n));
    }
    if (dtype == DType.FLOAT32) {
      float[] d = new float[n];
      for (int i = 0; i < n; i++) {
        d[i] = g.nextFloat();
      }
      return RandomFill.float32(shape, d);
    }
    throw new TypeError("Unsupported dtype dtype('" + dtype.name() + "') for random");
  }

  /** {@code n} float64 draws of {@link #random}, in order. */
  private double[] uniforms(int n) {
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = g.nextDouble();
    }
    return d;
  }

  public NDArray random(int... size) {
    return random(size.length == 0 ? null : size, DType.FLOAT64);
  }

  /** {@code uniform(low, high, size)}: low + (high - low) * U with high - low >= 0. */
  public synchronized NDArray uniform(Object low, Object high, int[] size) {
    Object[] lr = Draws.uniformRange(low, high, "high - low range exceeds valid bounds");
    Params p = Draws.params(size, lr, new String[] {"", "high - low"}, new Cons[] {Cons.NONE, Cons.NON_NEGATIVE});
    return Draws.doubles(p, i -> p.get(0, i) + p.get(1, i) * g.nextDouble());
  }

  /**
   * {@code integers(low, high, size, dtype, endpoint)}: Lemire's method; [low, high), or
   * [low, high] with endpoint; high null means [0, low).
   */
  public synchronized NDArray integers(Object low, Object high, int[] size, DType dtype, boolean endpoint) {
    return BoundedIntegers.draw(g, false, low, high, size, dtype == null ? DType.INT64 : dtype, endpoint, "integers");
  }

  public NDArray integers(Object low, Object high, int... size) {
    return integers(low, high, size.length == 0 ? null : size, DType.INT64, false);
  }

  // ------------------------------------------------------------------ normal, exponential, gamma, beta

  /** {@code standard_normal(size, dtype)}: the ziggurat, float64 or float32 tables. */
  public synchronized NDArray standardNormal(int[] size, DType dtype) {
    int[] shape = Draws.shapeOf(size);
    int n = Shapes.size(shape);
    if (dtype == null || dtype == DType.FLOAT64) {
      return RandomFill.float64(shape, normals(n));
    }
    if (dtype == DType.FLOAT32) {
      float[] d = new float[n];
      for (int i = 0; i < n; i++) {
        d[i] = Distributions.standardNormalF(g);
      }
      return RandomFill.float32(shape, d);
    }
    throw new TypeError("Unsupported dtype dtype('" + dtype.name() + "') for standard_normal");
  }

  /** {@code n} float64 draws of {@link #standardNormal}, in order. */
  private double[] normals(int n) {
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = Distributions.standardNormal(g);
    }
    return d;
  }

  public NDArray standardNormal(int... size) {
    return standardNormal(size.length == 0 ? null : size, DType.FLOAT64);
  }

  /** {@code normal(loc, scale, size)}: loc + scale * ziggurat normal. */
  public synchronized NDArray normal(Object loc, Object scale, int[] size) {
    Params p = Draws.params(size, new Object[] {loc, scale}, new String[] {"", "scale"},
        new Cons[] {Cons.NONE, Cons.NON_NEGATIVE});
    return Draws.doubles(p, i -> p.get(0, i) + p.get(1, i) * Distributions.standardNormal(g));
  }

  /** {@code standard_exponential(size, dtype)}: the exponential ziggurat, float64 or float32. */
  public synchronized NDArray standardExponential(int[] size, DType dtype) {
    int[] shape = Draws.shapeOf(size);
    int n = Shapes.size(shape);
    if (dtype == null || dtype == DType.FLOAT64) {
      double[] d = new double[n];
      for (int i = 0; i < n; i++) {
        d[i] = Distributions.standardExponential(g);
      }
      return RandomFill.float64(shape, d);
    }
    if (dtype == DType.FLOAT32) {
      float[] d = new float[n];
      for (int i = 0; i < n; i++) {
        d[i] = Distributions.standardExponentialF(g);
      }
      return RandomFill.float32(shape, d);
    }
    throw new TypeError("Unsupported dtype dtype('" + dtype.name() + "') for standard_exponential");
  }

  /** {@code exponential(scale, size)}: scale * exponential ziggurat. */
  public synchronized NDArray exponential(Object scale, int[] size) {
    Params p = Draws.params(size, new Object[] {scale}, new String[] {"scale"}, new Cons[] {Cons.NON_NEGATIVE});
    return Draws.doubles(p, i -> p.get(0, i) * Distributions.standardExponential(g));
  }

  /** {@code gamma(shape, scale, size)}: Marsaglia-Tsang over the ziggurat normal. */
  public synchronized NDArray gamma(Object shape, Object scale, int[] size) {
    Params p = Draws.params(size, new Object[] {shape, scale}, new String[] {"shape", "scale"},
        new Cons[] {Cons.NON_NEGATIVE, Cons.NON_NEGATIVE});
    return Draws.doubles(p, i -> p.get(1, i) * Distributions.standardGamma(g, p.get(0, i)));
  }

  /** {@code beta(a, b, size)}. */
  public synchronized NDArray beta(Object a, Object b, int[] size) {
    Params p = Draws.params(size, new Object[] {a, b}, new String[] {"a", "b"},
        new Cons[] {Cons.POSITIVE, Cons.POSITIVE});
    return Draws.doubles(p, i -> Distributions.beta(g, p.get(0, i), p.get(1, i)));
  }

  // ------------------------------------------------------------------ discrete

  /** {@code poisson(lam, size)}. */
  public synchronized NDArray poisson(Object lam, int[] size) {
    Params p = Draws.params(size, new Object[] {lam}, new String[] {"lam"}, new Cons[] {Cons.POISSON});
    return Draws.longs(p, i -> Distributions.poisson(g, p.get(0, i)));
  }

  /** {@code binomial(n, p, size)}. */
  public synchronized NDArray binomial(Object n, Object prob, int[] size) {
    Params p = Draws.params(size, new Object[] {prob, n}, new String[] {"p", "n"},
        new Cons[] {Cons.BOUNDED_0_1, Cons.NON_NEGATIVE});
    return Draws.longs(p, i -> Distributions.binomial(g, p.get(0, i), (long) p.get(1, i), binomial));
  }

  // ------------------------------------------------------------------ sampling

  /**
   * {@code choice(a, size, replace, p, axis, shuffle)}: a is an integer or an array (sampled
   * along {@code axis}). With replacement: integers, or the cdf search with p; without: Floyd's
   * algorithm (or a tail shuffle for large populations), or redraws with p.
   */
  public synchronized NDArray choice(Object a, int[] size, boolean replace, Object p, int axis, boolean shuffle) {
    NDArray arr = null;
    long pop;
    NDArray a0 = Seeds.isInteger(a) ? null : Convert.asarray(a, null);
    if (a0 == null || a0.ndim() == 0) {
      Object v = a0 == null ? a : a0.item();
      if (!Seeds.isInteger(v)) {
        throw new ValueError("a must be a sequence or an integer, not " + v.getClass().getSimpleName());
      }
      pop = ((Number) v).longValue();
      if (pop <= 0 && (size == null || Shapes.size(size) != 0)) {
        throw new ValueError("a must be a positive integer unless no samples are taken");
      }
    } else {
      arr = a0;
      pop = arr.shape(axis);
      if (pop == 0 && (size == null || Shapes.size(size) != 0)) {
        throw new ValueError("a cannot be empty unless no samples are taken");
      }
    }
    double[] prob = p == null ? null : Sampling.probabilities(p, pop, false);
    int[] shape = Draws.shapeOf(size);
    int n = Shapes.size(shape);
    long[] idx = null;
    NDArray drawn = null;
    if (replace) {
      if (prob != null) {
        double[] cdf = Sampling.cdf(prob);
        idx = new long[n];
        for (int i = 0; i < n; i++) {
          idx[i] = Sampling.searchRight(cdf, g.nextDouble());
        }
      } else {
        drawn = integers(0L, pop, shape, DType.INT64, false);
      }
    } else {
      if (n > pop) {
        throw new ValueError("Cannot take a larger sample than population when replace is False");
      }
      if (prob != null) {
        idx = Sampling.withoutReplacement(prob, n, this::uniforms);
      } else {
        idx = withoutReplacement(pop, n, shuffle);
      }
    }
    NDArray indices = drawn != null ? drawn : RandomFill.int64(shape, idx);
    if (arr == null) {
      return indices;
    }
    return Sampling.take(arr, indices, axis);
  }

  public NDArray choice(Object a, int... size) {
    return choice(a, size.length == 0 ? null : size, true, null, 0, true);
  }

  /** Uniform sampling without replacement: a tail shuffle for large populations, else Floyd's algorithm. */
  private long[] withoutReplacement(long pop, int size, boolean shuffle) {
    int cutoff = shuffle ? 50 : 20;
    if (pop > 10000 && size > pop / cutoff) {
      long[] all = new long[(int) pop];
      for (int i = 0; i < all.length; i++) {
        all[i] = i;
      }
      shuffleInt(all, (int) pop, (int) Math.max(pop - size, 1));
      return java.util.Arrays.copyOfRange(all, (int) (pop - size), (int) pop);
    }
    long[] idx = new long[size];
    long setSize = (long) (1.2 * size);
    long mask = BoundedIntegers.mask(setSize);
    setSize = 1 + mask;
    long[] hash = new long[(int) setSize];
    java.util.Arrays.fill(hash, -1L);
    BoundedIntegers bounded = new BoundedIntegers(g, false);
    for (long j = pop - size; j < pop; j++) {
      long val = bounded.next(64, 0, j);
      int loc = (int) (val & mask);
      while (hash[loc] != -1L && hash[loc] != val) {
        loc = (int) ((loc + 1) & mask);
      }
      if (hash[loc] == -1L) {
        hash[loc] = val;
        idx[(int) (j - pop + size)] = val;
      } else {
        loc = (int) (j & mask);
        while (hash[loc] != -1L) {
          loc = (int) ((loc + 1) & mask);
        }
        hash[loc] = j;
        idx[(int) (j - pop + size)] = j;
      }
    }
    if (shuffle) {
      shuffleInt(idx, size, 1);
    }
    return idx;
  }

  /** NumPy's {@code _shuffle_int}: Fisher-Yates from the end down to {@code first}, Lemire draws. */
  private void shuffleInt(long[] data, int n, int first) {
    BoundedIntegers bounded = new BoundedIntegers(g, false);
    for (int i = n - 1; i >= first; i--) {
      int j = (int) bounded.next(64, 0, i);
      long t = data[j];
      data[j] = data[i];
      data[i] = t;
    }
  }

  /** {@code permutation(x, axis)}: a shuffled arange(x) for an integer, else a copy of x shuffled along axis. */
  public synchronized NDArray permutation(Object x, int axis) {
    if (Seeds.isInteger(x)) {
      long[] idx = Sampling.shuffleIndex(g, (int) Math.max(((Number) x).longValue(), 0));
      return RandomFill.int64(new int[] {idx.length}, idx);
    }
    return shuffle(x, axis);
  }

  public NDArray permutation(Object x) {
    return permutation(x, 0);
  }

  /**
   * {@code shuffle(x, axis)}, functionally: NumPy shuffles in place and returns None; Numbat's
   * arrays are immutable, so this returns the shuffled copy (the same draws, the same order).
   */
  public synchronized NDArray shuffle(Object x, int axis) {
    NDArray arr = Convert.asarray(x, null);
    int ax = dev.numbat.backend.cpu.Shapes.normalizeAxis(axis, arr.ndim());
    long[] idx = Sampling.shuffleIndex(g, arr.size() == 0 ? 0 : arr.shape(ax));
    return Sampling.take(arr, idx, new int[] {idx.length}, ax);
  }

  public NDArray shuffle(Object x) {
    return shuffle(x, 0);
  }

  // ------------------------------------------------------------------ multivariate normal

  /**
   * {@code multivariate_normal(mean, cov, size, method)}: mean + z @ A^T for standard normals z
   * of shape size + (n,), A from {@code method} ("svd" as NumPy's default, "eigh", "cholesky").
   * NumPy's positive-semidefinite warning is not emitted.
   */
  public synchronized NDArray multivariateNormal(Object mean, Object cov, int[] size, String method) {
    String m = method == null ? "svd" : method;
    if (!m.equals("svd") && !m.equals("eigh") && !m.equals("cholesky")) {
      throw new ValueError("method must be one of {'eigh', 'svd', 'cholesky'}");
    }
    NDArray mu = Copy.contiguous(Convert.asarray(mean, DType.FLOAT64));
    NDArray c = Copy.contiguous(Convert.asarray(cov, DType.FLOAT64));
    if (mu.ndim() != 1) {
      throw new ValueError("mean must be 1 dimensional");
    }
    if (c.ndim() != 2 || c.shape(0) != c.shape(1)) {
      throw new ValueError("cov must be 2 dimensional and square");
    }
    int k = mu.shape(0);
    if (k != c.shape(0)) {
      throw new ValueError("mean and cov must have same length");
    }
    int[] base = Draws.shapeOf(size);
    int[] finalShape = java.util.Arrays.copyOf(base, base.length + 1);
    finalShape[base.length] = k;
    double[] z = normals(Shapes.checkedSize(finalShape));
    double[] cv = Export.toDoubleArray(c);
    double[] f = CovarianceFactor.of(cv, k, m);
    double[] mv = Export.toDoubleArray(mu);
    int rows = k == 0 ? 0 : z.length / k;
    double[] out = new double[z.length];
    for (int r = 0; r < rows; r++) {
      for (int i = 0; i < k; i++) {
        double s = 0;
        for (int j = 0; j < k; j++) {
          s += z[r * k + j] * f[i * k + j];
        }
        out[r * k + i] = mv[i] + s;
      }
    }
    return RandomFill.float64(finalShape, out);
  }
}
