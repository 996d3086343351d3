package dev.numbat.trace;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.backend.cpu.FusedLoop;
import dev.numbat.impl.linalg.Gemm;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A compiled function's optimised form, what an eager call runs: the graph's equations after
 * {@link Passes} and {@link Fusion}, as a list of nodes over one environment of values. A node
 * either applies one op's implementation (its kernel; no dispatch, nothing recorded) or runs a
 * fused element-wise region.
 *
 * <p>Buffer planning across calls: a value that is neither a result nor possibly viewed by one
 * (an op outside a region may return a view of its operands, so everything a result may alias is
 * excluded) and that a region or a matmul computes gets a workspace buffer, allocated at the first
 * call and rewritten by every later one. A call then allocates its results (and what other ops
 * allocate inside themselves), and its intermediates stay in cache from one call to the next.
 * Workspaces are pooled, so calls from several threads at once each take their own.
 */
final class Program {
  /** One step of the program. */
  interface Node {
    /** Runs the step; {@code ws} holds the workspace buffers by value id (null: none yet). */
    void run(Object[] env, NDArray[] ws);

    /** Lines of the listing, indented by {@code indent}. */
    void text(StringBuilder b, String indent);
  }

  private final Graph graph;
  private final List<Node> nodes;

  private final ConcurrentLinkedQueue<NDArray[]> workspaces = new ConcurrentLinkedQueue<>();

  Program(Graph graph, List<Node> nodes) {
    this.graph = graph;
    this.nodes = List.copyOf(planBuffers(nodes, escaping(graph, nodes)));
  }

  /** Values a result may be or may view: the results, and through every Apply, its operands. */
  private static Set<Graph.Var> escaping(Graph graph, List<Node> nodes) {
    Set<Graph.Var> out = new HashSet<>();
    collect(graph.outputs, out);
    for (int i = nodes.size() - 1; i >= 0; i--) {
      if (nodes.get(i) instanceof Apply a && reaches(a.eqn().out(), out)) {
        collect(a.eqn().args(), out);
      }
    }
    return out;
  }

