package dev.numbat.random;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.IndexError;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.random.Draws.Cons;
import dev.numbat.random.Draws.Params;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.backend.cpu.RandomFill;
import dev.numbat.backend.cpu.Shapes;

/**
 * NumPy's legacy {@code RandomState}: MT19937 with the legacy seeding and the legacy
 * distributions, so {@code seed(s)} followed by the same calls gives NumPy's numbers bit for bit
 * (floats through log/exp/pow to within an ulp, see {@link LibM}). {@code Np.random.*} uses the one
 * {@link #global()} instance, as {@code np.random.*} does.
 *
 * <p>Thread safety: every method holds this object's monitor for the whole call, so concurrent
 * calls interleave as whole calls (NumPy holds its lock likewise); a reproducible stream needs one
 * thread, or one RandomState per thread.
 *
 * <p>Sizes: {@code size == null} is NumPy's {@code size=None} (one value, returned as a 0-d array).
 */
public final class RandomState {
  private static final RandomState GLOBAL = new RandomState(null);

  private final MT19937 mt = new MT19937();
  private final LegacyDistributions legacy = new LegacyDistributions(mt);
  private final Distributions.BinomialState binomial = new Distributions.BinomialState();

  /** {@code RandomState(seed)}; null seeds from OS entropy. */
  public RandomState(Object seed) {
    seed(seed);
  }

  /** The instance behind {@code Np.random.*} ({@code np.random.mtrand._rand}). */
  public static RandomState global() {
    return GLOBAL;
  }

