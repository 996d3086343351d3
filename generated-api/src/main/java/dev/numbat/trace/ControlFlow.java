package dev.numbat.trace;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.autodiff.GradRule;
import dev.numbat.autodiff.GradientTape;
import dev.numbat.autodiff.UnconnectedGradients;
import dev.numbat.core.AbstractValue;
import dev.numbat.core.Dispatch;
import dev.numbat.core.Op;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Structured control flow, the way out of a {@link dev.numbat.core.ConcretizationError} (JAX's
 * {@code lax.cond}, {@code lax.while_loop}, {@code lax.scan}; TF's {@code tf.cond},
 * {@code tf.while_loop}, {@code tf.scan}). Each works eagerly and inside {@code Np.function}:
 *
 * <ul>
 *   <li>With concrete values (eagerly, or a concrete predicate inside a trace) the Java code
 *       simply runs: {@code cond} calls the branch the predicate picks, the loops loop. A tape
 *       records the ops they run, so eager control flow is differentiable.
 *   <li>With traced values, each branch or body is traced once into a graph of its own (arrays of
 *       the enclosing trace that it captures become extra inputs) and the call becomes one op of
 *       the enclosing graph ({@link #COND}, {@link #WHILE}, {@link #SCAN}) that runs the graphs
 *       on the values of each call. {@code cond} and {@code scan} have gradient rules (the
 *       backward pass is a {@code cond} of the branches' backward passes, a reverse {@code scan}
 *       over the saved carries); {@code whileLoop}, as in JAX, has none in traced form (its trip
 *       count is unknown): write it as a {@code scan} to differentiate it.
 * </ul>
 * Operands, carries and {@code xs} are nests of arrays ({@link Tree}). Branches must return the
 * same structure, dtypes and shapes; a loop body must return its carry's.
 */
public final class ControlFlow {
  private ControlFlow() {}

  /** A loop condition: a scalar boolean array (or Java boolean) from the carry. */
  @FunctionalInterface
  public interface Predicate {
    Object test(Object carry);
  }

  /** A loop body: the next carry from the carry. */
  @FunctionalInterface
  public interface Body {
    Object apply(Object carry);
  }

  /** A scan step: {@code (carry, x) -> {newCarry, y}}. */
  @FunctionalInterface
  public interface Step {
    Object[] apply(Object carry, Object x);
  }

  private static final String WHERE = "generated-api/src/main/java/dev/numbat/trace/ControlFlow.java";

  // ------------------------------------------------------------------ cond

  /**
   * {@code pred ? trueFn(operands) : falseFn(operands)}; {@code pred} a one-element boolean-like
   * array or a Java boolean. Returns the branch's result (an array or nest).
   */
  public static Object cond(Object pred, CompiledFunction.Body trueFn, CompiledFunction.Body falseFn,
      Object... operands) {
    NDArray p = dev.numbat.backend.cpu.Scalars.operand(pred);
    if (p.size() != 1) {
      throw new TypeError("Pred must be a scalar, got shape " + dev.numbat.backend.cpu.Shapes.str(p.shapeRef()));
    }
    if (!isTracer(p)) {
      return truth(p) ? trueFn.apply(operands) : falseFn.apply(operands);
    }
    List<NDArray> leaves = new ArrayList<>();
    Tree in = Tree.flatten(operands, leaves);
    Traced t = Traced.of(x -> trueFn.apply((Object[]) x), in, leaves);
    Traced f = Traced.of(x -> falseFn.apply((Object[]) x), in, leaves);
    if (!t.outTree.equals(f.outTree) || !t.outAvals().equals(f.outAvals())) {
      throw new TypeError("true_fun and false_fun output must have identical types, got\n" + t.describe() + "\nand\n"
          + f.describe());
    }
    CondMeta m = new CondMeta(t, f, leaves.size());
    Object r = Dispatch.bind(COND, p, m.operands(leaves), m);
    return t.outTree.unflatten(Arrays.asList((Object[]) r).iterator());
  }

  /** What a traced cond keeps: both branches and how the operand array splits between them. */
  private record CondMeta(Traced t, Traced f, int explicit) {
    /** The cond op's array operand: the explicit operands, then each branch's captures. */
    NDArray[] operands(List<NDArray> leaves) {
      List<NDArray> all = new ArrayList<>(leaves);
      all.addAll(t.captures);
      all.addAll(f.captures);
      return all.toArray(new NDArray[0]);
    }

    NDArray[] inputsOf(boolean branch, Object[] all) {
      NDArray[] in = new NDArray[explicit + (branch ? t : f).captures.size()];
      for (int i = 0; i < explicit; i++) {
        in[i] = (NDArray) all[i];
      }
      int from = explicit + (branch ? 0 : t.captures.size());
      for (int i = explicit; i < in.length; i++) {
        in[i] = (NDArray) all[from + i - explicit];
      }
      return in;
    }

    /** The gradients of every operand for output {@code k} of the chosen branch, with upstream {@code g}. */
    List<NDArray> vjp(boolean branch, Object[] allAndG, int k) {
      Object[] all = Arrays.copyOf(allAndG, allAndG.length - 1);
      NDArray g = (NDArray) allAndG[allAndG.length - 1];
      return gradients(all, () -> (branch ? t : f).runVisible(inputsOf(branch, all)), k, g);
    }
  }

  /** The cond op: {@code (pred, operands..., meta)}; runs the branch the predicate picks. */
  public static final Op COND = new Op("cond", Op.Role.PRIMITIVE, "control", WHERE, new GradRule("cond", WHERE,
      GradRule.Status.DIFFERENTIABLE, new byte[] {GradRule.NONE, GradRule.ARRAYS, GradRule.NONE}, ControlFlow::condGrad),
      false, true, null, null, null) {
    @Override
    public Object impl(Object[] a) {
      CondMeta m = (CondMeta) a[2];
      boolean b = truth((NDArray) a[0]);
      return (b ? m.t : m.f).run(m.inputsOf(b, (Object[]) a[1]));
    }

    @Override
    public Object onStandIns(Object[] a) {
      return standIns(((CondMeta) a[2]).t.outAvals());
    }
  };

  private static Object[] condGrad(NDArray g, Object[] args, NDArray result, boolean[] need) {
    CondMeta m = (CondMeta) args[2];
    Object[] all = (Object[]) args[1];
    int k = (Integer) args[3];
    Object[] ops = Arrays.copyOf(all, all.length + 1);
    ops[all.length] = g;
    Object r = cond(args[0], o -> m.vjp(true, o, k), o -> m.vjp(false, o, k), ops);
    return new Object[] {null, ((List<?>) r).toArray(new NDArray[0]), null};
  }

  // ------------------------------------------------------------------ whileLoop

  /** {@code while (cond(carry)) carry = body(carry); return carry;} over a nest of arrays. */
  public static Object whileLoop(Predicate cond, Body body, Object init) {
    List<NDArray> leaves = new ArrayList<>();
    Tree tree = Tree.flatten(init, leaves);
    NDArray first = dev.numbat.backend.cpu.Scalars.operand(cond.test(init));
    if (!isTracer(first) && leaves.stream().noneMatch(ControlFlow::isTracer)) {
      Object carry = init;
      for (NDArray p = first; truth(p); p = dev.numbat.backend.cpu.Scalars.operand(cond.test(carry))) {
        carry = body.apply(carry);
      }
      return carry;
    }
    Traced c = Traced.of(x -> cond.test(x), tree, leaves);
    Traced b = Traced.of(body::apply, tree, leaves);
    List<AbstractValue> carryAvals = new ArrayList<>();
    for (NDArray x : leaves) {
      carryAvals.add(new AbstractValue(x.dtype(), x.shapeRef(), false));
    }
    if (!b.outTree.equals(tree) || !b.outAvals().equals(strong(carryAvals))) {
      throw new TypeError("body_fun output and input must have identical types, got\n" + b.describe()
          + "\nfor a carry of " + carryAvals);
    }
    if (c.outAvals().size() != 1 || c.outAvals().get(0).size() != 1) {
      throw new TypeError("cond_fun must return a boolean scalar, but got output type(s) " + c.outAvals());
    }
    WhileMeta m = new WhileMeta(c, b, leaves.size());
    List<NDArray> all = new ArrayList<>(leaves);
    all.addAll(c.captures);
    all.addAll(b.captures);
    Object r = Dispatch.bind(WHILE, all.toArray(new NDArray[0]), m);
    return tree.unflatten(Arrays.asList((Object[]) r).iterator());
  }

  private record WhileMeta(Traced cond, Traced body, int carried) {}

  /** The while op: {@code (carry and captures..., meta)}. */
  public static final Op WHILE = new Op("while_loop", Op.Role.PRIMITIVE, "control", WHERE, new GradRule("while_loop",
      WHERE, GradRule.Status.NOT_DIFFERENTIABLE, new byte[] {GradRule.ARRAYS, GradRule.NONE}, null),
      false, true, null, null, null) {
    @Override
    public Object impl(Object[] a) {
      Object[] all = (Object[]) a[0];
      WhileMeta m = (WhileMeta) a[1];
      int n = m.carried;
      NDArray[] carry = new NDArray[n];
      for (int i = 0; i < n; i++) {
        carry[i] = (NDArray) all[i];
      }
      NDArray[] cc = slice(all, n, m.cond.captures.size());
      NDArray[] bc = slice(all, n + m.cond.captures.size(), m.body.captures.size());
      while (truth((NDArray) m.cond.run(concat(carry, cc))[0])) {
        Object[] next = m.body.run(concat(carry, bc));
        for (int i = 0; i < n; i++) {
          carry[i] = (NDArray) next[i];
        }
      }
      return carry;
    }

    @Override
    public Object onStandIns(Object[] a) {
      // the carry's types, without running a loop whose trip count depends on values
      return standIns(((WhileMeta) a[1]).body.outAvals());
    }
  };

  // ------------------------------------------------------------------ scan

  /**
   * JAX's {@code lax.scan}: for each slice {@code x} of {@code xs} along axis 0 (a nest of arrays
   * with the same leading length), {@code {carry, y} = f(carry, x)}; returns
   * {@code {finalCarry, ys}} with the {@code y}s stacked along a new axis 0.
   */
  public static Object[] scan(Step f, Object init, Object xs) {
    List<NDArray> carryLeaves = new ArrayList<>();
    Tree carryTree = Tree.flatten(init, carryLeaves);
    List<NDArray> xLeaves = new ArrayList<>();
    Tree xTree = Tree.flatten(xs, xLeaves);
    int length = scanLength(xLeaves);
    boolean traced = carryLeaves.stream().anyMatch(ControlFlow::isTracer) || xLeaves.stream().anyMatch(ControlFlow::isTracer);
    if (!traced) {
      return eagerScan(f, init, xTree, xLeaves, length);
    }
    // The step traced on one slice: inputs are the carry's leaves, then the slice's.
    List<NDArray> stepIn = new ArrayList<>(carryLeaves);
    for (NDArray x : xLeaves) {
      stepIn.add(Np.zeros(Arrays.copyOfRange(x.shapeRef(), 1, x.ndim()), x.dtype()));
    }
    Tree stepTree = new Tree(Tree.Kind.LIST, null, List.of(carryTree, xTree));
    Traced s = Traced.of(in -> {
      List<?> pair = (List<?>) in;
      Object[] r = f.apply(pair.get(0), pair.get(1));
      if (r == null || r.length != 2) {
        throw new TypeError("scan body must return a pair {carry, y}");
      }
      return List.of(r[0] == null ? List.of() : r[0], r[1] == null ? List.of() : r[1]);
    }, stepTree, stepIn);
    Tree outCarry = s.outTree.children().get(0);
    Tree yTree = s.outTree.children().get(1);
    List<AbstractValue> outAvals = s.outAvals();
    List<AbstractValue> carryAvals = new ArrayList<>();
    for (NDArray x : carryLeaves) {
      carryAvals.add(new AbstractValue(x.dtype(), x.shapeRef(), false));
    }
    if (!outCarry.equals(carryTree) || !strong(outAvals.subList(0, carryLeaves.size())).equals(strong(carryAvals))) {
      throw new TypeError("scan body function carry input and carry output must have equal types, got\n"
          + s.describe() + "\nfor a carry of " + carryAvals);
    }
    ScanMeta m = new ScanMeta(s, carryLeaves.size(), xLeaves.size(), outAvals.size() - carryLeaves.size(), length);
    List<NDArray> all = new ArrayList<>(carryLeaves);
    all.addAll(xLeaves);
    all.addAll(s.captures);
    Object[] r = (Object[]) Dispatch.bind(SCAN, all.toArray(new NDArray[0]), m);
    Object carry = carryTree.unflatten(Arrays.asList(r).subList(0, m.carried).iterator());
    Object ys = yTree.unflatten(Arrays.asList(r).subList(m.carried, m.carried + m.ys).iterator());
    return new Object[] {carry, ys};
  }

  private static Object[] eagerScan(Step f, Object init, Tree xTree, List<NDArray> xLeaves, int length) {
    Object carry = init;
    List<List<NDArray>> ys = new ArrayList<>();
    Tree yTree = null;
    for (int i = 0; i < length; i++) {
      List<NDArray> slice = new ArrayList<>(xLeaves.size());
      for (NDArray x : xLeaves) {
        slice.add(x.get(i));
      }
      Object[] r = f.apply(carry, xTree.unflatten(slice.iterator()));
      carry = r[0];
      List<NDArray> yl = new ArrayList<>();
      Tree t = Tree.flatten(r[1], yl);
      if (yTree != null && !yTree.equals(t)) {
        throw new TypeError("scan body must return the same y structure at every step");
      }
      yTree = t;
      ys.add(yl);
    }
    if (yTree == null) {
      return new Object[] {carry, null};
    }
    List<NDArray> stacked = new ArrayList<>();
    for (int j = 0; j < ys.get(0).size(); j++) {
      NDArray[] col = new NDArray[length];
      for (int i = 0; i < length; i++) {
        col[i] = ys.get(i).get(j);
      }
      stacked.add(Np.stack(col));
    }
    return new Object[] {carry, yTree.unflatten(stacked.iterator())};
  }

  private static int scanLength(List<NDArray> xLeaves) {
    if (xLeaves.isEmpty()) {
      throw new ValueError("scan got no values to scan over (xs has no arrays)");
    }
    int n = -1;
    for (NDArray x : xLeaves) {
      if (x.ndim() == 0) {
        throw new ValueError("scan got value with no leading axis to scan over: " + AbstractValue.of(x));
      }
      if (n >= 0 && x.shape(0) != n) {
        throw new ValueError("scan got values with different leading axis sizes: " + n + " and " + x.shape(0));
      }
      n = x.shape(0);
    }
    return n;
  }

  private record ScanMeta(Traced step, int carried, int xs, int ys, int length) {}

  /**
   * The scan op: {@code (carry..., xs..., captures..., meta)}. Its outputs are the final carry's
   * leaves, the stacked ys, and (for the gradient rule) the carry before every step, stacked.
   */
  public static final Op SCAN = new Op("scan", Op.Role.PRIMITIVE, "control", WHERE, new GradRule("scan", WHERE,
      GradRule.Status.DIFFERENTIABLE, new byte[] {GradRule.ARRAYS, GradRule.NONE}, ControlFlow::scanGrad),
      false, true, null, null, null) {
    @Override
    public Object impl(Object[] a) {
      Object[] all = (Object[]) a[0];
      ScanMeta m = (ScanMeta) a[1];
      NDArray[] carry = slice(all, 0, m.carried);
      NDArray[] xs = slice(all, m.carried, m.xs);
      NDArray[] caps = slice(all, m.carried + m.xs, all.length - m.carried - m.xs);
      List<List<NDArray>> ys = new ArrayList<>();
      List<NDArray[]> carries = new ArrayList<>();
      for (int i = 0; i < m.length; i++) {
        carries.add(carry);
        NDArray[] in = new NDArray[m.carried + m.xs + caps.length];
        System.arraycopy(carry, 0, in, 0, m.carried);
        for (int j = 0; j < m.xs; j++) {
          in[m.carried + j] = xs[j].get(i);
        }
        System.arraycopy(caps, 0, in, m.carried + m.xs, caps.length);
        Object[] r = m.step.run(in);
        carry = new NDArray[m.carried];
        for (int j = 0; j < m.carried; j++) {
          carry[j] = (NDArray) r[j];
        }
        List<NDArray> y = new ArrayList<>();
        for (int j = 0; j < m.ys; j++) {
          y.add((NDArray) r[m.carried + j]);
        }
        ys.add(y);
      }
      NDArray[] out = new NDArray[m.carried * 2 + m.ys];
      System.arraycopy(carry, 0, out, 0, m.carried);
      List<AbstractValue> avals = m.step.outAvals();
      for (int j = 0; j < m.ys; j++) {
        out[m.carried + j] = stackOf(ys, j, avals.get(m.carried + j), m.length);
      }
      for (int j = 0; j < m.carried; j++) {
        NDArray[] col = new NDArray[m.length];
        for (int i = 0; i < m.length; i++) {
          col[i] = carries.get(i)[j];
        }
        NDArray first = slice(all, 0, m.carried)[j];
        out[m.carried + m.ys + j] = m.length == 0 ? Np.zeros(prepend(0, first.shapeRef()), first.dtype()) : Np.stack(col);
      }
      return out;
    }

    @Override
    public Object onStandIns(Object[] a) {
      ScanMeta m = (ScanMeta) a[1];
      List<AbstractValue> step = m.step.outAvals();
      List<AbstractValue> out = new ArrayList<>(step.subList(0, m.carried));
      for (AbstractValue y : step.subList(m.carried, m.carried + m.ys)) {
        out.add(new AbstractValue(y.dtype(), prepend(m.length, y.shape()), false));
      }
      for (AbstractValue c : step.subList(0, m.carried)) {
        out.add(new AbstractValue(c.dtype(), prepend(m.length, c.shape()), false));
      }
      return standIns(out);
    }
  };

  private static NDArray stackOf(List<List<NDArray>> ys, int j, AbstractValue a, int length) {
    if (length == 0) {
      return Np.zeros(prepend(0, a.shape()), a.dtype());
    }
    NDArray[] col = new NDArray[length];
    for (int i = 0; i < length; i++) {
      col[i] = ys.get(i).get(j);
    }
    return Np.stack(col);
  }

  /**
   * Output k's gradient for every operand: a reverse scan whose step recomputes one forward step
   * from the saved carry under a tape and pulls the carry's and the step's y's cotangents back.
   */
  private static Object[] scanGrad(NDArray g, Object[] args, NDArray result, boolean[] need) {
    Object[] all = (Object[]) args[0];
    ScanMeta m = (ScanMeta) args[1];
    int k = (Integer) args[2];
    NDArray[] carry0 = slice(all, 0, m.carried);
    NDArray[] xs = slice(all, m.carried, m.xs);
    NDArray[] caps = slice(all, m.carried + m.xs, all.length - m.carried - m.xs);
    if (k >= m.carried + m.ys) {
      // the saved carries are not a result users see: nothing flows back through them
      return new Object[] {zerosLike(all), null};
    }
    // The forward carries before each step, recomputed by running the op again (it is pure).
    Object[] fwd = (Object[]) Dispatch.bind(SCAN, all, m);
    NDArray[] carries = new NDArray[m.carried];
    for (int j = 0; j < m.carried; j++) {
      carries[j] = (NDArray) fwd[m.carried + m.ys + j];
    }
    // cotangents: of the final carry (output k < carried) or of the stacked y k - carried
    NDArray[] ctCarry = new NDArray[m.carried];
    for (int j = 0; j < m.carried; j++) {
      ctCarry[j] = j == k ? g : Np.zerosLike(carry0[j]);
    }
    NDArray[] ctYs = new NDArray[m.ys];
    List<AbstractValue> avals = m.step.outAvals();
    for (int j = 0; j < m.ys; j++) {
      ctYs[j] = m.carried + j == k ? g : Np.zeros(prepend(m.length, avals.get(m.carried + j).shape()), g.dtype());
    }
    // reverse scan over (saved carry, x, y cotangent) with the carry cotangent and the captures' sums
    List<Object> rxs = new ArrayList<>();
    for (NDArray c : carries) {
      rxs.add(Np.flip(c, 0));
    }
    for (NDArray x : xs) {
      rxs.add(Np.flip(x, 0));
    }
    for (NDArray y : ctYs) {
      rxs.add(Np.flip(y, 0));
    }
    List<Object> init = new ArrayList<>(Arrays.asList(ctCarry));
    for (NDArray c : caps) {
      init.add(Np.zerosLike(c.dtype().isInexact() ? c : Np.astype(c, Np.float64)));
    }
    Object[] r = scan((state, slice) -> {
      List<?> st = (List<?>) state;
      List<?> sl = (List<?>) slice;
      NDArray[] in = new NDArray[m.carried + m.xs + caps.length];
      for (int j = 0; j < m.carried; j++) {
        in[j] = (NDArray) sl.get(j);
      }
      for (int j = 0; j < m.xs; j++) {
        in[m.carried + j] = (NDArray) sl.get(m.carried + j);
      }
      System.arraycopy(caps, 0, in, m.carried + m.xs, caps.length);
      NDArray[] cts = new NDArray[m.carried + m.ys];
      for (int j = 0; j < m.carried; j++) {
        cts[j] = (NDArray) st.get(j);
      }
      for (int j = 0; j < m.ys; j++) {
        cts[m.carried + j] = (NDArray) sl.get(m.carried + m.xs + j);
      }
      List<NDArray> grads = gradients(in, () -> m.step.runVisible(in), 0, cts);
      List<Object> next = new ArrayList<>(grads.subList(0, m.carried));
      for (int j = 0; j < caps.length; j++) {
        next.add(Np.add((NDArray) st.get(m.carried + j), grads.get(m.carried + m.xs + j)));
      }
      return new Object[] {next, grads.subList(m.carried, m.carried + m.xs)};
    }, init, rxs);
    List<?> fin = (List<?>) r[0];
    List<?> gxs = (List<?>) r[1];
    NDArray[] out = new NDArray[all.length];
    for (int j = 0; j < m.carried; j++) {
      out[j] = (NDArray) fin.get(j);
    }
    for (int j = 0; j < m.xs; j++) {
      out[m.carried + j] = Np.flip((NDArray) gxs.get(j), 0);
    }
    for (int j = 0; j < caps.length; j++) {
      out[m.carried + m.xs + j] = (NDArray) fin.get(m.carried + j);
    }
    return new Object[] {out, null};
  }

  // ------------------------------------------------------------------ shared

  /** The ops of this class, for listings beside the spec'd ops. */
  public static final List<Op> ALL = List.of(COND, WHILE, SCAN);

  /** A branch or body traced on its own: its graph, the enclosing tracers it captured, its result's structure. */
  private static final class Traced {
    final Graph graph;
    final List<NDArray> captures;
    final Tree outTree;
    private volatile Program program;

    private Traced(Graph graph, List<NDArray> captures, Tree outTree) {
      this.graph = graph;
      this.captures = captures;
      this.outTree = outTree;
    }

    static Traced of(java.util.function.Function<Object, Object> fn, Tree in, List<NDArray> leaves) {
      Tracer t = new Tracer(true);
      List<AbstractValue> avals = new ArrayList<>(leaves.size());
      for (NDArray x : leaves) {
        avals.add(AbstractValue.of(x));
      }
      Tree outTree = t.trace(fn, in, avals, "operand of a branch or loop body");
      return new Traced(t.graph(), t.captures(), outTree);
    }

    List<AbstractValue> outAvals() {
      List<AbstractValue> r = new ArrayList<>();
      for (Object o : (Object[]) graph.outputs) {
        AbstractValue a = o instanceof Graph.Var v ? v.aval() : AbstractValue.of((NDArray) o);
        r.add(new AbstractValue(a.dtype(), a.shape(), false));
      }
      return r;
    }

    String describe() {
      return outTree + " " + outAvals();
    }

    /** Runs the graph: optimised when nothing interposes, else op by op so a tape records it. */
    Object[] run(NDArray[] in) {
      if (Dispatch.interpreted()) {
        return runVisible(in);
      }
      Program p = program;
      if (p == null) {
        p = Fusion.compile(Passes.optimise(graph));
        program = p;
      }
      if (!dev.numbat.device.Devices.placing) {
        return (Object[]) p.run(in);
      }
      Program fused = p;
      Object[] out = dev.numbat.device.Placement.runOnCpu("a control-flow body", in, xs -> (Object[]) fused.run(xs));
      return out != null ? out : runVisible(in);
    }

    Object[] runVisible(NDArray[] in) {
      return (Object[]) graph.run(in);
    }
  }

  /**
   * The vector-Jacobian product of a recomputed step: for each of {@code in}, the sum over j of the
   * gradient of output {@code first + j} of {@code outs()} with upstream {@code cts[j]}; zeros
   * where unconnected, and for integer or bool inputs (no gradient flows into them).
   */
  private static List<NDArray> gradients(Object[] in, java.util.function.Supplier<Object[]> outs, int first,
      NDArray... cts) {
    List<NDArray> sources = new ArrayList<>();
    for (Object o : in) {
      if (((NDArray) o).dtype().isInexact()) {
        sources.add((NDArray) o);
      }
    }
    NDArray[] sums = new NDArray[sources.size()];
    try (GradientTape tape = new GradientTape(true)) {
      for (NDArray x : sources) {
        tape.watch(x);
      }
      Object[] r = outs.get();
      try (var paused = tape.stopRecording()) {
      for (int j = 0; j < cts.length && !sources.isEmpty(); j++) {
        NDArray out = (NDArray) r[first + j];
        if (!out.dtype().isInexact()) {
          continue;
        }
        List<NDArray> gs = tape.gradient(out, sources, cts[j], UnconnectedGradients.ZERO);
        for (int i = 0; i < sums.length; i++) {
          sums[i] = sums[i] == null ? gs.get(i) : Np.add(sums[i], gs.get(i));
        }
      }
      }
    }
    NDArray[] grads = new NDArray[in.length];
    int s = 0;
    for (int i = 0; i < in.length; i++) {
      NDArray x = (NDArray) in[i];
      if (x.dtype().isInexact()) {
        NDArray gi = sums[s++];
        grads[i] = gi == null ? Np.zerosLike(x) : gi;
      } else {
        grads[i] = Np.zeros(x.shapeRef());
      }
    }
    return List.of(grads);
  }

  private static boolean isTracer(NDArray x) {
    return "none".equals(x.bufferKind());
  }

  private static boolean truth(NDArray p) {
    Object v = p.item();
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Number n) {
      return n.doubleValue() != 0;
    }
    if (v instanceof dev.numbat.Complex c) {
      return c.re() != 0 || c.im() != 0;
    }
    throw new TypeError("cannot use " + v + " as a predicate");
  }

  private static List<AbstractValue> strong(List<AbstractValue> a) {
    List<AbstractValue> r = new ArrayList<>();
    for (AbstractValue v : a) {
      r.add(new AbstractValue(v.dtype(), v.shape(), false));
    }
    return r;
  }

  /** Stand-ins of the outputs' abstract values: what abstract evaluation of a control-flow op gives. */
  private static NDArray[] standIns(List<AbstractValue> avals) {
    NDArray[] r = new NDArray[avals.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = avals.get(i).standIn();
    }
    return r;
  }

  private static NDArray[] slice(Object[] all, int from, int n) {
    NDArray[] r = new NDArray[n];
    for (int i = 0; i < n; i++) {
      r[i] = (NDArray) all[from + i];
    }
    return r;
  }

  private static NDArray[] concat(NDArray[] a, NDArray[] b) {
    NDArray[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  private static int[] prepend(int n, int[] shape) {
    int[] r = new int[shape.length + 1];
    r[0] = n;
    System.arraycopy(shape, 0, r, 1, shape.length);
    return r;
  }

  private static NDArray[] zerosLike(Object[] all) {
    NDArray[] r = new NDArray[all.length];
    for (int i = 0; i < all.length; i++) {
      r[i] = Np.zerosLike((NDArray) all[i]);
    }
    return r;
  }
}
