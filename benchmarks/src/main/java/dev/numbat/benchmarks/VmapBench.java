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
 * {@code ./numbat bench vmap}: the TF NumPy guide's per-example gradients ("Vectorization:
 * tf.vectorized_map": its compute_gradients on one example, as a batch of one, mapped over a batch
 * of 128, float32): Numbat's {@code Np.vectorizedMap} eagerly and inside {@code Np.function}, and
 * {@code Np.mapFn} (the loop over the examples), against TF's {@code vectorized_map} and
 * {@code map_fn} inside {@code tf.function} (as the guide runs them), {@code jax.jit(jax.vmap(
 * jax.grad))} and {@code torch.func.vmap(torch.func.grad)}.
 */
@State(Scope.Thread)
public class VmapBench {
  static final int BATCH = 128;
  static final List<String> PEERS = List.of("tf.vectorized_map", "tf.map_fn", "jax.jit(vmap(grad))", "torch.func.vmap");

  List<NDArray> weights;
  NDArray inputs;
  NDArray labels;
  CompiledFunction compiled;

  @Setup
  public void setup() {
    weights = List.of(Np.divide(Inputs.gaussian(32, 64), Math.sqrt(32)), Inputs.gaussian(64),
        Np.divide(Inputs.gaussian(64, 2), 8));
    inputs = Inputs.gaussian(BATCH, 32);
    labels = Inputs.gaussian(BATCH, 2);
    compiled = Np.function((x, y) -> vectorized(x, y));
  }

  List<NDArray> singleExample(NDArray input, NDArray label) {
    return GradBench.computeGradients(weights, Np.expandDims(input, 0), Np.expandDims(label, 0));
  }

  List<NDArray> vectorized(NDArray x, NDArray y) {
    return Np.vectorizedMap(this::singleExample, x, y);
  }

  @Benchmark
  public List<NDArray> vectorizedEager() {
    return vectorized(inputs, labels);
  }

  @Benchmark
  public Object vectorizedCompiled() {
    return compiled.call(inputs, labels);
  }

  @Benchmark
  public List<NDArray> mapFn() {
    return Np.mapFn(this::singleExample, inputs, labels);
  }

  static void report() throws Exception {
    Map<String, Peers.Result> peers = Peers.run("vmap.py", PEERS, Integer.toString(BATCH));
    Map<String, Jmh.Score> ours = Jmh.run("vmap", VmapBench.class, "vectorizedEager|vectorizedCompiled|mapFn");
    String key = "per_example_" + BATCH;
    Jmh.Score comp = ours.get("vectorizedCompiled");
    System.out.println();
    System.out.println("Per-example gradients: the guide's compute_gradients per example (dense 32->64 relu, linear 64->2,"
        + " squared loss), batch " + BATCH + ", float32, per call");
    Table t = new Table("who", "time", "Numbat vectorizedMap in Np.function speed-up");
    for (Peers.Result p : peers.values()) {
      double s = p.time(key);
      t.row(p.ran() ? p.label() : p.peer() + " (" + p.missing() + ")", Table.time(s), Table.ratio(s, comp.seconds()));
    }
    for (String[] row : new String[][] {{"vectorizedCompiled", "Numbat vectorizedMap inside Np.function"},
        {"vectorizedEager", "Numbat vectorizedMap eager"}, {"mapFn", "Numbat mapFn (loop of 128 tapes)"}}) {
      Jmh.Score s = ours.get(row[0]);
      t.row(row[1], Table.time(s), Table.ratio(s.seconds(), comp.seconds()));
    }
    t.print();
    System.out.println("(speed-up = that row's time / Numbat compiled vectorizedMap's time, > 1: Numbat is faster;"
        + " Numbat alloc/call: compiled " + Table.bytes(comp) + ", eager " + Table.bytes(ours.get("vectorizedEager")) + ")");
    System.out.println("Issue 14 targets (this run):");
    double c = comp.seconds();
    double loop = ours.get("mapFn").seconds();
    Table.check(loop / c >= 30, "vectorizedMap inside Np.function >= 30x mapFn", Table.ratio(loop, c));
    double tf = peers.get("tf.vectorized_map").time(key);
    Table.check(tf / c > 1, "faster than TF's vectorized_map in tf.function", Table.ratio(tf, c));
    double jax = peers.get("jax.jit(vmap(grad))").time(key);
    Table.check(c <= jax, "at least as fast as jax.jit(vmap(grad))", Table.ratio(jax, c));
  }
}
