package dev.numbat.backend.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.numbat.backend.cpu.Ufunc;
import dev.numbat.core.Op;
import dev.numbat.core.UfuncOp;
import dev.numbat.gpu.source.CudaTypes;
import dev.numbat.gpu.source.ElementwiseKernels;
import dev.numbat.gpu.source.KernelSource;
import dev.numbat.gpu.source.Nvcc;
import dev.numbat.ops.OpTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every loop of every ufunc op in {@link OpTable#OPS} whose dtypes CUDA supports: its GPU form
 * (contiguous and strided kernels, when {@code UfuncExpressions} has one) compiles with nvcc.
 * Prints {@code GPU-SOURCES ufuncs=N loops=N with-gpu-form=N compiled=N}.
 */
class UfuncLoopsCompileTest {
  @Test
  void everyUfuncLoopWithAGpuFormCompiles() {
    Nvcc nvcc = Nvcc.find();
    Assumptions.assumeTrue(nvcc != null, "nvcc not found: looked on " + Nvcc.searched());
    int ufuncs = 0;
    int loops = 0;
    int withForm = 0;
    List<String> without = new ArrayList<>();
    List<KernelSource> sources = new ArrayList<>();
    for (Op op : OpTable.OPS) {
      if (!(op instanceof UfuncOp u)) {
        continue;
      }
      ufuncs++;
      Ufunc.Def def = u.def;
      for (int l = 0; l < def.loopIn.length; l++) {
        String in = def.loopIn[l].name();
        String out = def.loopOut[l].name();
        if (!CudaTypes.DTYPES.contains(in) || !CudaTypes.DTYPES.contains(out)) {
          continue;
        }
        loops++;
        String[] ins = new String[def.nin];
        Arrays.fill(ins, in);
        String base = "nb_" + def.name + "_" + l;
        KernelSource c = ElementwiseKernels.contiguous(base + "_c", def.name, ins, out);
        if (c == null) {
          without.add(def.name + "(" + in + "->" + out + ")");
          continue;
        }
        withForm++;
        sources.add(c);
        sources.add(ElementwiseKernels.strided(base + "_s", def.name, ins, out));
      }
    }
    Nvcc.Result r = nvcc.check(sources, "compute_80");
    int compiled = r.ok() ? sources.size() : 0;
    System.out.printf("GPU-SOURCES ufuncs=%d loops=%d with-gpu-form=%d compiled=%d%n", ufuncs, loops, withForm, compiled);
    System.out.println("GPU-SOURCES without a GPU form: " + String.join(" ", without));
    assertEquals(List.of(), r.errors().stream().limit(20).toList());
  }
}
