package dev.numbat.conformance;

import dev.numbat.batch.BatchInterpreter;
import dev.numbat.core.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's batching section: how {@code Np.vmap} batches each primitive (its rule's family,
 * the example's metadata, a refusal for random draws, or the loop over the examples), how often
 * the loop ran during this run, and the line {@code BATCH primitives=N rule=N ... loop=N}.
 */
final class BatchRules {
  private BatchRules() {}

  static String section() {
    List<Op> prims = new ArrayList<>();
    for (Op op : OpRoles.all()) {
      if (op.role == Op.Role.PRIMITIVE) {
        prims.add(op);
      }
    }
    Map<String, Long> ran = BatchInterpreter.fallbacks();
    StringBuilder loops = new StringBuilder();
    int rule = 0;
    int metadata = 0;
    int refused = 0;
    int factory = 0;
    int loop = 0;
    for (Op op : prims) {
      String how = BatchInterpreter.batching(op);
      if (how == null) {
        loop++;
        loops.append("| ").append(op.name).append(" | ").append(op.family).append(" | ").append(op.spec).append(" | ")
            .append(ran.getOrDefault(op.name, 0L)).append(" |\n");
      } else if (how.equals("metadata")) {
        metadata++;
      } else if (how.equals("refused")) {
        refused++;
      } else if (how.equals("factory")) {
        factory++;
      } else {
        rule++;
      }
    }
    StringBuilder b = new StringBuilder("## Batching (Np.vmap)\n\n");
    b.append("Each primitive is batched by a rule of its family (").append(rule).append("), runs on its example's dtypes ")
        .append("and shapes (metadata, ").append(metadata).append("), is refused on a batched argument (random draws, ")
        .append(refused).append("), takes no arrays (factories of shapes and numbers, ").append(factory)
        .append("), or falls back to a loop over the examples (").append(loop).append(", listed with ")
        .append("the number of loops this run made). `vmap:OP` rows check the rules against the op applied per example.\n\n");
    b.append("| fallback primitive | family | where | loops this run |\n|---|---|---|---:|\n").append(loops).append('\n');
    List<String> handed = new ArrayList<>();
    for (Op op : prims) {
      if (BatchInterpreter.batching(op) != null && ran.containsKey(op.name)) {
        handed.add(op.name + " (" + ran.get(op.name) + ")");
      }
    }
    b.append("Primitives with a rule whose rule handed some calls to the loop this run (an argument batched where the ")
        .append("rule has no rewriting, or a form it leaves to the loop): ")
        .append(handed.isEmpty() ? "none" : String.join(", ", handed)).append(".\n\n");
    b.append(String.format(Locale.ROOT, "BATCH primitives=%d rule=%d metadata=%d refused=%d factory=%d loop=%d (%.1f%%)",
        prims.size(), rule, metadata, refused, factory, loop, 100.0 * loop / prims.size())).append("\n\n");
    return b.toString();
  }
}
