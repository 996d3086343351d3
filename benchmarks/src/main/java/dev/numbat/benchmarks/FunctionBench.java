package dev.numbat.benchmarks;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.trace.CompiledFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code ./numbat bench function}: sigmoid {@code 1/(1+exp(-x))} on float32 at 2^0 ... 2^24, eager
 * and compiled ({@code Np.function}), against every peer eagerly and compiled (NumPy, numexpr, TF
 * eager and {@code tf.function}, JAX eager and {@code jax.jit}, PyTorch), with a plain copy of the
 * same bytes as the memory floor; then the guide's gradient ({@link GradBench}); then issue 13's
 * targets for {@code Np.function} as a checklist.
 */
@State(Scope.Thread)
public class FunctionBench {
  static final List<String> PEERS = List.of("numpy", "numexpr", "tf", "tf.function", "jax", "jax.jit", "torch");

  @Param({"0", "5", "10", "15", "20", "24"})
  public int exp;

  NDArray x;
  CompiledFunction compiled;

  @Setup
  public void setup() {
    x = Inputs.gaussian(1 << exp);
    compiled = Np.function((NDArray y) -> SigmoidBench.sigmoidOf(y));
    compiled.apply(x);
  }

  @Benchmark
  public NDArray eager() {
    return SigmoidBench.sigmoidOf(x);
  }

  @Benchmark
  public NDArray compiled() {
    return compiled.apply(x);
  }

  /** The memory floor: one pass that reads the input and writes a fresh output of the same size. */
  @Benchmark
  public NDArray copy() {
    return Np.copy(x);
  }

  static void report() throws Exception {
    Map<String, Peers.Result> peers = Peers.run("sigmoid.py", PEERS, String.join(",", SigmoidBench.EXPS), "copy");
    Map<String, Jmh.Score> ours = Jmh.run("function", FunctionBench.class, "eager|compiled|copy");
    GradBench.Measured grad = GradBench.measure();

    System.out.println();
    System.out.println("Function benchmark: sigmoid 1/(1+exp(-x)), float32, per call (Numbat: JMH average ± 99.9% "
        + "error; peers: median of 7 samples, each in its own process, same command)");
    for (Peers.Result p : peers.values()) {
      System.out.println("  " + p.peer() + ": " + (p.ran() ? p.label() : p.missing()));
    }
    List<String> header = new ArrayList<>(List.of("size", "NumPy copy"));
    PEERS.forEach(header::add);
    header.addAll(List.of("Numbat copy", "Numbat eager", "Numbat compiled"));
    Table t = new Table(header.toArray(String[]::new));
    for (String e : SigmoidBench.EXPS) {
      List<String> row = new ArrayList<>(List.of("2^" + e, Table.time(peers.get("numpy").time("copy_" + e))));
      for (String p : PEERS) {
        row.add(Table.time(peers.get(p).time("sigmoid_" + e)));
      }
      row.add(Table.time(ours.get("copy@" + e)));
      row.add(Table.time(ours.get("eager@" + e)));
      row.add(Table.time(ours.get("compiled@" + e)));
      t.row(row.toArray(String[]::new));
    }
    t.print();

    System.out.println();
    System.out.println("Speed-up of Numbat compiled (and eager) over each peer: peer time / Numbat time, > 1: Numbat is faster");
    List<String> h2 = new ArrayList<>(List.of("size"));
    PEERS.forEach(h2::add);
    h2.addAll(List.of("vs Numbat eager", "Numbat copy / compiled", "eager: vs NumPy", "alloc/call eager", "compiled"));
    Table r = new Table(h2.toArray(String[]::new));
    for (String e : SigmoidBench.EXPS) {
      double c = ours.get("compiled@" + e).seconds();
      double eager = ours.get("eager@" + e).seconds();
      List<String> row = new ArrayList<>(List.of("2^" + e));
      for (String p : PEERS) {
        row.add(Table.ratio(peers.get(p).time("sigmoid_" + e), c));
      }
      row.add(Table.ratio(eager, c));
      row.add(Table.ratio(ours.get("copy@" + e).seconds(), c));
      row.add(Table.ratio(peers.get("numpy").time("sigmoid_" + e), eager));
      row.add(Table.bytes(ours.get("eager@" + e)));
      row.add(Table.bytes(ours.get("compiled@" + e)));
      r.row(row.toArray(String[]::new));
    }
    r.print();

    System.out.println();
    grad.print();

    System.out.println();
    System.out.println("Issue 13 targets for Np.function (this run):");
    boolean vsNumpy = true;
    boolean vsJit = true;
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (String e : SigmoidBench.EXPS) {
      int k = Integer.parseInt(e);
      double c = ours.get("compiled@" + e).seconds();
      if (k >= 10) {
        double np = peers.get("numpy").time("sigmoid_" + e);
        vsNumpy &= np / c >= 2;
        a.append(a.isEmpty() ? "" : ", ").append("2^" + e + ": " + Table.ratio(np, c));
      }
      if (k >= 15) {
        double jit = peers.get("jax.jit").time("sigmoid_" + e);
        vsJit &= !(jit / c < 1);
        b.append(b.isEmpty() ? "" : ", ").append("2^" + e + ": " + Table.ratio(jit, c));
      }
    }
    double c24 = ours.get("compiled@24").seconds();
    double copy24 = ours.get("copy@24").seconds();
    double c0 = ours.get("compiled@0").seconds();
    Table.check(vsNumpy, "compiled sigmoid >= 2x NumPy at 2^10 and above", a.toString());
    Table.check(vsJit && peers.get("jax.jit").ran(), "compiled sigmoid >= jax.jit at 2^15 and above", b.toString());
    Table.check(c24 <= 1.5 * copy24, "compiled sigmoid at 2^24 within 1.5x of the copy",
        String.format("%.2fx the copy", c24 / copy24));
    Table.check(c0 < 1e-6, "cached compiled call on 1 element under 1 us", Table.time(c0));
    grad.checklist();
  }
}
