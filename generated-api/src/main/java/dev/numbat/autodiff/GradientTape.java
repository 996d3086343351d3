package dev.numbat.autodiff;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.indexing.Slice;
import dev.numbat.backend.cpu.Scalars;
import dev.numbat.backend.cpu.Shapes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TensorFlow's {@code tf.GradientTape} for Numbat: records the differentiable ops run on this
 * thread while it is open, then computes gradients by running each op's spec'd gradient rule
 * backwards (reverse-mode automatic differentiation).
 *
 * <pre>{@code
 * try (GradientTape tape = new GradientTape()) {
 *   tape.watch(w);
 *   loss = Np.sum(Np.square(Np.subtract(Np.dot(x, w), y)));
 * }
 * NDArray dw = tape.gradient(loss, w);
 * }</pre>
 *
 * <ul>
 *   <li>Recording starts in the constructor and stops at {@link #close()} (use try-with-resources);
 *       gradients may be asked after the tape is closed. Only ops run on the thread that opened the
 *       tape are recorded; tapes are not shared between threads.
 *   <li>An op is recorded when one of its float or complex array inputs is watched ({@link #watch})
 *       or was produced by an op this tape recorded. Integer and bool results carry no gradient.
 *       Trainable {@link Variable}s are watched when their {@link Variable#value()} is read while
 *       the tape records (unless {@code watchAccessedVariables} is false).
 *   <li>A tape that is not persistent computes one set of gradients (or jacobians); a second call
 *       raises {@link RuntimeError}, as TF does.
 *   <li>Tapes nest: the ops a tape's {@code gradient} runs are ordinary ops, recorded by the other
 *       open tapes, so an outer tape gives second derivatives, also through {@code jacobian} and
 *       {@code batchJacobian} (a Hessian is the jacobian of a gradient). A tape never records its
 *       own gradient computation.
 *   <li>Broadcasting is undone here, once for every op: a gradient is summed back to its input's
 *       shape and cast to its input's dtype (the real part for a real input).
 *   <li>Complex inputs follow TF's convention: for a real loss L of z = x + iy the gradient is
 *       dL/dx + i dL/dy (the conjugate of 2 dL/dz in Wirtinger terms; {@code |z|^2} gives {@code 2z}).
 * </ul>
 */
public final class GradientTape implements AutoCloseable {
  private final boolean persistent;
  private final boolean watchAccessedVariables;
  /** This tape's interpreter, installed on the thread that opened it while it is open. */
  private final Tape recorder = new Tape(this);
  private final ArrayList<Tape.Node> nodes = new ArrayList<>();
  private final IdentityHashMap<NDArray, Boolean> tracked = new IdentityHashMap<>();
  private final LinkedHashMap<Variable, NDArray> variables = new LinkedHashMap<>();
  private boolean recording = true;
  private boolean open = true;
  private boolean used;

  /** A tape for one gradient computation, watching variables that are read. */
  public GradientTape() {
    this(false, true);
  }

  /** {@code persistent}: allow several {@code gradient}/{@code jacobian} calls. */
  public GradientTape(boolean persistent) {
    this(persistent, true);
  }

  /**
   * @param persistent allow several {@code gradient}/{@code jacobian} calls
   * @param watchAccessedVariables watch trainable variables when their value is read (TF's default true)
   */
  public GradientTape(boolean persistent, boolean watchAccessedVariables) {
    this.persistent = persistent;
    this.watchAccessedVariables = watchAccessedVariables;
    dev.numbat.core.Dispatch.push(recorder);
  }

  public boolean isPersistent() { return persistent; }

  boolean isRecording() { return recording; }

  boolean watchesAccessedVariables() { return watchAccessedVariables; }

  boolean tracks(NDArray x) { return tracked.containsKey(x); }

  void add(Tape.Node n) {
    nodes.add(n);
    tracked.put(n.result, Boolean.TRUE);
  }

  void watchVariable(Variable v, NDArray value) {
    if (v.trainable()) {
      variables.put(v, value);
      if (value.dtype().isInexact()) {
        tracked.put(value, Boolean.TRUE);
      }
    }
  }

  /**
   * Watches arrays and variables (also inside {@code List}s): ops on them are recorded. Integer and
   * bool arrays are ignored (TF warns and ignores them too): no gradient flows into them.
   */
  public void watch(Object... xs) {
    for (Object x : xs) {
      if (x instanceof NDArray a) {
        if (a.dtype().isInexact()) {
          tracked.put(a, Boolean.TRUE);
        }
      } else if (x instanceof Variable v) {
        variables.put(v, v.peek());
        if (v.peek().dtype().isInexact()) {
          tracked.put(v.peek(), Boolean.TRUE);
        }
      } else if (x instanceof List<?> l) {
        watch(l.toArray());
      } else if (x instanceof Object[] arr) {
        watch(arr);
      } else {
        throw new dev.numbat.errors.TypeError("watch() takes NDArrays and Variables, not "
            + (x == null ? "None" : x.getClass().getSimpleName()));
      }
    }
  }

  /** The variables this tape watches, in the order first watched. */
  public List<Variable> watchedVariables() {
    return List.copyOf(variables.keySet());
  }

  /** A scope in which this tape records nothing; closing it resumes recording. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * TF's {@code with tape.stop_recording():} ops run inside the returned scope are not recorded.
   * Raises {@link RuntimeError} when the tape is not recording.
   */
  public Scope stopRecording() {
    if (!open || !recording) {
      throw new RuntimeError("Tape.stop_recording() can only be called while the tape is recording");
    }
    recording = false;
    return () -> recording = true;
  }

  /** Forgets everything recorded and watched so far (TF's {@code reset}). */
  public void reset() {
    nodes.clear();
    tracked.clear();
    variables.clear();
    used = false;
  }

  /** Stops recording; gradients can still be computed. Idempotent. */
  @Override
  public void close() {
    if (open) {
      open = false;
      recording = false;
      dev.numbat.core.Dispatch.pop(recorder);
    }
  }

  // ------------------------------------------------------------------ gradient

  /** d target / d source; {@code source} an NDArray or a {@link Variable}; null when unconnected. */
  public NDArray gradient(NDArray target, Object source) {
    return gradient(target, List.of(source), null, UnconnectedGradients.NONE).get(0);
  }

  /** d target / d source with {@code unconnected} deciding what an unconnected source gets. */
  public NDArray gradient(NDArray target, Object source, UnconnectedGradients unconnected) {
    return gradient(target, List.of(source), null, unconnected).get(0);
  }

  /** The gradients of {@code target} with respect to each source (null for unconnected ones). */
  public List<NDArray> gradient(NDArray target, List<?> sources) {
    return gradient(target, sources, null, UnconnectedGradients.NONE);
  }

  /**
   * TF's {@code tape.gradient(target, sources, output_gradients, unconnected_gradients)}.
   *
   * @param outputGradients the upstream gradient of {@code target} (anything {@code asarray} takes,
   *     broadcast to target's shape), or null for ones: the gradient of {@code sum(target)}
   * @param unconnected what a source the target does not depend on gets: null or zeros
   */
  public List<NDArray> gradient(NDArray target, List<?> sources, Object outputGradients,
      UnconnectedGradients unconnected) {
    consume();
    NDArray[] src = resolve(sources);
    NDArray seed = outputGradients == null ? null : seedOf(outputGradients, target);
    NDArray[] g = backward(target, src, seed, unconnected);
    if (!persistent) {
      release();
    }
    return Arrays.asList(g);
  }

  /**
   * TF's {@code tape.jacobian(target, source)}: shape {@code target.shape + source.shape}, element
   * {@code [i..., j...]} = d target[i...] / d source[j...]. One backward pass vectorized over the target's
   * elements ({@code Np.vmap} of the pass over one-hot seeds; one pass per element where a rule cannot be batched).
   * While another tape records on this thread, the passes' results are joined by recorded ops
   * ({@code stack}, {@code reshape}), so that tape differentiates through the jacobian.
   */
  public NDArray jacobian(NDArray target, Object source) {
    return jacobian(target, source, UnconnectedGradients.NONE);
  }

  /** {@link #jacobian(NDArray, Object)}; an unconnected source gives null or zeros as {@code unconnected} says. */
  public NDArray jacobian(NDArray target, Object source, UnconnectedGradients unconnected) {
    consume();
    NDArray x = resolve(List.of(source))[0];
    int[] shape = concat(target.shapeRef(), x.shapeRef());
    DType type = jacobianType(x);
    int rows = target.size();
    boolean[] connected = {false};
    NDArray out;
    if (rows == 0) {
      out = NDArray.allocate(type, shape);
    } else {
      // One backward pass vectorized over the rows' one-hot seeds (JAX's vmap of the vjp); where a
      // gradient rule cannot be batched, one pass per row. Either way the rows are joined by ops,
      // so an outer tape differentiates through the jacobian: a Hessian is the jacobian of a gradient.
      NDArray seeds = Np.reshape(Np.eye(rows, null, 0, target.dtype()), concat(new int[] {rows}, target.shapeRef()));
      NDArray rowsOf = vectorizedPasses(target, x, type, seeds, 0, connected);
      if (rowsOf == null) {
        NDArray[] parts = new NDArray[rows];
        for (int i = 0; i < rows; i++) {
          NDArray g = backward(target, new NDArray[] {x}, oneHot(target, i), UnconnectedGradients.NONE)[0];
          connected[0] |= g != null;
          parts[i] = part(g, x, type);
        }
        rowsOf = Np.stack(parts, 0);
      }
      out = Np.reshape(rowsOf, shape);
    }
    if (!persistent) {
      release();
    }
    return connected[0] || unconnected == UnconnectedGradients.ZERO ? out : null;
  }

  /**
   * The backward passes seeded by each of {@code seeds} (along axis 0) as one vectorized pass,
   * their gradients stacked along {@code outAxis}; null when a gradient rule on the way reads
   * values (the caller then runs one pass per seed).
   */
  private NDArray vectorizedPasses(NDArray target, NDArray x, DType type, NDArray seeds, int outAxis, boolean[] connected) {
    try {
      return (NDArray) dev.numbat.batch.Vectorize.vmap(a -> {
        NDArray g = backward(target, new NDArray[] {x}, (NDArray) a[0], UnconnectedGradients.NONE)[0];
        connected[0] |= g != null;
        return part(g, x, type);
      }, new Integer[] {0}, outAxis, new Object[] {seeds});
    } catch (dev.numbat.core.ConcretizationError e) {
      connected[0] = false;
      return null;
    }
  }

  /**
   * TF's {@code tape.batch_jacobian(target, source)}: target (B, ...) and source (B, ...) share
   * the batch axis 0 and row b of target depends only on row b of source; shape
   * {@code (B,) + target.shape[1:] + source.shape[1:]}. One vectorized backward pass over a row's elements;
   * an outer recording tape differentiates through the result, as for {@link #jacobian}.
   */
  public NDArray batchJacobian(NDArray target, Object source) {
    return batchJacobian(target, source, UnconnectedGradients.NONE);
  }

  /** {@link #batchJacobian(NDArray, Object)} with the unconnected choice. */
  public NDArray batchJacobian(NDArray target, Object source, UnconnectedGradients unconnected) {
    consume();
    NDArray x = resolve(List.of(source))[0];
    if (target.ndim() < 1 || x.ndim() < 1 || target.shape(0) != x.shape(0)) {
      throw new dev.numbat.errors.ValueError("Need first dimension of target shape " + Shapes.str(target.shapeRef())
          + " and source shape " + Shapes.str(x.shapeRef()) + " to match.");
    }
    int b = target.shape(0);
    int[] ty = Arrays.copyOfRange(target.shapeRef(), 1, target.ndim());
    int[] tx = Arrays.copyOfRange(x.shapeRef(), 1, x.ndim());
    int per = Shapes.size(ty);
    int[] shape = concat(new int[] {b}, concat(ty, tx));
    DType type = jacobianType(x);
    boolean[] connected = {false};
    NDArray out;
    if (per == 0) {
      out = NDArray.allocate(type, shape);
    } else {
      // As in jacobian: one vectorized pass over the columns' seeds (column j: 1 at element j of
      // every row), else one pass per column; ops join the columns either way.
      NDArray seeds = Np.reshape(Np.broadcastTo(Np.reshape(Np.eye(per, null, 0, target.dtype()), per, 1, per), per, b, per),
          concat(new int[] {per}, target.shapeRef()));
      NDArray columns = vectorizedPasses(target, x, type, seeds, 1, connected);
      if (columns == null) {
        NDArray[] parts = new NDArray[per];
        for (int j = 0; j < per; j++) {
          NDArray g = backward(target, new NDArray[] {x}, batchSeed(target, b, per, j), UnconnectedGradients.NONE)[0];
          connected[0] |= g != null;
          parts[j] = part(g, x, type);
        }
        columns = Np.stack(parts, 1);
      }
      out = Np.reshape(columns, shape);
    }
    if (!persistent) {
      release();
    }
    return connected[0] || unconnected == UnconnectedGradients.ZERO ? out : null;
  }

  // ------------------------------------------------------------------ internals

  private void consume() {
    if (used && !persistent) {
      throw new RuntimeError("A non-persistent GradientTape can only be used to compute one set of "
          + "gradients (or jacobians)");
    }
    used = true;
  }

  private void release() {
    nodes.clear();
    nodes.trimToSize();
  }

  private NDArray[] resolve(List<?> sources) {
    NDArray[] out = new NDArray[sources.size()];
    for (int i = 0; i < out.length; i++) {
      Object s = sources.get(i);
      if (s instanceof NDArray a) {
        out[i] = a;
      } else if (s instanceof Variable v) {
        NDArray read = variables.get(v);
        out[i] = read != null ? read : v.peek();
      } else {
        throw new dev.numbat.errors.TypeError("gradient sources are NDArrays or Variables, not "
            + (s == null ? "None" : s.getClass().getSimpleName()));
      }
    }
    return out;
  }

  private static NDArray seedOf(Object outputGradients, NDArray target) {
    NDArray s = Scalars.operand(outputGradients).strong();
    if (!Arrays.equals(s.shapeRef(), target.shapeRef())) {
      // Np.copy, not a raw copy: a seed computed from watched arrays stays differentiable by an
      // outer tape (broadcast_to and copy are recorded ops).
      s = Np.copy(GradHelpers.expandTo(s, target.shapeRef()));
    }
    return s.dtype() == target.dtype() ? s : Np.astype(s, target.dtype());
  }

  /** Reverse pass from {@code target} (seeded with {@code seed}, or ones) to each source. */
  private NDArray[] backward(NDArray target, NDArray[] sources, NDArray seed, UnconnectedGradients unconnected) {
    boolean wasRecording = recording;
    recording = false;
    try {
      IdentityHashMap<NDArray, Boolean> dep = new IdentityHashMap<>();
      IdentityHashMap<NDArray, Boolean> isSource = new IdentityHashMap<>();
      for (NDArray s : sources) {
        isSource.put(s, Boolean.TRUE);
        if (tracked.containsKey(s)) {
          dep.put(s, Boolean.TRUE);
        }
      }
      int n = nodes.size();
      boolean[] relevant = new boolean[n];
      for (int i = 0; i < n; i++) {
        Tape.Node node = nodes.get(i);
        if (dependsOnSource(node, dep)) {
          relevant[i] = true;
          dep.put(node.result, Boolean.TRUE);
        }
      }
      IdentityHashMap<NDArray, NDArray> grads = new IdentityHashMap<>();
      if (dep.containsKey(target)) {
        grads.put(target, seed != null ? seed : Np.onesLike(target));
      }
      for (int i = n - 1; i >= 0; i--) {
        if (!relevant[i]) {
          continue;
        }
        Tape.Node node = nodes.get(i);
        NDArray g = isSource.containsKey(node.result) ? grads.get(node.result) : grads.remove(node.result);
        if (g == null) {
          continue;
        }
        propagate(node, g, dep, grads);
      }
      NDArray[] out = new NDArray[sources.length];
      for (int i = 0; i < sources.length; i++) {
        NDArray g = grads.get(sources[i]);
        if (g == null && unconnected == UnconnectedGradients.ZERO) {
          g = Np.zerosLike(sources[i]);
        }
        out[i] = g;
      }
      return out;
    } finally {
      recording = wasRecording;
    }
  }

  private static boolean dependsOnSource(Tape.Node node, Map<NDArray, Boolean> dep) {
    byte[] in = node.rule.inputs;
    for (int j = 0; j < in.length && j < node.args.length; j++) {
      if (in[j] == GradRule.ARRAY && node.args[j] instanceof NDArray a && dep.containsKey(a)) {
        return true;
      }
      if (in[j] == GradRule.ARRAYS && node.args[j] instanceof Object[] xs) {
        for (Object x : xs) {
          if (x instanceof NDArray a && dep.containsKey(a)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static void propagate(Tape.Node node, NDArray g, Map<NDArray, Boolean> dep,
      Map<NDArray, NDArray> grads) {
    GradRule rule = node.rule;
    byte[] in = rule.inputs;
    boolean[] need = new boolean[node.args.length];
    boolean any = false;
    for (int j = 0; j < in.length && j < need.length; j++) {
      if (in[j] == GradRule.ARRAY) {
        need[j] = node.args[j] instanceof NDArray a && dep.containsKey(a);
      } else if (in[j] == GradRule.ARRAYS && node.args[j] instanceof Object[] xs) {
        for (Object x : xs) {
          need[j] |= x instanceof NDArray a && dep.containsKey(a);
        }
      }
      any |= need[j];
    }
    if (!any) {
      return;
    }
    switch (rule.status) {
      case NOT_DIFFERENTIABLE -> throw new LookupError("No gradient defined for operation '" + rule.op
          + "': it is not differentiable (" + rule.spec + ": grad: none)");
      case UNDEFINED -> throw new LookupError("No gradient defined for operation '" + rule.op
          + "' (its spec " + rule.spec + " has no grad: rule)");
      default -> { }
    }
    Object[] out = rule.backward.apply(g, node.args, node.result, need);
    for (int j = 0; j < need.length; j++) {
      if (!need[j] || out[j] == null) {
        continue;
      }
      if (in[j] == GradRule.ARRAY) {
        accumulate((NDArray) node.args[j], (NDArray) out[j], dep, grads);
      } else {
        Object[] xs = (Object[]) node.args[j];
        NDArray[] gs = (NDArray[]) out[j];
        for (int k = 0; k < xs.length; k++) {
          if (xs[k] instanceof NDArray a && gs[k] != null) {
            accumulate(a, gs[k], dep, grads);
          }
        }
      }
    }
  }

  private static void accumulate(NDArray input, NDArray g, Map<NDArray, Boolean> dep, Map<NDArray, NDArray> grads) {
    if (!dep.containsKey(input)) {
      return;
    }
    g = GradHelpers.sumTo(g, input.shapeRef());
    if (g.dtype() != input.dtype()) {
      if (g.dtype().isComplex() && !input.dtype().isComplex()) {
        g = Np.real(g);
      }
      if (g.dtype() != input.dtype()) {
        g = Np.astype(g, input.dtype());
      }
    }
    NDArray prev = grads.get(input);
    grads.put(input, prev == null ? g : Np.add(prev, g));
  }

  /** One row of a jacobian: the pass's gradient in the jacobian's dtype, zeros when unconnected. */
  private static NDArray part(NDArray g, NDArray x, DType type) {
    return g == null ? Np.zeros(x.shapeRef(), type) : g.dtype() == type ? g : Np.astype(g, type);
  }

  /** The seed of jacobian row {@code i}: 1 at target's flat element i, 0 elsewhere (built by ops). */
  private static NDArray oneHot(NDArray target, int i) {
    NDArray flat = Np.zeros(new int[] {target.size()}, target.dtype()).at(i).set(1);
    return Np.reshape(flat, target.shapeRef());
  }

  /** The seed of batch-jacobian column j: 1 at element j of every one of the b rows. */
  private static NDArray batchSeed(NDArray target, int b, int per, int j) {
    NDArray rows = Np.zeros(new int[] {b, per}, target.dtype()).at(new Slice(null, null, null), j).set(1);
    return Np.reshape(rows, target.shapeRef());
  }

  private static DType jacobianType(NDArray x) {
    return x.dtype().isInexact() ? x.dtype() : DType.FLOAT32;
  }

  private static int[] concat(int[] a, int[] b) {
    int[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
