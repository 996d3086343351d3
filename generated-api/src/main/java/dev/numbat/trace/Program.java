package dev.numbat.trace;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.backend.cpu.FusedLoop;
import java.util.List;

/**
 * A compiled function's optimised form, what an eager call runs: the graph's equations after
 * {@link Passes} and {@link Fusion}, as a list of nodes over one environment of values. A node
 * either applies one op's implementation (its kernel; no dispatch, nothing recorded) or runs a
 * fused element-wise region.
 */
final class Program {
  /** One step of the program. */
  interface Node {
    void run(Object[] env);

    /** Lines of the listing, indented by {@code indent}. */
    void text(StringBuilder b, String indent);
  }

  private final Graph graph;
  private final List<Node> nodes;

  Program(Graph graph, List<Node> nodes) {
    this.graph = graph;
    this.nodes = List.copyOf(nodes);
  }

  int fusedRegions() {
    return (int) nodes.stream().filter(n -> n instanceof Region).count();
  }

  Object run(NDArray[] args) {
    Object[] env = new Object[graph.vars];
    for (int i = 0; i < args.length; i++) {
      env[graph.inputs.get(i).id()] = args[i];
    }
    for (Node n : nodes) {
      n.run(env);
    }
    return Graph.fill(graph.outputs, env);
  }

  /** An equation run by its op's implementation. */
  record Apply(Graph.Eqn eqn) implements Node {
    @Override
    public void run(Object[] env) {
      Graph.bind(eqn.out(), eqn.op().impl((Object[]) Graph.fill(eqn.args(), env)), env);
    }

    @Override
    public void text(StringBuilder b, String indent) {
      Graph.line(b, indent, eqn);
    }
  }

  /**
   * A fused region: {@code inputs} (Vars, or constant arrays already in their loop's dtype) feed
   * the plan; its outputs (and its reduction's result, last) are bound to {@code outputs}.
   */
  record Region(FusedLoop.Plan plan, Object[] inputs, Graph.Var[] outputs, List<Graph.Eqn> members) implements Node {
    @Override
    public void run(Object[] env) {
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
      NDArray[] r = plan.run(in);
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
