package dev.numbat.conformance.suites;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.conformance.Inputs;
import dev.numbat.indexing.Slice;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Random NumPy indices for the indexing tables, each rendered three ways: the Python subscript
 * NumPy evaluates ({@code 1, None, 1:3, a[0]} with index arrays passed as {@code a}), the typed
 * Java components {@code NDArray.get(Object...)} takes, and the string form with {@code {}}
 * placeholders. Index arrays appear in Java as NDArrays, {@code int[]}/{@code long[]}/
 * {@code boolean[]}, Lists, placeholders or inline literals, so every entry path is exercised.
 */
final class IndexGen {
  /** One index in its three forms. */
  static final class Index {
    final List<String> py = new ArrayList<>();
    final List<Object> typed = new ArrayList<>();
    final List<String> str = new ArrayList<>();
    final List<Object> strArgs = new ArrayList<>();
    /** The arrays the Python text names a[0], a[1], ... */
    final List<NDArray> arrays = new ArrayList<>();
    /** True when the string form cannot express the index (a float scalar): typed form only. */
    boolean typedOnly;

    String pyText() {
      return py.isEmpty() ? "()" : String.join(", ", py);
    }

    String strText() {
      return String.join(", ", str);
    }

    void add(String p, Object t, String s, Object sArg) {
      py.add(p);
      typed.add(t);
      str.add(s);
      if (sArg != NO_ARG) {
        strArgs.add(sArg);
      }
    }
  }

  static final Object NO_ARG = new Object();

  private final Random r;
  private final SplittableRandom values;

  IndexGen(Random r) {
    this.r = r;
    this.values = new SplittableRandom(r.nextLong());
  }

  void integer(Index ix, long v) {
    Object t = r.nextBoolean() ? (Object) (int) v : (Object) v;
    ix.add(Long.toString(v), t, Long.toString(v), NO_ARG);
  }

  /** An integer valid on an axis of length n (any integer when n is 0: NumPy's error then). */
  long validInt(int n) {
    if (n == 0) {
      return r.nextInt(3) - 1;
    }
    return r.nextInt(2 * n) - n;
  }

  void slice(Index ix, int n) {
    Integer start = r.nextInt(10) < 3 ? null : r.nextInt(2 * n + 7) - n - 3;
    Integer stop = r.nextInt(10) < 3 ? null : r.nextInt(2 * n + 7) - n - 3;
    int[] steps = {1, 2, 3, -1, -2, -3, 5};
    Integer step = r.nextInt(10) < 4 ? null : steps[r.nextInt(steps.length)];
    fullOrSlice(ix, new Slice(start, stop, step));
  }

  void fullSlice(Index ix) {
    fullOrSlice(ix, new Slice(null, null, null));
  }

  private void fullOrSlice(Index ix, Slice s) {
    String text = s.toString();
    Object typed = s.start() == null && s.stop() == null && s.step() == null && r.nextBoolean() ? Np.slice()
        : Np.slice(s.start(), s.stop(), s.step());
    if (r.nextInt(8) == 0 && s.start() != null) {
      // a placeholder inside a slice bound
      ix.add(text, typed, "{}" + text.substring(String.valueOf(s.start()).length()), s.start());
    } else {
      ix.add(text, typed, text, NO_ARG);
    }
  }

  void newaxis(Index ix) {
    int k = r.nextInt(3);
    ix.add("None", k == 0 ? null : Np.newaxis, k == 1 ? "newaxis" : k == 2 ? "np.newaxis" : "None", NO_ARG);
  }

  void ellipsis(Index ix) {
    ix.add("...", Np.ellipsis, "...", NO_ARG);
  }

  /** An integer index array of {@code shape} with values valid on an axis of length n (repeats likely). */
  void intArray(Index ix, int[] shape, int n) {
    DType[] dts = {DType.INT64, DType.INT32, DType.INT16, DType.UINT8, DType.INT8, DType.UINT64};
    DType dt = dts[r.nextInt(dts.length)];
    NDArray a = NDArray.allocate(DType.INT64, shape);
    long[] d = (long[]) a.data();
    for (int i = 0; i < d.length; i++) {
      d[i] = validInt(n);
      if (dt.isUnsigned() && d[i] < 0) {
        d[i] = Math.max(0, d[i] + n);
      }
    }
    array(ix, dt == DType.INT64 ? a : a.astype(dt), false);
  }

  /** A random boolean mask of {@code shape}. */
  void boolArray(Index ix, int[] shape) {
    NDArray m = Inputs.array(new Inputs.Gen("bool", 0, 0), DType.BOOL, shape, values, 0);
    array(ix, m, true);
  }

  /** An index array in one of its Java forms. */
  void array(Index ix, NDArray a, boolean bool) {
    String name = "a[" + ix.arrays.size() + "]";
    ix.arrays.add(a);
    Object typed;
    int form = r.nextInt(5);
    if (a.ndim() == 1 && form == 1) {
      typed = bool ? a.toBooleanArray() : r.nextBoolean() ? a.toIntArray() : a.toLongArray();
    } else if (a.ndim() >= 1 && a.size() > 0 && form == 2) {
      // (an empty List cannot say it holds booleans: NumPy too makes [] an integer index)
      typed = a.tolist();
    } else {
      typed = a;
    }
    if (a.ndim() == 1 && a.size() > 0 && a.size() <= 6 && r.nextInt(3) == 0 && !a.dtype().isUnsigned()) {
      ix.add(name, typed, literal(a, bool), NO_ARG);
    } else {
      ix.add(name, typed, "{}", typed);
    }
  }

  private static String literal(NDArray a, boolean bool) {
    StringBuilder b = new StringBuilder("[");
    for (Object o : (List<?>) a.tolist()) {
      b.append(b.length() == 1 ? "" : ", ");
      b.append(bool ? ((Boolean) o ? "True" : "False") : o.toString());
    }
    return b.append(']').toString();
  }

  /** A 0-d boolean index (Java Boolean, or a 0-d bool NDArray). */
  void boolScalar(Index ix) {
    boolean v = r.nextInt(3) > 0;
    if (r.nextBoolean()) {
      ix.add(v ? "True" : "False", v, v ? "True" : "False", NO_ARG);
    } else {
      NDArray a = Np.asarray(v);
      String name = "a[" + ix.arrays.size() + "]";
      ix.arrays.add(a);
      ix.add(name, a, "{}", a);
    }
  }

  /** A float index array: NumPy's "arrays used as indices must be of integer (or boolean) type". */
  void floatArray(Index ix) {
    NDArray a = Np.asarray(new double[] {0, 1});
    String name = "a[" + ix.arrays.size() + "]";
    ix.arrays.add(a);
    Object typed = r.nextBoolean() ? a : new double[] {0, 1};
    ix.add(name, typed, "{}", typed);
  }

  /** A float scalar index (typed form only: the string form has no float syntax). */
  void floatScalar(Index ix) {
    ix.add("1.0", 1.0, "1.0", NO_ARG);
    ix.typedOnly = true;
  }

  int[] arrayShape() {
    return switch (r.nextInt(6)) {
      case 0 -> new int[] {r.nextInt(4)};
      case 1 -> new int[] {2, r.nextInt(3) + 1};
      case 2 -> new int[] {1};
      case 3 -> new int[] {};
      default -> new int[] {r.nextInt(3) + 1};
    };
  }
}
