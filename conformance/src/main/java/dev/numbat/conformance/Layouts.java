package dev.numbat.conformance;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.ops.OpTable;
import dev.numbat.processor.OpSpec;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input layouts (the {@code layout:OP} rows): a few of each ufunc's, reduction's and shape op's
 * generated cases again, with every array argument given as a view that holds the same values
 * (transposed, {@code x[::-1, ..., ::2]} of a larger array, a slice at an offset) or as a
 * broadcast view ({@code broadcast_to} of its first row), and with one argument at a time replaced
 * by a 0-d view or an empty slice of itself. The kernels must read strides, offsets and zero
 * strides as NumPy does; NumPy builds the same views from the same bases
 * ({@code _numbat_layout} in the worker), so its answer is the view's own.
 */
final class Layouts {
  private Layouts() {}

  /** Cases per layout per op (spread over the op's cases). */
  private static final int PER_LAYOUT = 2;

  /** The layouts whose views keep the values: the worker's names for them. */
  private static final List<String> VIEWS = List.of("T", "rev", "off", "bcast");

  /** Whether the op is a ufunc, a reduction or a shape op (shape.yaml, joining.yaml). */
  static boolean covers(OpSpec spec) {
    String f = spec.file() == null ? "" : spec.file().replace('\\', '/');
    return spec.kind() == OpSpec.Kind.UFUNC || spec.kind() == OpSpec.Kind.REDUCTION
        || f.endsWith("/shape.yaml") || f.endsWith("/joining.yaml") || f.equals("shape.yaml")
        || f.equals("joining.yaml");
  }

  /**
   * The layout cases derived from an op's runnable cases: its generated spec cases (not literal
   * ones: their Python arguments are not the Java arrays) and suite cases that name their
   * {@link Case#layoutJargs}.
   */
  static List<Case> cases(String name, List<Case> runnable) {
    List<Case> usable = new ArrayList<>();
    for (Case c : runnable) {
      if (jargs(c) != null && arrays(c) != null) {
        usable.add(c);
      }
    }
    List<Case> out = new ArrayList<>();
    for (String layout : VIEWS) {
      List<Case> fit = new ArrayList<>();
      for (Case c : usable) {
        if (arrays(c).stream().anyMatch(x -> applies(layout, x))) {
          fit.add(c);
        }
      }
      for (Case c : spread(fit)) {
        out.add(view(name, c, layout));
      }
    }
    int positions = 0;
    for (Case c : usable) {
      positions = Math.max(positions, arrays(c).size());
    }
    for (int i = 0; i < positions; i++) {
      for (String kind : List.of("0-d", "empty")) {
        List<Case> fit = new ArrayList<>();
        for (Case c : usable) {
          List<NDArray> a = arrays(c);
          if (i < a.size() && a.get(i).size() > 0 && (kind.equals("empty") || a.get(i).ndim() > 0)) {
            fit.add(c);
          }
        }
        for (Case c : spread(fit)) {
          out.add(replaced(name, c, i, kind));
        }
      }
    }
    return out;
  }

  /** PER_LAYOUT cases from a third and two thirds of the way (the dtypes and shapes vary along). */
  private static List<Case> spread(List<Case> fit) {
    List<Case> r = new ArrayList<>();
    for (int k = 1; k <= PER_LAYOUT && k <= fit.size(); k++) {
      Case c = fit.get(fit.size() * k / (PER_LAYOUT + 1));
      if (!r.contains(c)) {
        r.add(c);
      }
    }
    return r;
  }

  private static boolean applies(String layout, NDArray x) {
    return switch (layout) {
      case "T" -> x.ndim() >= 2 && x.size() > 0;
      default -> x.ndim() >= 1 && x.size() > 0;
    };
  }

  /**
   * The case's arrays in the order the worker meets them (positional arguments, then keywords,
   * into lists), when each is also a Java argument (a generated case); else null.
   */
  private static List<NDArray> arrays(Case c) {
    List<NDArray> py = new ArrayList<>();
    walk(c.pyArgs, py);
    walk(c.pyKw, py);
    List<NDArray> java = new ArrayList<>();
    for (Object a : jargs(c)) {
      if (a instanceof CaseGenerator.Lazy) {
        return null;
      }
      walk(a, java);
    }
    Map<NDArray, Boolean> inJava = new IdentityHashMap<>();
    for (NDArray x : java) {
      inJava.put(x, true);
    }
    for (NDArray x : py) {
      if (!inJava.containsKey(x)) {
        return null;
      }
    }
    return py.isEmpty() ? null : py;
  }

  /** The Java arguments of the op call a case makes, or null (a suite case without them). */
  private static Object[] jargs(Case c) {
    return c.numbat == null ? c.jargs : c.layoutJargs;
  }

  private static void walk(Object v, List<NDArray> out) {
    switch (v) {
      case NDArray x -> out.add(x);
      case List<?> l -> l.forEach(e -> walk(e, out));
      case Object[] a -> {
        for (Object e : a) {
          walk(e, out);
        }
      }
      case Map<?, ?> m -> m.values().forEach(e -> walk(e, out));
      case null, default -> { }
    }
  }

