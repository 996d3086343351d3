package dev.numbat.random;

import dev.numbat.NDArray;
import dev.numbat.errors.TypeError;
import java.math.BigInteger;
import java.util.List;

/** Seeds given as Java values: the integers of an array-like seed ({@code int[]}, {@code long[]}, a List, an NDArray). */
final class Seeds {
  private Seeds() {}

  /** The integers of an array-like seed; {@code typeError} when it is not one of integers. */
  static long[] integers(Object seed, String typeError) {
    if (seed instanceof int[] a) {
      long[] out = new long[a.length];
      for (int i = 0; i < a.length; i++) {
        out[i] = a[i];
      }
      return out;
    }
    if (seed instanceof long[] a) {
      return a.clone();
    }
    if (seed instanceof List<?> l) {
      long[] out = new long[l.size()];
      for (int i = 0; i < out.length; i++) {
        Object o = l.get(i);
        if (!(o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte)) {
          throw new TypeError(typeError);
        }
        out[i] = ((Number) o).longValue();
      }
      return out;
    }
    if (seed instanceof NDArray x) {
      if (!x.dtype().isInteger() && !x.dtype().isBool()) {
        throw new TypeError("Cannot cast array data from dtype('" + x.dtype().name()
            + "') to dtype('int64') according to the rule 'safe'");
      }
      // int64 values in C order (uint64 as its bits, bool as 0/1)
      return dev.numbat.backend.cpu.Export.toLongArray(x);
    }
    throw new TypeError(typeError);
  }

  /** True for a Java integer type (BigInteger included). */
  static boolean isInteger(Object o) {
    return o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte
        || o instanceof BigInteger;
  }
}
