package dev.numbat.conformance;

import dev.numbat.core.Op;
import dev.numbat.indexing.IndexOps;
import dev.numbat.ops.OpTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's op-roles section: every op (the spec'd ones and indexing's hand-defined ones) as
 * primitive, composite or opaque, with its family and, for an opaque op, the reason; and the
 * machine-readable line {@code OPS primitive=N composite=N opaque=N}.
 */
final class OpRoles {
  private OpRoles() {}

  /** Every op definition the library has, spec order first. */
  static List<Op> all() {
    List<Op> ops = new ArrayList<>(OpTable.OPS);
    ops.addAll(IndexOps.ALL);
    return ops;
  }

  static String line() {
    int[] n = new int[Op.Role.values().length];
    for (Op op : all()) {
      n[op.role.ordinal()]++;
    }
    return "OPS primitive=" + n[Op.Role.PRIMITIVE.ordinal()] + " composite=" + n[Op.Role.COMPOSITE.ordinal()]
        + " opaque=" + n[Op.Role.OPAQUE.ordinal()];
  }

  /** The markdown section, ending with {@link #line()}. */
  static String section() {
    StringBuilder b = new StringBuilder("## Op roles\n\n");
    b.append("How transformations see each op (DESIGN §4, op-specs/README.md Kinds): a primitive has rules of its ")
        .append("own, a composite is made of public ops, an opaque op runs only on concrete values.\n\n");
    b.append("| op | role | family | where | opaque because |\n|---|---|---|---|---|\n");
    for (Op op : all()) {
      b.append("| ").append(op.name).append(" | ").append(op.role.name().toLowerCase(Locale.ROOT)).append(" | ")
          .append(op.family).append(" | ").append(op.spec).append(" | ")
          .append(op.opaqueReason == null ? "" : op.opaqueReason.replace("|", "\\|")).append(" |\n");
    }
    return b.append('\n').append(line()).append("\n\n").toString();
  }
}
