package dev.numbat.trace;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.backend.cpu.Cast;
import dev.numbat.backend.cpu.FusedLoop;
import dev.numbat.backend.cpu.Scalars;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.backend.cpu.Ufunc;
import dev.numbat.core.AbstractValue;
import dev.numbat.core.ReductionOp;
import dev.numbat.core.UfuncOp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Element-wise fusion (XLA's loop fusion, on our 1-d kernels): consecutive element-wise
 * equations with the same result shape become one {@link Program.Region}, run block by block by
 * {@link FusedLoop}; operands of other shapes broadcast into it. A full reduction ({@code sum},
 * {@code prod}, {@code max}, {@code min} over every axis) of a value of the region is fused as its
 * tail, so {@code sum(square(p - y))} reads {@code p} and {@code y} once and writes one number.
 *
 * <p>The region keeps the eager loop choice of every equation (NumPy's loop search on the
 * operands' dtypes and weak flags, with the same casts), so a fused value is the eager value bit
 * for bit. An equation is left alone when it would need a per-call check the eager path makes
 * (a weak scalar argument cast to an integer loop: NEP 50's overflow check).
 *
 * <p>Scheduling: equations are visited in trace order with one open region; an equation of
 * another shape closes it, and an unfused equation that reads one of its values closes it before
 * itself. Unfused equations that do not read it run before it, which keeps every value defined
 * before it is read.
 */
final class Fusion {
  private Fusion() {}

  /** Whether fusion runs ({@code -Dnumbat.fusion=false} turns it off, for comparisons). */
  static final boolean ENABLED = !"false".equals(System.getProperty("numbat.fusion"));

  static Program compile(Graph g) {
    Map<Graph.Var, Integer> uses = new HashMap<>();
    for (Graph.Eqn e : g.eqns) {
      count(e.args(), uses);
    }
    count(g.outputs, uses);
    List<Program.Node> nodes = new ArrayList<>();
    Open open = null;
    for (Graph.Eqn e : g.eqns) {
      if (ENABLED && fusible(e)) {
        int[] shape = ((Graph.Var) e.out()).aval().shape();
        if (open != null && !Arrays.equals(open.shape, shape)) {
          open.close(nodes, uses);
          open = null;
        }
        if (open == null) {
          open = new Open(shape);
        }
        open.add(e);
        continue;
      }
      if (open != null && ENABLED && open.reducible(e, uses)) {
        open.reduce(e);
        open.close(nodes, uses);
        open = null;
        continue;
      }
      if (open != null && open.isReadBy(e.args())) {
        open.close(nodes, uses);
        open = null;
      }
      nodes.add(new Program.Apply(e));
    }
    if (open != null) {
      open.close(nodes, uses);
    }
    return new Program(g, nodes);
  }

  private static void count(Object t, Map<Graph.Var, Integer> uses) {
    if (t instanceof Graph.Var v) {
      uses.merge(v, 1, Integer::sum);
    } else if (t instanceof Object[] xs) {
      for (Object x : xs) {
        count(x, uses);
      }
    }
  }

  /**
   * {@code astype(x, dtype, copy)} of a strong traced array to another named dtype: a cast step of
   * the region. A same-dtype astype is a copy, not a step (a region value must be computed by one).
   */
  private static boolean isCast(Graph.Eqn e) {
    return e.op().name.equals("astype") && e.args().length == 3 && e.args()[0] instanceof Graph.Var x
        && !x.aval().weak() && e.args()[1] instanceof DType d && e.out() instanceof Graph.Var out
        && out.aval().dtype() == d && x.aval().dtype() != d;
  }

  /** A ufunc equation with one array result whose loop the region can run as eager does, or a cast. */
  private static boolean fusible(Graph.Eqn e) {
    if (isCast(e)) {
      return true;
    }
    if (!(e.op() instanceof UfuncOp u) || !(e.out() instanceof Graph.Var out) || e.args().length != u.def.nin) {
      return false;
    }
    try {
      NDArray[] p = probes(e.args());
      if (p.length == 2 && Ufunc.bypassesLoops(u.def, p[0], p[1])) {
        return false;
      }
      Loop l = loop(u, p);
      if (l.out != out.aval().dtype()) {
        return false;
      }
      for (int i = 0; i < e.args().length; i++) {
        Object a = e.args()[i];
        if (a instanceof Graph.Var v && v.aval().weak() && v.aval().dtype() != l.in && l.in.isInteger()) {
          return false;
        }
      }
      return true;
    } catch (RuntimeException ex) {
      return false;
    }
  }

  /** The loop eager picks for these arguments: its input and output dtypes and its kernel. */
  private record Loop(DType in, DType out, Object kernel) {}

  private static Loop loop(UfuncOp u, Object[] args) {
    return loop(u, probes(args));
  }

  private static Loop loop(UfuncOp u, NDArray[] p) {
    Ufunc.Def d = u.def;
    int l = switch (d.nin) {
      case 1 -> d.loopFor(p[0].dtype());
      case 2 -> p[0].dtype() == p[1].dtype() ? d.loopFor(p[0].dtype()) : d.loopForMixed(p[0], p[1]);
      default -> d.loopForMixed(p[0], p[1], p[2]);
    };
    return new Loop(d.loopIn[l], d.loopOut[l], d.kernel(l));
  }

  /** One-element arrays with each argument's dtype and weak flag (what the loop search reads). */
  private static NDArray[] probes(Object[] args) {
    NDArray[] p = new NDArray[args.length];
    for (int i = 0; i < args.length; i++) {
      p[i] = args[i] instanceof Graph.Var v
          ? new AbstractValue(v.aval().dtype(), Shapes.SCALAR, v.aval().weak()).standIn()
          : Scalars.operand(args[i]);
    }
    return p;
  }

  /** The region being formed. */
  private static final class Open {
    final int[] shape;
    final List<Graph.Eqn> members = new ArrayList<>();
    final Map<Graph.Var, Boolean> defined = new IdentityHashMap<>();
    Graph.Eqn reduction;

    Open(int[] shape) {
      this.shape = shape;
    }

    void add(Graph.Eqn e) {
      members.add(e);
      defined.put((Graph.Var) e.out(), true);
    }

    boolean isReadBy(Object t) {
      if (t instanceof Graph.Var v) {
        return defined.containsKey(v);
      }
      if (t instanceof Object[] xs) {
        for (Object x : xs) {
          if (isReadBy(x)) {
            return true;
          }
        }
      }
      return false;
    }

    /** A full reduction, without dtype=, of a value of this region, combinable from block partials. */
    boolean reducible(Graph.Eqn e, Map<Graph.Var, Integer> uses) {
      if (!(e.op() instanceof ReductionOp r) || !r.def.combinesPartials || r.name.startsWith("nan")
          || !(e.args()[0] instanceof Graph.Var x) || !defined.containsKey(x) || e.args()[3] != null
          || !(e.out() instanceof Graph.Var) || Shapes.size(shape) == 0) {
        return false;
      }
      int[] axis = (int[]) e.args()[1];
      if (axis != null) {
        boolean[] seen = new boolean[shape.length];
        for (int a : axis) {
          int n = a < 0 ? a + shape.length : a;
          if (n < 0 || n >= shape.length || seen[n]) {
            return false;
          }
          seen[n] = true;
        }
        if (axis.length != shape.length) {
          return false;
        }
      }
      int l;
      try {
        l = r.def.loopFor(x.aval().dtype(), null);
      } catch (RuntimeException ex) {
        return false;
      }
      DType in = r.def.loopIn[l];
      return in == r.def.loopOut[l] && !in.isHalf() && in == ((Graph.Var) e.out()).aval().dtype();
    }

    void reduce(Graph.Eqn e) {
      reduction = e;
    }

    void close(List<Program.Node> nodes, Map<Graph.Var, Integer> uses) {
      if (members.size() == 1 && reduction == null) {
        nodes.add(new Program.Apply(members.get(0)));
        return;
      }
      FusedLoop.Builder b = new FusedLoop.Builder(shape);
      CudaRegion g = new CudaRegion(shape);
      // inputs first: every argument not defined in the region, each once
      Map<Object, Integer> inputOf = new LinkedHashMap<>();
      List<Object> inputs = new ArrayList<>();
      for (Graph.Eqn e : members) {
        if (isCast(e)) {
          Graph.Var x = (Graph.Var) e.args()[0];
          if (!defined.containsKey(x) && !inputOf.containsKey(x)) {
            int in = b.input(x.aval().dtype());
            g.input(in, x.aval().dtype(), x.aval().shape());
            inputOf.put(x, in);
            inputs.add(x);
          }
          continue;
        }
        Loop l = loop((UfuncOp) e.op(), e.args());
        for (Object a : e.args()) {
          if (a instanceof Graph.Var v && defined.containsKey(v)) {
            continue;
          }
          Object key = key(a, l.in);
          if (!inputOf.containsKey(key)) {
            Object value = a;
            DType d;
            if (a instanceof Graph.Var v) {
              d = v.aval().dtype();
            } else {
              // a constant: converted to its loop's dtype now rather than at every call
              NDArray c = Cast.to(Scalars.operand(a), l.in);
              value = c.isWeak() ? c.strong() : c;
              d = l.in;
            }
            int in = b.input(d);
            g.input(in, d, value instanceof Graph.Var v ? v.aval().shape() : ((NDArray) value).shapeRef());
            inputOf.put(key, in);
            inputs.add(value);
          }
        }
      }
      Map<Graph.Var, Integer> valueOf = new IdentityHashMap<>();
      for (Graph.Eqn e : members) {
        if (isCast(e)) {
          Graph.Var x = (Graph.Var) e.args()[0];
          int v = valueOf.containsKey(x) ? valueOf.get(x) : inputOf.get(x);
          int c = b.cast(v, (DType) e.args()[1]);
          g.cast(c, v, (DType) e.args()[1]);
          valueOf.put((Graph.Var) e.out(), c);
          continue;
        }
        UfuncOp u = (UfuncOp) e.op();
        Loop l = loop(u, e.args());
        int[] in = new int[e.args().length];
        for (int i = 0; i < in.length; i++) {
          Object a = e.args()[i];
          int v = a instanceof Graph.Var var && valueOf.containsKey(var) ? valueOf.get(var)
              : inputOf.get(key(a, l.in));
          in[i] = b.cast(v, l.in);
          g.cast(in[i], v, l.in);
        }
        int out = switch (in.length) {
          case 1 -> b.unary((Ufunc.Unary) l.kernel, l.out, in[0]);
          case 2 -> b.binary((Ufunc.Binary) l.kernel, l.out, in[0], in[1]);
          default -> b.ternary((Ufunc.Ternary) l.kernel, l.out, in[0], in[1], in[2]);
        };
        g.apply(out, u.def.name, l.in, l.out, in);
        valueOf.put((Graph.Var) e.out(), out);
      }
      // outputs: values read outside the region (by later equations or as results)
      List<Graph.Var> outs = new ArrayList<>();
      Graph.Var reduced = reduction == null ? null : (Graph.Var) reduction.args()[0];
      for (Graph.Eqn e : members) {
        Graph.Var v = (Graph.Var) e.out();
        int inside = 0;
        for (Graph.Eqn m : members) {
          inside += occurrences(m.args(), v);
        }
        if (v == reduced) {
          inside++;
        }
        if (uses.getOrDefault(v, 0) > inside) {
          b.output(valueOf.get(v));
          g.output(valueOf.get(v));
          outs.add(v);
        }
      }
      List<Graph.Eqn> listed = new ArrayList<>(members);
      if (reduction != null) {
        ReductionOp r = (ReductionOp) reduction.op();
        int l = r.def.loopFor(reduced.aval().dtype(), null);
        Graph.Var result = (Graph.Var) reduction.out();
        int tail = b.cast(valueOf.get(reduced), r.def.loopIn[l]);
        g.cast(tail, valueOf.get(reduced), r.def.loopIn[l]);
        b.reduceAll(tail, r.def.kernel(l), r.def.loopOut[l], result.aval().shape());
        g.reduceAll(tail, r.name, r.def.loopOut[l]);
        outs.add(result);
        listed.add(reduction);
      }
      nodes.add(new Program.Region(b.build(), inputs.toArray(), outs.toArray(new Graph.Var[0]), listed, null, g.build()));
    }
  }

  /** How a region input is found: a Var by itself, a constant by identity and the dtype it was converted to. */
  private static Object key(Object arg, DType loopIn) {
    return arg instanceof Graph.Var ? arg : List.of(new Identity(arg), loopIn);
  }

  private static int occurrences(Object t, Graph.Var v) {
    if (t == v) {
      return 1;
    }
    int n = 0;
    if (t instanceof Object[] xs) {
      for (Object x : xs) {
        n += occurrences(x, v);
      }
    }
    return n;
  }
}
