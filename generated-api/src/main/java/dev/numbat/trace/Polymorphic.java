package dev.numbat.trace;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.core.AbstractValue;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A graph valid for every size of the unknown dimensions of a declared input signature (TF's
 * {@code TensorSpec([None, 32])}). The function is traced twice, with the unknown dimensions set
 * to two different sizes {@code a} and {@code b}; the two graphs must be the same but for those
 * sizes: in shapes, in integer arguments (a {@code reshape(x, [n, -1])}) and in constants, which
 * must then be uniform fills of the same value (a gradient's broadcast seed). The graph for any
 * size {@code n} is then one of them with {@code a} replaced by {@code n} wherever the other has
 * {@code b} instead: no third run of the Java code. A function whose graph depends on the size in
 * any other way (a Java {@code if} on a shape, a constant computed from the size) is refused with
 * the first equation where the traces differ.
 */
final class Polymorphic {
  private final Graph ga;
  private final Graph gb;
  private final int a;
  private final Map<Integer, Graph> bySize = new ConcurrentHashMap<>();

  private Polymorphic(Graph ga, Graph gb, int a) {
    this.ga = ga;
    this.gb = gb;
    this.a = a;
  }

  /** Checks that {@code ga} (size a) and {@code gb} (size b) differ only in the size; else TypeError. */
  static Polymorphic of(Graph ga, Graph gb, int a, int b) {
    if (ga.eqns.size() != gb.eqns.size() || ga.inputs.size() != gb.inputs.size()) {
      throw refuse("the traces at sizes " + a + " and " + b + " have different numbers of equations");
    }
    for (int i = 0; i < ga.inputs.size(); i++) {
      same(ga.inputs.get(i), gb.inputs.get(i), a, b, "input " + i);
    }
    for (int k = 0; k < ga.eqns.size(); k++) {
      Graph.Eqn x = ga.eqns.get(k);
      Graph.Eqn y = gb.eqns.get(k);
      String where = "equation " + k + " (" + x.op().name + ")";
      if (x.op() != y.op()) {
        throw refuse(where + " is " + y.op().name + " at size " + b);
      }
      same(x.args(), y.args(), a, b, where);
      same(x.out(), y.out(), a, b, where);
    }
    same(ga.outputs, gb.outputs, a, b, "the result");
    return new Polymorphic(ga, gb, a);
  }

  private static dev.numbat.errors.TypeError refuse(String why) {
    return new dev.numbat.errors.TypeError("the function is not polymorphic in the input signature's unknown "
        + "dimensions: " + why + "; declare those dimensions, or let each size trace");
  }

  private static void same(Object x, Object y, int a, int b, String where) {
    if (x instanceof Graph.Var v && y instanceof Graph.Var w) {
      if (v.id() != w.id() || !avalsMatch(v.aval(), w.aval(), a, b)) {
        throw refuse(where + ": " + v + ":" + v.aval() + " vs " + w + ":" + w.aval());
      }
    } else if (x instanceof Object[] xs && y instanceof Object[] ys && xs.length == ys.length) {
      for (int i = 0; i < xs.length; i++) {
        same(xs[i], ys[i], a, b, where);
      }
    } else if (x instanceof int[] xs && y instanceof int[] ys && xs.length == ys.length) {
      for (int i = 0; i < xs.length; i++) {
        if (xs[i] != ys[i] && !(xs[i] == a && ys[i] == b)) {
          throw refuse(where + ": argument " + Arrays.toString(xs) + " vs " + Arrays.toString(ys));
        }
      }
    } else if (x instanceof NDArray c && y instanceof NDArray d) {
      AbstractValue ca = AbstractValue.of(c);
      AbstractValue da = AbstractValue.of(d);
      if (!avalsMatch(ca, da, a, b)) {
        throw refuse(where + ": constant " + ca + " vs " + da);
      }
      if (!ca.equals(da)) {
        if (uniform(c) == null || uniform(d) == null || !uniform(c).equals(uniform(d))) {
          throw refuse(where + ": a constant of shape " + ca + " whose values depend on the size");
        }
      } else if (c != d && !Np.arrayEqual(c, d, true)) {
        throw refuse(where + ": a constant " + ca + " whose values differ between the traces");
      }
    } else if (!java.util.Objects.equals(x, y)) {
      throw refuse(where + ": argument " + x + " vs " + y);
    }
  }

  private static boolean avalsMatch(AbstractValue x, AbstractValue y, int a, int b) {
    if (x.dtype() != y.dtype() || x.weak() != y.weak() || x.ndim() != y.ndim()) {
      return false;
    }
    int[] s = x.shape();
    int[] t = y.shape();
    for (int i = 0; i < s.length; i++) {
      if (s[i] != t[i] && !(s[i] == a && t[i] == b)) {
        return false;
      }
    }
    return true;
  }

  /** The single value of a constant whose elements are all equal (as a Java object), else null. */
  private static Object uniform(NDArray c) {
    if (c.size() == 0) {
      return null;
    }
    NDArray flat = Np.ravel(c);
    Object first = flat.get(0).item();
    return Np.arrayEqual(c, Np.full(c.shape(), first, c.dtype()), true) ? List.of(first, c.dtype()) : null;
  }

  /** The graph for unknown dimensions of size {@code n}. */
  Graph at(int n) {
    return n == a ? ga : bySize.computeIfAbsent(n, this::instantiate);
  }

  private Graph instantiate(int n) {
    Graph g = new Graph();
    g.vars = ga.vars;
    Map<Integer, Graph.Var> vars = new java.util.HashMap<>();
    for (int i = 0; i < ga.inputs.size(); i++) {
      g.inputs.add((Graph.Var) subst(ga.inputs.get(i), gb.inputs.get(i), n, vars));
    }
    for (int k = 0; k < ga.eqns.size(); k++) {
      Graph.Eqn x = ga.eqns.get(k);
      Graph.Eqn y = gb.eqns.get(k);
      g.eqns.add(new Graph.Eqn(x.op(), (Object[]) subst(x.args(), y.args(), n, vars), subst(x.out(), y.out(), n, vars)));
    }
    g.outputs = subst(ga.outputs, gb.outputs, n, vars);
    return g;
  }

  private Object subst(Object x, Object y, int n, Map<Integer, Graph.Var> vars) {
    if (x instanceof Graph.Var v) {
      return vars.computeIfAbsent(v.id(), id -> new Graph.Var(id, new AbstractValue(v.aval().dtype(),
          dims(v.aval().shape(), ((Graph.Var) y).aval().shape(), n), v.aval().weak())));
    }
    if (x instanceof Object[] xs) {
      Object[] ys = (Object[]) y;
      Object[] r = new Object[xs.length];
      for (int i = 0; i < xs.length; i++) {
        r[i] = subst(xs[i], ys[i], n, vars);
      }
      return r;
    }
    if (x instanceof int[] xs) {
      return dims(xs, (int[]) y, n);
    }
    if (x instanceof NDArray c && y instanceof NDArray d && !Arrays.equals(c.shapeRef(), d.shapeRef())) {
      NDArray f = Np.full(dims(c.shape(), d.shape(), n), Np.ravel(c).get(0).item(), c.dtype());
      return c.isWeak() ? f.asWeak() : f;
    }
    return x;
  }

  private static int[] dims(int[] s, int[] t, int n) {
    int[] r = s.clone();
    for (int i = 0; i < r.length; i++) {
      if (s[i] != t[i]) {
        r[i] = n;
      }
    }
    return r;
  }

  /** Two sizes for the unknown dimensions that no declared dimension has (so each is recognisable). */
  static int[] probeSizes(List<int[]> declared) {
    int[] candidates = {13, 17, 19, 23, 29, 31, 37, 41, 43, 47};
    int[] out = new int[2];
    int found = 0;
    for (int c : candidates) {
      boolean clash = false;
      for (int[] s : declared) {
        for (int d : s) {
          clash |= d == c;
        }
      }
      if (!clash) {
        out[found++] = c;
        if (found == 2) {
          return out;
        }
      }
    }
    throw new IllegalStateException("no probe sizes");
  }
}