  private static boolean reaches(Object t, Set<Graph.Var> s) {
    if (t instanceof Graph.Var v) {
      return s.contains(v);
    }
    if (t instanceof Object[] xs) {
      for (Object x : xs) {
        if (reaches(x, s)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void collect(Object t, Set<Graph.Var> s) {
    if (t instanceof Graph.Var v) {
      s.add(v);
    } else if (t instanceof Object[] xs) {
      for (Object x : xs) {
        collect(x, s);
      }
    } else if (t instanceof List<?> xs) {
      for (Object x : xs) {
        collect(x, s);
      }
    }
  }

  /** Regions get their workspace outputs; a matmul of two traced arrays with a private result becomes a {@link Matmul}. */
  private static List<Node> planBuffers(List<Node> nodes, Set<Graph.Var> escaping) {
    List<Node> planned = new ArrayList<>(nodes.size());
    for (Node n : nodes) {
      if (n instanceof Region r) {
        boolean[] own = new boolean[r.outputs().length];
        boolean any = false;
        for (int i = 0; i < own.length; i++) {
          own[i] = !escaping.contains(r.outputs()[i]);
          any |= own[i];
        }
        planned.add(any ? new Region(r.plan(), r.inputs(), r.outputs(), r.members(), own, r.cuda()) : r);
      } else if (n instanceof Apply a && a.eqn().op().name.equals("matmul") && a.eqn().args().length == 2
          && a.eqn().args()[0] instanceof Graph.Var x && a.eqn().args()[1] instanceof Graph.Var y
          && x.aval().dtype() == y.aval().dtype() && a.eqn().out() instanceof Graph.Var o && !escaping.contains(o)) {
        planned.add(new Matmul(a.eqn(), x, y, o));
      } else {
        planned.add(n);
      }
    }
    return planned;
  }

  /** The workspace buffer of {@code v}, made at its first use. */
  private static NDArray buffer(NDArray[] ws, Graph.Var v) {
    NDArray b = ws[v.id()];
    if (b == null) {
      b = NDArray.allocate(v.aval().dtype(), v.aval().shape());
      ws[v.id()] = b;
    }
    return b;
  }

  int fusedRegions() {
    return (int) nodes.stream().filter(n -> n instanceof Region).count();
  }

  Object run(NDArray[] args) {
    Object[] env = new Object[graph.vars];
    for (int i = 0; i < args.length; i++) {
      env[graph.inputs.get(i).id()] = args[i];
    }
    NDArray[] ws = workspaces.poll();
    if (ws == null) {
      ws = new NDArray[graph.vars];
    }
    try {
      for (Node n : nodes) {
        n.run(env, ws);
      }
      return Graph.fill(graph.outputs, env);
    } finally {
      workspaces.offer(ws);
    }
  }

  /**
   * The program on GPU {@code target}: each fused region one CUDA kernel (its {@link CudaRegion}
   * source, compiled by NVRTC), every other equation through dispatch, so it runs on the GPU by
   * the device policy (a GPU kernel, or soft placement). A region without a GPU form, or one the
   * backend cannot launch, runs its equations one by one.
   */
  Object runOnGpu(NDArray[] args, dev.numbat.device.Device target) {
    dev.numbat.device.Placement.Gpu gpu = dev.numbat.device.Placement.backend(target);
    Object[] env = new Object[graph.vars];
    for (int i = 0; i < args.length; i++) {
      env[graph.inputs.get(i).id()] = args[i];
    }
    for (Node n : nodes) {
      if (n instanceof Region r && r.cuda() != null && !(r.cuda() instanceof String) && fused(r, env, gpu, target)) {
        continue;
      }
      List<Graph.Eqn> eqns = switch (n) {
        case Region r -> r.members();
        case Apply a -> List.of(a.eqn());
        case Matmul m -> List.of(m.eqn());
        default -> throw new IllegalStateException(n.toString());
      };
      for (Graph.Eqn e : eqns) {
        Graph.bind(e.out(), dev.numbat.core.Dispatch.bind(e.op(), (Object[]) Graph.fill(e.args(), env)), env);
      }
    }
    return Graph.fill(graph.outputs, env);
  }

  private static boolean fused(Region r, Object[] env, dev.numbat.device.Placement.Gpu gpu, dev.numbat.device.Device target) {
    NDArray[] in = new NDArray[r.inputs().length];
    for (int i = 0; i < in.length; i++) {
      in[i] = r.inputs()[i] instanceof Graph.Var v ? (NDArray) env[v.id()] : (NDArray) r.inputs()[i];
    }
    Graph.Eqn last = r.members().get(r.members().size() - 1);
    boolean reduces = last.op() instanceof dev.numbat.core.ReductionOp;
    int outs = r.outputs().length - (reduces ? 1 : 0);
    dev.numbat.DType[] types = new dev.numbat.DType[outs];
    for (int i = 0; i < outs; i++) {
      types[i] = r.outputs()[i].aval().dtype();
    }
    Graph.Var red = reduces ? r.outputs()[outs] : null;
    NDArray[] got = gpu.fused(r.cuda(), in, r.plan().shape(), types, reduces ? last.op().name : null,
        reduces ? red.aval().dtype() : null, reduces ? red.aval().shape() : null, target);
    if (got == null) {
      return false;
    }
    for (int i = 0; i < r.outputs().length; i++) {
      env[r.outputs()[i].id()] = got[i];
    }
    return true;
  }

  /** An equation run by its op's implementation. */
  record Apply(Graph.Eqn eqn) implements Node {
    @Override
    public void run(Object[] env, NDArray[] ws) {
      Graph.bind(eqn.out(), eqn.op().impl((Object[]) Graph.fill(eqn.args(), env)), env);
    }

    @Override
    public void text(StringBuilder b, String indent) {
      Graph.line(b, indent, eqn);
    }
  }

  /** matmul of two traced arrays of one dtype whose result is private: written into its workspace buffer. */
  record Matmul(Graph.Eqn eqn, Graph.Var x, Graph.Var y, Graph.Var out) implements Node {
    @Override
    public void run(Object[] env, NDArray[] ws) {
      env[out.id()] = Gemm.matmul((NDArray) env[x.id()], (NDArray) env[y.id()], "matmul", buffer(ws, out));
    }

    @Override
    public void text(StringBuilder b, String indent) {
      Graph.line(b, indent, eqn);
    }
  }

  /**
   * A fused region: {@code inputs} (Vars, or constant arrays already in their loop's dtype) feed
   * the plan; its outputs (and its reduction's result, last) are bound to {@code outputs}; the
   * outputs marked {@code own} are written into workspace buffers; {@code cuda} is its CUDA C
   * ({@link CudaRegion}: a {@code KernelSource}, or a String saying why it has none).
   */
  record Region(FusedLoop.Plan plan, Object[] inputs, Graph.Var[] outputs, List<Graph.Eqn> members, boolean[] own,
      Object cuda) implements Node {

    @Override
    public void run(Object[] env, NDArray[] ws) {
      NDArray[] in = new NDArray[inputs.length];
      int[] shape = null;
      for (int i = 0; i < in.length; i++) {
        NDArray x = inputs[i] instanceof Graph.Var v ? (NDArray) env[v.id()] : (NDArray) inputs[i];
        if (!plan.readable(x)) {
          // A broadcast the blocks cannot walk (a column against rows, a transposed view): one copy.
          shape = shape == null ? plan.shape() : shape;
          x = Np.ascontiguousarray(Np.broadcastTo(x, shape));
        }
        in[i] = x;
      }
      NDArray[] into = null;
      if (own != null) {
        into = new NDArray[own.length];
        for (int i = 0; i < own.length; i++) {
          // the reduction's result, when there is one, is last in outputs and never in own
          into[i] = own[i] && i < plan.outputCount() ? buffer(ws, outputs[i]) : null;
        }
      }
      NDArray[] r = plan.run(in, into);
      for (int i = 0; i < outputs.length; i++) {
        env[outputs[i].id()] = r[i];
      }
    }

    @Override
    public void text(StringBuilder b, String indent) {
      b.append(indent).append("fused ").append(Graph.text(outputs, true)).append(" (").append(plan.describe())
          .append(") {\n");
      for (Graph.Eqn e : members) {
        Graph.line(b, indent + "  ", e);
      }
      b.append(indent).append("}\n");
    }
  }

  /** Each fused region's CUDA C, in program order: a {@code KernelSource}, or a String saying why it has none. */
  List<Object> cudaRegions() {
    List<Object> out = new ArrayList<>();
    for (Node n : nodes) {
      if (n instanceof Region r) {
        out.add(r.cuda());
      }
    }
    return out;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    Graph.header(b, graph);
    for (Node n : nodes) {
      n.text(b, "  ");
    }
    return b.append("  return ").append(Graph.text(graph.outputs, false)).append("\n}").toString();
  }
}