  /** One array's stand-in: the view Numbat gets, the base NumPy gets, and the worker's view of it. */
  private record Sub(NDArray java, NDArray py, String op) {}

  private static Case view(String op, Case c, String layout) {
    Map<NDArray, Sub> subs = new IdentityHashMap<>();
    List<String> ops = new ArrayList<>();
    for (NDArray x : arrays(c)) {
      Sub s = subs.computeIfAbsent(x, a -> applies(layout, a) ? build(layout, a) : new Sub(a, a, "None"));
      ops.add(s.op());
    }
    String ref = "_numbat_layout([" + String.join(", ", ops) + "], " + c.ref + ")";
    return derived(op, c, layout, ref, subs);
  }

  private static Sub build(String layout, NDArray x) {
    int nd = x.ndim();
    switch (layout) {
      case "T" -> {
        NDArray base = Np.ascontiguousarray(x.T());
        return new Sub(base.T(), base, "'T'");
      }
      case "rev" -> {
        // base[::-1, ..., ::2] (1-d: base[::-2]) is x: flip axis 0, then every element twice on the last
        NDArray base = Np.ascontiguousarray(Np.repeat(Np.flip(x, 0), 2L, nd - 1));
        return new Sub(base.get(nd == 1 ? "::-2" : "::-1, ..., ::2"), base, "'rev'");
      }
      case "off" -> {
        // base[1:, 1:, ...] is x: one extra leading row on every axis
        NDArray base = x;
        for (int k = 0; k < nd; k++) {
          base = Np.concatenate(new Object[] {base.get(slice(k, nd, "0:1")), base}, k);
        }
        base = Np.ascontiguousarray(base);
        return new Sub(base.get(String.join(", ", java.util.Collections.nCopies(nd, "1:"))), base, "'off'");
      }
      default -> {
        // broadcast_to(x[:1], x.shape): zero stride on axis 0 (other values than x's: NumPy says)
        NDArray base = Np.ascontiguousarray(x.get("0:1"));
        return new Sub(Np.broadcastTo(base, x.shapeRef()), base, "('b', " + Py.repr(x.shapeRef()) + ")");
      }
    }
  }

  /** An index taking {@code part} on axis k and everything elsewhere. */
  private static String slice(int k, int nd, String part) {
    List<String> p = new ArrayList<>(java.util.Collections.nCopies(nd, ":"));
    p.set(k, part);
    return String.join(", ", p);
  }

  private static Case replaced(String op, Case c, int position, String kind) {
    NDArray x = arrays(c).get(position);
    // a 0-d view of the first element, or an empty slice (of a 0-d array: of its ravel)
    NDArray y;
    if (kind.equals("0-d")) {
      y = x;
      for (int k = 0; k < x.ndim(); k++) {
        y = y.get(0L);
      }
    } else if (x.ndim() >= 2) {
      // zero-size and not contiguous: the transpose's empty slice, transposed back (x's shape, last axis 0)
      y = x.T().get("0:0").T();
    } else {
      y = (x.ndim() == 0 ? Np.reshape(x, 1) : x).get("0:0");
    }
    Map<NDArray, Sub> subs = new IdentityHashMap<>();
    subs.put(x, new Sub(y, y, "None"));
    return derived(op, c, kind + "@" + position, c.ref, subs);
  }

  private static Case derived(String op, Case c, String layout, String ref, Map<NDArray, Sub> subs) {
    List<Object> py = new ArrayList<>();
    for (Object a : c.pyArgs) {
      py.add(replace(a, subs, false));
    }
    Map<String, Object> kw = new LinkedHashMap<>();
    c.pyKw.forEach((k, v) -> kw.put(k, replace(v, subs, false)));
    Object[] from = jargs(c);
    Object[] jargs = new Object[from.length];
    for (int i = 0; i < jargs.length; i++) {
      jargs[i] = replace(from[i], subs, true);
    }
    return Case.of("layout:" + op, "[" + layout + "] " + c.label, ref, py, kw, c.tol, () -> OpTable.invoke(op, jargs));
  }

  private static Object replace(Object v, Map<NDArray, Sub> subs, boolean java) {
    switch (v) {
      case NDArray x -> {
        Sub s = subs.get(x);
        return s == null ? x : java ? s.java() : s.py();
      }
      case List<?> l -> {
        List<Object> r = new ArrayList<>();
        for (Object e : l) {
          r.add(replace(e, subs, java));
        }
        return r;
      }
      case NDArray[] a -> {
        NDArray[] r = new NDArray[a.length];
        for (int i = 0; i < a.length; i++) {
          r[i] = (NDArray) replace(a[i], subs, java);
        }
        return r;
      }
      case Object[] a -> {
        Object[] r = new Object[a.length];
        for (int i = 0; i < a.length; i++) {
          r[i] = replace(a[i], subs, java);
        }
        return r;
      }
      case Map<?, ?> m -> {
        Map<Object, Object> r = new LinkedHashMap<>();
        m.forEach((k, e) -> r.put(k, replace(e, subs, java)));
        return r;
      }
      case null, default -> {
        return v;
      }
    }
  }
}