  /**
   * {@code seed(seed)}: an integer in [0, 2**32 - 1] (NumPy's {@code mt19937_seed}); an array of
   * such integers ({@code int[]}, {@code long[]}, a List, a 1-d integer NDArray; NumPy's
   * {@code init_by_array}); null draws fresh entropy from the OS. A size-1 NDArray counts as its
   * integer, as NumPy squeezes arrays.
   */
  public synchronized void seed(Object seed) {
    if (seed == null) {
      byte[] b = new java.security.SecureRandom().generateSeed(16);
      int[] words = new int[4];
      for (int i = 0; i < 16; i++) {
        words[i / 4] |= (b[i] & 0xff) << (8 * (i % 4));
      }
      int[] state = new SeedSequence(words).generateState32(624);
      state[0] = 0x80000000;
      mt.seedByArray(state);
    } else if (Seeds.isInteger(seed) || seed instanceof NDArray x && x.size() == 1 && x.dtype().isInteger()) {
      java.math.BigInteger v = seed instanceof NDArray x ? java.math.BigInteger.valueOf(((Number) x.item()).longValue())
          : seed instanceof java.math.BigInteger b ? b : java.math.BigInteger.valueOf(((Number) seed).longValue());
      if (v.signum() < 0 || v.bitLength() > 32) {
        throw new ValueError("Seed must be between 0 and 2**32 - 1");
      }
      mt.seed(v.intValue());
    } else if (seed instanceof Double || seed instanceof Float) {
      throw new TypeError("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'");
    } else {
      if (seed instanceof NDArray x && x.ndim() != 1 && x.size() > 0) {
        if (!x.dtype().isInteger() && !x.dtype().isBool()) {
          throw new TypeError("Cannot cast array data from dtype('" + x.dtype().name()
              + "') to dtype('int64') according to the rule 'safe'");
        }
        throw new ValueError("Seed array must be 1-d");
      }
      if (seed instanceof java.util.List<?> l && !l.isEmpty() && l.get(0) instanceof java.util.List<?>) {
        throw new ValueError("Seed array must be 1-d");
      }
      long[] v = Seeds.integers(seed, "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
      if (v.length == 0) {
        throw new ValueError("Seed must be non-empty");
      }
      int[] key = new int[v.length];
      for (int i = 0; i < v.length; i++) {
        if (v[i] < 0 || v[i] > 0xffffffffL) {
          throw new ValueError("Seed must be between 0 and 2**32 - 1");
        }
        key[i] = (int) v[i];
      }
      mt.seedByArray(key);
    }
    legacy.resetGauss();
  }

  // ------------------------------------------------------------------ uniform floats

  /** {@code random_sample(size)}: floats in [0, 1) with 53 random bits. */
  public synchronized NDArray randomSample(int[] size) {
    int[] shape = Draws.shapeOf(size);
    return RandomFill.float64(shape, uniforms(Shapes.size(shape)));
  }

  /** {@code n} draws of {@link #randomSample}, in order. */
  private double[] uniforms(int n) {
    double[] d = new double[n];
    for (int i = 0; i < d.length; i++) {
      d[i] = mt.nextDouble();
    }
    return d;
  }

  /** {@code rand(d0, d1, ...)}: {@link #randomSample} of that shape; no dimensions gives one value. */
  public NDArray rand(int... shape) {
    return randomSample(shape.length == 0 ? null : shape);
  }

  /** {@code uniform(low, high, size)}: low + (high - low) * U, no ordering required of low and high. */
  public synchronized NDArray uniform(Object low, Object high, int[] size) {
    Object[] lr = Draws.uniformRange(low, high, "Range exceeds valid bounds");
    Params p = Draws.params(size, lr, new String[] {"", ""}, new Cons[] {Cons.NONE, Cons.NONE});
    return Draws.doubles(p, i -> p.get(0, i) + p.get(1, i) * mt.nextDouble());
  }

  // ------------------------------------------------------------------ normal family

  /** {@code standard_normal(size)}: the legacy polar Box-Muller gaussian. */
  public synchronized NDArray standardNormal(int[] size) {
    int[] shape = Draws.shapeOf(size);
    double[] d = new double[Shapes.size(shape)];
    for (int i = 0; i < d.length; i++) {
      d[i] = legacy.gauss();
    }
    return RandomFill.float64(shape, d);
  }

  /** {@code randn(d0, d1, ...)}: {@link #standardNormal} of that shape. */
  public NDArray randn(int... shape) {
    return standardNormal(shape.length == 0 ? null : shape);
  }

  /** {@code normal(loc, scale, size)}: loc + scale * gauss. */
  public synchronized NDArray normal(Object loc, Object scale, int[] size) {
    Params p = Draws.params(size, new Object[] {loc, scale}, new String[] {"", "scale"},
        new Cons[] {Cons.NONE, Cons.NON_NEGATIVE});
    return Draws.doubles(p, i -> p.get(0, i) + p.get(1, i) * legacy.gauss());
  }

  /** {@code exponential(scale, size)}: scale * -log(1 - U). */
  public synchronized NDArray exponential(Object scale, int[] size) {
    Params p = Draws.params(size, new Object[] {scale}, new String[] {"scale"}, new Cons[] {Cons.NON_NEGATIVE});
    return Draws.doubles(p, i -> p.get(0, i) * legacy.standardExponential());
  }

  /** {@code gamma(shape, scale, size)}: Marsaglia-Tsang over the legacy gaussian; shape < 1 by rejection. */
  public synchronized NDArray gamma(Object shape, Object scale, int[] size) {
    Params p = Draws.params(size, new Object[] {shape, scale}, new String[] {"shape", "scale"},
        new Cons[] {Cons.NON_NEGATIVE, Cons.NON_NEGATIVE});
    return Draws.doubles(p, i -> p.get(1, i) * legacy.standardGamma(p.get(0, i)));
  }

  /** {@code beta(a, b, size)}. */
  public synchronized NDArray beta(Object a, Object b, int[] size) {
    Params p = Draws.params(size, new Object[] {a, b}, new String[] {"a", "b"},
        new Cons[] {Cons.POSITIVE, Cons.POSITIVE});
    return Draws.doubles(p, i -> legacy.beta(p.get(0, i), p.get(1, i)));
  }

  // ------------------------------------------------------------------ discrete

  /** {@code poisson(lam, size)}: PTRS for lam >= 10, multiplication of uniforms below. */
  public synchronized NDArray poisson(Object lam, int[] size) {
    Params p = Draws.params(size, new Object[] {lam}, new String[] {"lam"}, new Cons[] {Cons.POISSON});
    return Draws.longs(p, i -> Distributions.poisson(mt, p.get(0, i)));
  }

  /** {@code binomial(n, p, size)}: BTPE when min(p, 1-p) * n > 30, inversion below. */
  public synchronized NDArray binomial(Object n, Object prob, int[] size) {
    Params p = Draws.params(size, new Object[] {prob, n}, new String[] {"p", "n"},
        new Cons[] {Cons.BOUNDED_0_1, Cons.NON_NEGATIVE});
    return Draws.longs(p, i -> Distributions.binomialNoShortcut(mt, p.get(0, i), (long) p.get(1, i), binomial));
  }

  /**
   * {@code randint(low, high, size, dtype)}: integers in [low, high) ([0, low) when high is null)
   * by masked rejection, 32-bit draws for ranges below 2**32.
   */
  public synchronized NDArray randint(Object low, Object high, int[] size, DType dtype) {
    return BoundedIntegers.draw(mt, true, low, high, size, dtype == null ? DType.INT64 : dtype, false, "randint");
  }

  // ------------------------------------------------------------------ sampling

  /**
   * {@code choice(a, size, replace, p)}: a is an integer (sample arange(a)) or a 1-d array.
   * Without p: randint with replacement, permutation(a)[:size] without. With p: searchsorted in
   * the cdf, redrawing duplicates without replacement.
   */
  public synchronized NDArray choice(Object a, int[] size, boolean replace, Object p) {
    NDArray arr = null;
    long pop;
    if (Seeds.isInteger(a)) {
      pop = ((Number) a).longValue();
      if (pop <= 0 && (size == null || Shapes.size(size) != 0)) {
        throw new ValueError("a must be greater than 0 unless no samples are taken");
      }
    } else {
      arr = Convert.asarray(a, null);
      if (arr.ndim() == 0) {
        if (!arr.dtype().isInteger()) {
          throw new ValueError("a must be 1-dimensional or an integer");
        }
        pop = ((Number) arr.item()).longValue();
        arr = null;
        if (pop <= 0 && (size == null || Shapes.size(size) != 0)) {
          throw new ValueError("a must be greater than 0 unless no samples are taken");
        }
      } else if (arr.ndim() != 1) {
        throw new ValueError("a must be 1-dimensional");
      } else {
        pop = arr.shape(0);
        if (pop == 0 && (size == null || Shapes.size(size) != 0)) {
          throw new ValueError("'a' cannot be empty unless no samples are taken");
        }
      }
    }
    double[] prob = p == null ? null : Sampling.probabilities(p, pop, true);
    int[] shape = Draws.shapeOf(size);
    int n = Shapes.size(shape);
    long[] idx = null;
    NDArray drawn = null;
    if (replace) {
      if (prob != null) {
        double[] cdf = Sampling.cdf(prob);
        idx = new long[n];
        for (int i = 0; i < n; i++) {
          idx[i] = Sampling.searchRight(cdf, mt.nextDouble());
        }
      } else {
        drawn = randint(0L, pop, shape, DType.INT64);
      }
    } else {
      if (n > pop) {
        throw new ValueError("Cannot take a larger sample than population when 'replace=False'");
      }
      if (prob != null) {
        idx = Sampling.withoutReplacement(prob, n, this::uniforms);
      } else {
        idx = java.util.Arrays.copyOf(Sampling.shuffleIndex(mt, (int) pop), n);
      }
    }
    NDArray indices = drawn != null ? drawn : RandomFill.int64(shape, idx);
    if (arr == null) {
      return indices;
    }
    return Sampling.take(arr, indices, 0);
  }

  /** {@code permutation(x)}: a shuffled arange(x) for an integer, else a shuffled copy of x along axis 0. */
  public synchronized NDArray permutation(Object x) {
    if (Seeds.isInteger(x)) {
      long n = ((Number) x).longValue();
      long[] idx = Sampling.shuffleIndex(mt, (int) Math.max(n, 0));
      return RandomFill.int64(new int[] {idx.length}, idx);
    }
    NDArray arr = Convert.asarray(x, null);
    if (arr.ndim() < 1) {
      throw new IndexError("x must be an integer or at least 1-dimensional");
    }
    long[] idx = Sampling.shuffleIndex(mt, arr.shape(0));
    return Sampling.take(arr, idx, new int[] {idx.length}, 0);
  }

  /**
   * {@code shuffle(x)}, functionally: NumPy shuffles x in place along axis 0 and returns None;
   * Numbat's arrays are immutable, so this returns the shuffled copy (the same draws, the same order).
   */
  public synchronized NDArray shuffle(Object x) {
    NDArray arr = Convert.asarray(x, null);
    if (arr.ndim() < 1) {
      throw new TypeError("len() of unsized object");
    }
    long[] idx = Sampling.shuffleIndex(mt, arr.shape(0));
    return Sampling.take(arr, idx, new int[] {idx.length}, 0);
  }
}
