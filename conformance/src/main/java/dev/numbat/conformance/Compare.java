package dev.numbat.conformance;

import dev.numbat.Complex;
import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.backend.cpu.Copy;
import dev.numbat.backend.cpu.Storage;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Numbat's result against NumPy's: same dtype and shape exactly, values within the tolerance
 * ({@code |got - want| <= tol + tol * |want|}, NumPy's allclose with atol = rtol = tol; exact
 * when tol is 0), NaN equal to NaN, infinities equal only to the same infinity. Complex values
 * compare each part, scaled by the modulus of the expected value.
 */
public final class Compare {
  private Compare() {}

  /** null when {@code got} matches {@code want}; else what differs. */
  public static String check(Object want, Object got, Tolerance tol) {
    if (want instanceof Py.Array a) {
      return array(a, got, tol);
    }
    if (want == null) {
      return got == null ? null : "NumPy returned None, Numbat " + describe(got);
    }
    if (want instanceof Boolean || want instanceof Long || want instanceof BigInteger || want instanceof Double
        || want instanceof Complex) {
      return pyScalar(want, got, tol);
    }
    if (want instanceof Py.Tuple || want instanceof List<?>) {
      List<?> w = want instanceof Py.Tuple t ? t.items() : (List<?>) want;
      List<?> g = asList(got);
      if (g == null) {
        return "NumPy returned a " + (want instanceof Py.Tuple ? "tuple" : "list") + " of " + w.size()
            + ", Numbat " + describe(got);
      }
      if (g.size() != w.size()) {
        return "NumPy returned " + w.size() + " items, Numbat " + g.size();
      }
      for (int i = 0; i < w.size(); i++) {
        String m = check(w.get(i), g.get(i), tol);
        if (m != null) {
          return "item " + i + ": " + m;
        }
      }
      return null;
    }
    if (want instanceof String s) {
      return s.equals(got) ? null : "NumPy returned '" + s + "', Numbat " + describe(got);
    }
    if (want instanceof Py.Name n) {
      return got instanceof DType d && d.name().equals(n.name()) ? null
          : "NumPy returned dtype " + n.name() + ", Numbat " + describe(got);
    }
    if (want instanceof Py.Obj o) {
      return object(o, got, tol);
    }
    if (want instanceof Py.Opaque o) {
      return "NumPy returned a value the matrix cannot compare: " + o.repr();
    }
    return "NumPy returned an unexpected " + want.getClass().getSimpleName();
  }

  /**
   * An object NumPy returned (np.finfo(...)) against Numbat's: each plain attribute against the
   * Java accessor of the same name ({@code smallest_normal} or {@code smallestNormal()}), numbers
   * by value (a NumPy scalar within its dtype's tolerance; a Python int exactly, uint64's as its
   * bits). Numeric, bool and dtype attributes must exist in Java; strings are compared when they do.
   */
  private static String object(Py.Obj want, Object got, Tolerance tol) {
    if (got == null || got instanceof NDArray) {
      return "NumPy returned a " + want.type() + " object, Numbat " + describe(got);
    }
    for (Map.Entry<String, Object> e : want.attrs().entrySet()) {
      Object w = e.getValue();
      java.lang.reflect.Method m = accessor(got.getClass(), e.getKey());
      if (m == null) {
        if (w instanceof String) {
          continue;
        }
        return "Numbat's " + got.getClass().getSimpleName() + " has no " + e.getKey() + " (NumPy's " + want.type()
            + "." + e.getKey() + " = " + show(w) + ")";
      }
      Object g;
      try {
        g = m.invoke(got);
      } catch (ReflectiveOperationException ex) {
        return "Numbat's " + got.getClass().getSimpleName() + "." + m.getName() + "() failed: " + ex.getCause();
      }
      String d = attribute(w, g, tol);
      if (d != null) {
        return want.type() + "." + e.getKey() + ": " + d;
      }
    }
    return null;
  }

  private static java.lang.reflect.Method accessor(Class<?> c, String name) {
    String camel = dev.numbat.processor.OpSpec.camel(name);
    for (String n : List.of(name, camel)) {
      try {
        java.lang.reflect.Method m = c.getMethod(n);
        if (m.getReturnType() != void.class) {
          return m;
        }
      } catch (NoSuchMethodException ignored) {
        // try the next spelling
      }
    }
    return null;
  }

