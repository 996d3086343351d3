package dev.numbat.gpu.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The hand-written CUDA C templates ({@code dev/numbat/gpu/kernels/*.cu.src}), expanded with
 * {@link Templates} and prefixed with the prelude. Each file's header comment lists its kernels
 * and their parameter orders:
 * <ul>
 *   <li>{@code reductions}: {@code nb_KIND_DTYPE_rows / _rows_small / _all}, KIND sum, prod, max,
 *       min, any, all, over the 13 real dtypes;
 *   <li>{@code argreduce}: {@code nb_argmax_DTYPE_rows}, {@code nb_argmin_DTYPE_rows};
 *   <li>{@code fill}: {@code nb_fill_DTYPE} (all 15 dtypes), {@code nb_arange_DTYPE} (integers, floats);
 *   <li>{@code gather_scatter}: {@code nb_take_DTYPE}, {@code nb_put_DTYPE} (all 15),
 *       {@code nb_put_add_DTYPE} (32/64-bit integers, floats, complex).
 * </ul>
 */
public final class HandWritten {
  private HandWritten() {}

  /** The template files, by the {@link KernelSource#name()} they get. */
  public static final List<String> TEMPLATES = List.of("reductions", "argreduce", "fill", "gather_scatter");

  /** Every template expanded: one source per file, named as in {@link #TEMPLATES}. */
  public static List<KernelSource> sources() {
    List<KernelSource> out = new ArrayList<>();
    for (String t : TEMPLATES) {
      out.add(source(t));
    }
    return out;
  }

  /** One template expanded ({@code "reductions"}, ...). */
  public static KernelSource source(String template) {
    String file = template + ".cu.src";
    return new KernelSource(template, CudaTypes.prelude() + "\n" + Templates.expand(file, CudaTypes.resource(file)));
  }
}
