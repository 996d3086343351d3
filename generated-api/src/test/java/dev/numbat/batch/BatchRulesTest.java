package dev.numbat.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.core.Op;
import dev.numbat.ops.OpTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The specs' {@code batch:} keys say what the batching interpreter does with each primitive. */
class BatchRulesTest {
  /** The spec key a primitive's batching asks for: its rule's family, or why it has none. */
  private static String expectedKey(Op op) {
    String how = BatchInterpreter.batching(op);
    if (how == null) {
      return "loop";
    }
    return switch (how) {
      case "refused" -> op.name.startsWith("random.") ? "random" : "factory";
      case "metadata" -> null;
      default -> how;
    };
  }

  @Test
  void everyPrimitiveStatesItsRulesFamily() {
    List<String> wrong = new ArrayList<>();
    int loops = 0;
    int primitives = 0;
    for (Op op : OpTable.OPS) {
      if (op.role != Op.Role.PRIMITIVE) {
        continue;
      }
      primitives++;
      String want = expectedKey(op);
      loops += "loop".equals(want) ? 1 : 0;
      if (!java.util.Objects.equals(want, op.batch)) {
        wrong.add(op.name + " (" + op.spec + "): batch: " + op.batch + ", the interpreter: " + want);
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(loops * 20 <= primitives, loops + " of " + primitives + " primitives fall back to the loop (goal: at most 5%)");
  }
}