  private static String attribute(Object w, Object g, Tolerance tol) {
    if (w instanceof Py.Array a && a.shape().length == 0 && (g instanceof Number || g instanceof Boolean)) {
      NDArray x = toArray(a);
      if (g instanceof Boolean b) {
        return x.dtype().isBool() && b == (Boolean) x.item() ? null : "NumPy " + x.item() + ", Numbat " + g;
      }
      double t = tol.of(x.dtype().name());
      double wv = ((Number) (x.dtype().isBool() ? (Object) ((Boolean) x.item() ? 1 : 0) : x.item())).doubleValue();
      return close(wv, ((Number) g).doubleValue(), t, Math.abs(wv)) ? null : "NumPy " + x.item() + ", Numbat " + g;
    }
    if ((w instanceof Long || w instanceof BigInteger) && (g instanceof Long || g instanceof Integer
        || g instanceof Short || g instanceof Byte || g instanceof BigInteger)) {
      BigInteger a = w instanceof BigInteger b ? b : BigInteger.valueOf((Long) w);
      BigInteger b = g instanceof BigInteger x ? x : BigInteger.valueOf(((Number) g).longValue());
      boolean bits = a.signum() >= 0 && a.bitLength() == 64 && b.longValue() == a.longValue();
      return a.equals(b) || bits ? null : "NumPy " + a + ", Numbat " + b;
    }
    if (w instanceof Double d && g instanceof Number n) {
      return close(d, n.doubleValue(), tol.of("float64"), Math.abs(d)) ? null : "NumPy " + d + ", Numbat " + g;
    }
    if (w instanceof String s) {
      return s.equals(String.valueOf(g)) ? null : "NumPy '" + s + "', Numbat '" + g + "'";
    }
    return check(w, g, tol);
  }

  private static List<?> asList(Object got) {
    if (got instanceof List<?> l) {
      return l;
    }
    if (got instanceof Object[] a) {
      return Arrays.asList(a);
    }
    if (got instanceof int[] a) {
      return Arrays.stream(a).mapToObj(x -> (Object) (long) x).toList();
    }
    if (got instanceof long[] a) {
      return Arrays.stream(a).mapToObj(x -> (Object) x).toList();
    }
    return null;
  }

  private static String pyScalar(Object want, Object got, Tolerance tol) {
    NDArray g;
    if (got instanceof NDArray x) {
      if (x.ndim() != 0) {
        return "NumPy returned the Python scalar " + Py.repr(want) + ", Numbat an array of shape " + Py.repr(x.shapeRef());
      }
      g = x;
    } else if (got instanceof Boolean || got instanceof Number || got instanceof Complex) {
      g = Convert.asarray(got instanceof Integer i ? (Object) (long) i : got instanceof Float f ? (Object) (double) f : got, null);
    } else {
      return "NumPy returned " + Py.repr(want) + ", Numbat " + describe(got);
    }
    NDArray w = Convert.asarray(want, null);
    boolean kindOk = switch (w.dtype().kind()) {
      case 'b' -> g.dtype().isBool();
      case 'i', 'u' -> g.dtype().isInteger();
      case 'f' -> g.dtype().isFloat();
      default -> g.dtype().isComplex();
    };
    if (!kindOk) {
      return "NumPy returned the Python " + w.dtype().name() + " " + Py.repr(want) + ", Numbat " + describe(got);
    }
    return values(w, Copy.contiguous(g.strong()), tol.of(g.dtype().name()), g.dtype());
  }

  private static String array(Py.Array want, Object got, Tolerance tol) {
    NDArray w;
    try {
      w = toArray(want);
    } catch (RuntimeException e) {
      return "NumPy returned dtype " + want.dtype() + ", which Numbat does not have";
    }
    NDArray g;
    if (got instanceof NDArray x) {
      g = x;
    } else if (got instanceof Boolean || got instanceof Long || got instanceof Double || got instanceof Complex) {
      g = Convert.asarray(got, null);
    } else {
      return "NumPy returned " + w.dtype().name() + Py.repr(w.shapeRef()) + " array, Numbat " + describe(got);
    }
    if (g.dtype() != w.dtype()) {
      return "dtype: NumPy " + w.dtype().name() + ", Numbat " + g.dtype().name();
    }
    if (!Arrays.equals(g.shapeRef(), w.shapeRef())) {
      return "shape: NumPy " + Py.repr(w.shapeRef()) + ", Numbat " + Py.repr(g.shapeRef());
    }
    return values(w, Copy.contiguous(g.strong()), tol.of(w.dtype().name()), w.dtype());
  }

  /** NumPy's array (little-endian bytes) as a Numbat array. */
  public static NDArray toArray(Py.Array a) {
    DType d = DType.of(a.dtype());
    if (!d.name().equals(a.dtype())) {
      throw new IllegalArgumentException("dtype " + a.dtype());
    }
    NDArray x = NDArray.allocate(d, a.shape());
    ByteBuffer b = ByteBuffer.wrap(a.data()).order(ByteOrder.LITTLE_ENDIAN);
    switch (x.data()) {
      case byte[] s -> b.get(s);
      case short[] s -> b.asShortBuffer().get(s);
      case int[] s -> b.asIntBuffer().get(s);
      case long[] s -> b.asLongBuffer().get(s);
      case float[] s -> b.asFloatBuffer().get(s);
      case double[] s -> b.asDoubleBuffer().get(s);
      default -> throw new IllegalStateException();
    }
    return x;
  }

