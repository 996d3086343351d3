package dev.numbat.benchmarks;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.autodiff.GradientTape;
import dev.numbat.trace.CompiledFunction;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code ./numbat bench grad}: the TF NumPy guide's {@code compute_gradients} (dense 32->64 + ReLU,
 * linear 64->2, squared loss, batch 512, float32), as {@code examples/GradientModel} ports it:
 * Numbat eagerly (a {@code GradientTape}) and compiled ({@code Np.function} around the function that
 * opens the tape and returns the gradients), against TF's GradientTape eagerly and in
 * {@code tf.function}, {@code jax.grad} eagerly and under {@code jax.jit}, and torch autograd.
 */
@State(Scope.Thread)
public class GradBench {
  static final int BATCH = 512;
  static final List<String> PEERS = List.of("tf", "tf.function", "jax", "jax.jit", "torch");

  NDArray w1;
  NDArray bias;
  NDArray w2;
  NDArray inputs;
  NDArray labels;
  CompiledFunction compiled;

  @Setup
  public void setup() {
    w1 = Np.divide(Inputs.gaussian(32, 64), Math.sqrt(32));
    bias = Inputs.gaussian(64);
    w2 = Np.divide(Inputs.gaussian(64, 2), 8);
    inputs = Inputs.gaussian(BATCH, 32);
    labels = Inputs.gaussian(BATCH, 2);
    compiled = compiledGradients();
  }

  static List<NDArray> computeGradients(List<NDArray> weights, NDArray inputs, NDArray labels) {
    GradientTape tape = new GradientTape();
    try (tape) {
      tape.watch(weights);
      NDArray y = Np.add(Np.matmul(inputs, weights.get(0)), weights.get(1));
      y = Np.maximum(y, 0);
      NDArray prediction = Np.matmul(y, weights.get(2));
      NDArray loss = Np.sum(Np.square(Np.subtract(prediction, labels)));
      return tape.gradient(loss, weights);
    }
  }

  /** The weights are arguments (as for jax.grad), so the trace does not freeze them as constants. */
  static CompiledFunction compiledGradients() {
    return CompiledFunction.ofArrays(5, a -> computeGradients(List.of(a[0], a[1], a[2]), a[3], a[4]));
  }

  @Benchmark
  public List<NDArray> eager() {
    return computeGradients(List.of(w1, bias, w2), inputs, labels);
  }

  @Benchmark
  public Object compiled() {
    return compiled.call(w1, bias, w2, inputs, labels);
  }

  /**
   * Tracing, optimising and compiling the guide gradient, plus its first call: a new function each
   * time (the JVM warm, as after a first trace in a long-running program).
   */
  @Benchmark
  public Object traceAndCompile() {
    return compiledGradients().call(w1, bias, w2, inputs, labels);
  }

  /** What {@link #measure} saw: peers, Numbat eager and compiled (or why compiled does not run). */
  record Measured(Map<String, Peers.Result> peers, Map<String, Jmh.Score> ours, String compiledFails) {
    void print() {
      System.out.println("Gradient benchmark: the guide's compute_gradients (dense 32->64 relu, linear 64->2, "
          + "squared loss), batch " + BATCH + ", float32, per call");
      Jmh.Score eager = ours.get("eager");
      Jmh.Score comp = ours.get("compiled");
      Table t = new Table("who", "time", "Numbat eager speed-up", "Numbat compiled speed-up");
      for (Peers.Result p : peers.values()) {
        double s = p.time("grad_" + BATCH);
        t.row(p.ran() ? p.label() : p.peer() + " (" + p.missing() + ")", Table.time(s),
            Table.ratio(s, eager.seconds()), comp == null ? "-" : Table.ratio(s, comp.seconds()));
      }
      t.row("Numbat eager (GradientTape)", Table.time(eager), "1.00x",
          comp == null ? "-" : Table.ratio(eager.seconds(), comp.seconds()));
      t.row("Numbat compiled (Np.function)", comp == null ? "fails: " + compiledFails : Table.time(comp),
          comp == null ? "-" : Table.ratio(comp.seconds(), eager.seconds()), comp == null ? "-" : "1.00x");
      t.print();
      System.out.println("(speed-up = that row's time / Numbat's time, > 1: Numbat is faster; Numbat alloc/call: eager "
          + Table.bytes(eager) + ", compiled " + Table.bytes(comp) + ")");
      Jmh.Score tc = ours.get("traceAndCompile");
      if (tc != null) {
        System.out.println("Numbat trace + optimise + compile + first call of the guide gradient (a new function each time): "
            + Table.time(tc));
      }
    }

    void checklist() {
      Jmh.Score comp = ours.get("compiled");
      if (comp == null) {
        Table.check(false, "compiled guide gradient at batch " + BATCH + " (all three targets)", "fails: " + compiledFails);
        return;
      }
      double c = comp.seconds();
      double e = ours.get("eager").seconds();
      double tf = peers.get("tf.function").time("grad_" + BATCH);
      double jit = peers.get("jax.jit").time("grad_" + BATCH);
      Table.check(e / c >= 3, "compiled guide gradient >= 3x Numbat eager", Table.ratio(e, c));
      Table.check(tf / c > 1, "compiled guide gradient faster than tf.function", Table.ratio(tf, c));
      Table.check(c <= 1.5 * jit, "compiled guide gradient within 1.5x of jax.jit", String.format("%.2fx jax.jit's time", c / jit));
      Jmh.Score tc = ours.get("traceAndCompile");
      Table.check(tc != null && tc.seconds() < 0.050, "tracing + compiling the guide gradient under 50 ms",
          tc == null ? "not measured" : Table.time(tc));
    }
  }

  static Measured measure() throws Exception {
    Map<String, Peers.Result> peers = Peers.run("grad.py", PEERS, Integer.toString(BATCH));
    String fails = null;
    try {
      GradBench g = new GradBench();
      g.setup();
      g.compiled();
    } catch (RuntimeException | Error e) {
      fails = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }
    Map<String, Jmh.Score> ours = Jmh.run("grad", GradBench.class, fails == null ? "eager|compiled|traceAndCompile" : "eager");
    return new Measured(peers, ours, fails);
  }

  static void report() throws Exception {
    Measured m = measure();
    System.out.println();
    m.print();
    System.out.println("Issue 13 targets for the compiled gradient (this run):");
    m.checklist();
  }
}
