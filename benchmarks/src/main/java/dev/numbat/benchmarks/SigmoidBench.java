package dev.numbat.benchmarks;

import static dev.numbat.Np.*;

import dev.numbat.NDArray;
import dev.numbat.kernels.cpu.Vectorized;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code ./numbat bench sigmoid}, issue 16's yardstick: the seed guide's {@code 1/(1+exp(-x))} on
 * float32, eager, at 2^0 ... 2^24 elements, and a 1-element {@code add}, against NumPy. NumPy runs
 * before and after JMH in the same command; ratios use the faster of its two runs.
 */
@State(Scope.Thread)
public class SigmoidBench {
  static final String[] EXPS = {"0", "5", "10", "15", "20", "24"};

  @Param({"0", "5", "10", "15", "20", "24"})
  public int exp;

  NDArray x;
  NDArray one;

  @Setup
  public void setup() {
    x = Inputs.gaussian(1 << exp);
    one = ones(new int[] {1}, float32);
  }

  static NDArray sigmoidOf(NDArray y) {
    return trueDivide(1.0, add(1.0, exp(negative(y))));
  }

  @Benchmark
  public NDArray eager() {
    return sigmoidOf(x);
  }

  /** A 1-element add: the eager path's fixed cost (run once, at the first exp only). */
  @Benchmark
  public NDArray add1() {
    return add(one, one);
  }

  static void report() throws Exception {
    String exps = String.join(",", EXPS);
    Peers.Result before = Peers.run("sigmoid.py", List.of("numpy"), exps).get("numpy");
    Map<String, Jmh.Score> eager = Jmh.run("sigmoid", SigmoidBench.class, "eager");
    Map<String, Jmh.Score> add1 = Jmh.run("sigmoid-add1", SigmoidBench.class, "add1", Jmh.hostJvmArgs(),
        Map.of("exp", new String[] {"0"}));
    Peers.Result after = Peers.run("sigmoid.py", List.of("numpy"), exps).get("numpy");
    System.out.println();
    System.out.println("Sigmoid benchmark: 1/(1+exp(-x)) on float32, eager, per call (JMH: " + Jmh.forks()
        + " fork, average time ± 99.9% error; NumPy: median of 7 samples, run before and after JMH)");
    System.out.println("Numbat (SIMD " + Vectorized.get().name() + ", " + Runtime.getRuntime().availableProcessors()
        + " cores) vs " + (before.ran() ? "NumPy " + before.version() : "NumPy: " + before.missing()));
    Table t = new Table("size", "NumPy before", "NumPy after", "Numbat", "speed-up", "Numbat alloc/call");
    boolean fast = true;
    StringBuilder fastText = new StringBuilder();
    for (String e : EXPS) {
      Jmh.Score s = eager.get("eager@" + e);
      double np = best(before, after, "sigmoid_" + e);
      t.row("2^" + e, Table.time(before.time("sigmoid_" + e)), Table.time(after.time("sigmoid_" + e)), Table.time(s),
          Table.ratio(np, s.seconds()), Table.bytes(s));
      if (Integer.parseInt(e) >= 10) {
        fast &= np / s.seconds() >= 1.5;
        fastText.append(fastText.isEmpty() ? "" : ", ").append("2^" + e + ": " + Table.ratio(np, s.seconds()));
      }
    }
    Jmh.Score a = add1.get("add1@0");
    double npAdd = best(before, after, "add1");
    t.row("add(1)", Table.time(before.time("add1")), Table.time(after.time("add1")), Table.time(a),
        Table.ratio(npAdd, a.seconds()), Table.bytes(a));
    t.print();
    System.out.println("(speed-up = NumPy time / Numbat time, > 1: Numbat is faster)");
    System.out.println("Issue 16, target 1:");
    Table.check(fast, "eager sigmoid >= 1.5x NumPy at 2^10, 2^15, 2^20, 2^24", fastText.toString());
    Table.check(npAdd > a.seconds(), "1-element add faster than NumPy's", Table.ratio(npAdd, a.seconds()));
  }

  /** The faster of NumPy's two runs (the ratio that is hardest for Numbat). */
  static double best(Peers.Result before, Peers.Result after, String key) {
    return Math.min(before.time(key), after.time(key));
  }
}