  /** Element-wise comparison of two C-contiguous arrays of the same size, dtype {@code d}. */
  static String values(NDArray want, NDArray got, double tol, DType d) {
    int n = want.size();
    Object wd = want.data();
    Object gd = got.data();
    int go = got.offset();
    int bad = 0;
    StringBuilder first = new StringBuilder();
    DType gt = got.dtype();
    for (int i = 0; i < n; i++) {
      boolean ok;
      String wv;
      String gv;
      if ((d.isBool() || d.isInteger()) && tol == 0) {
        long a = Storage.getLong(wd, want.dtype(), i);
        long b = Storage.getLong(gd, gt, go + i);
        ok = d.isBool() ? (a != 0) == (b != 0) : a == b;
        wv = d == DType.UINT64 ? Long.toUnsignedString(a) : String.valueOf(a);
        gv = d == DType.UINT64 ? Long.toUnsignedString(b) : String.valueOf(b);
      } else if (d.isComplex()) {
        double wr = Storage.getDouble(wd, want.dtype(), i);
        double wi = Storage.getImag(wd, want.dtype(), i);
        double gr = Storage.getDouble(gd, gt, go + i);
        double gi = Storage.getImag(gd, gt, go + i);
        double scale = Math.hypot(wr, wi);
        if (!Double.isFinite(scale)) {
          // a NaN or infinite part: the other part still compares on its own magnitude
          scale = Math.max(Double.isFinite(wr) ? Math.abs(wr) : 0, Double.isFinite(wi) ? Math.abs(wi) : 0);
        }
        ok = close(wr, gr, tol, scale) && close(wi, gi, tol, scale);
        wv = "(" + wr + (wi < 0 || Double.isNaN(wi) ? "" : "+") + wi + "j)";
        gv = "(" + gr + (gi < 0 || Double.isNaN(gi) ? "" : "+") + gi + "j)";
      } else {
        double a = Storage.getDouble(wd, want.dtype(), i);
        double b = Storage.getDouble(gd, gt, go + i);
        ok = close(a, b, tol, Math.abs(a));
        wv = String.valueOf(a);
        gv = String.valueOf(b);
      }
      if (!ok) {
        if (bad < 4) {
          first.append(bad == 0 ? "" : "; ").append("[").append(i).append("] NumPy ").append(wv)
              .append(" Numbat ").append(gv);
        }
        bad++;
      }
    }
    if (bad == 0) {
      return null;
    }
    return bad + " of " + n + " values differ (tol " + tol + "): " + first;
  }

  /** NumPy's allclose test for one value, with NaN == NaN and exact infinities. */
  public static boolean close(double want, double got, double tol, double scale) {
    if (Double.isNaN(want) || Double.isNaN(got)) {
      return Double.isNaN(want) && Double.isNaN(got);
    }
    if (Double.isInfinite(want) || Double.isInfinite(got)) {
      return want == got;
    }
    if (tol == 0) {
      return want == got;
    }
    return Math.abs(want - got) <= tol + tol * scale;
  }

  /** Short text of a Numbat result for messages. */
  public static String describe(Object got) {
    if (got == null) {
      return "returned null";
    }
    if (got instanceof NDArray x) {
      return "returned " + x.dtype().name() + Py.repr(x.shapeRef()) + (x.isWeak() ? " (weak)" : "") + " array";
    }
    return "returned " + got.getClass().getSimpleName() + " " + abbreviate(String.valueOf(got), 200);
  }

  static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "...";
  }

  /** A result as text for failure details: NumPy-style repr for arrays. */
  public static String show(Object v) {
    try {
      if (v instanceof Py.Array a) {
        try {
          return abbreviate(toArray(a).toString(), 1500) + (a.scalar() ? "  (NumPy scalar)" : "");
        } catch (RuntimeException e) {
          return "array of dtype " + a.dtype() + Py.repr(a.shape());
        }
      }
      if (v instanceof Py.Obj o) {
        return o.repr() + "  " + abbreviate(String.valueOf(o.attrs().keySet()), 300);
      }
      if (v instanceof Py.Error e) {
        return e.type() + ": " + e.message() + "  (MRO " + e.mro() + ")";
      }
      if (v instanceof Throwable t) {
        return t.getClass().getName() + ": " + t.getMessage();
      }
      if (v instanceof Object[] a) {
        StringBuilder b = new StringBuilder("[");
        for (Object o : a) {
          b.append(b.length() == 1 ? "" : ", ").append(show(o));
        }
        return b.append(']').toString();
      }
      if (v instanceof List<?> l) {
        StringBuilder b = new StringBuilder(v instanceof Py.Tuple ? "(" : "[");
        for (Object o : l) {
          b.append(b.length() == 1 ? "" : ", ").append(show(o));
        }
        return b.append(']').toString();
      }
      if (v instanceof Py.Tuple t) {
        return show(t.items());
      }
      return abbreviate(v instanceof NDArray ? v.toString() : Py.repr(v), 1500);
    } catch (RuntimeException e) {
      return String.valueOf(v) + " (repr failed: " + e + ")";
    }
  }
}
