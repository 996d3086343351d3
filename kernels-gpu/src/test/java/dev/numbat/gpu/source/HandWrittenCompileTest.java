package dev.numbat.gpu.source;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every hand-written template expands and compiles (optimised for sm_80, checked for sm_90). */
class HandWrittenCompileTest {
  @Test
  void templatesExpandToTheirKernels() {
    String r = HandWritten.source("reductions").source();
    for (String k : new String[] {"nb_sum_float16_rows(", "nb_max_float64_all(", "nb_all_uint64_rows_small("}) {
      assertTrue(r.contains(k), k);
    }
    assertTrue(HandWritten.source("argreduce").source().contains("nb_argmin_bfloat16_rows("));
    assertTrue(HandWritten.source("gather_scatter").source().contains("nb_put_add_complex128("));
    assertTrue(HandWritten.source("fill").source().contains("nb_arange_uint8("));
    for (var s : HandWritten.sources()) {
      assertTrue(!s.source().contains("@"), s.name() + " has an unexpanded @NAME@");
    }
  }

  @Test
  void templatesCompile() {
    NvccSupport.compileAll("hand-written", HandWritten.sources(), true, "compute_80");
    NvccSupport.compileAll("hand-written", HandWritten.sources(), false, "compute_90");
  }
}
