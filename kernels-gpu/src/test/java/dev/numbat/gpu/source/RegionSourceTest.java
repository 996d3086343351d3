package dev.numbat.gpu.source;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.gpu.source.RegionSource.Broadcast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionSourceTest {
  private static final String[] F32 = {"float32", "float32"};

  /** sigmoid(x * w + b) with a row bias, float16 in and out, and a sum tail: the shape of a fused layer. */
  static KernelSource layer(String name, String dtype, String reduce) {
    RegionSource.Builder r = new RegionSource.Builder();
    int x = r.input(dtype, Broadcast.FULL);
    int w = r.input("float32", Broadcast.SCALAR);
    int b = r.input(dtype, Broadcast.trailing(64));
    int xw = r.apply("multiply", F32, "float32", x, w);
    int z = r.apply("add", F32, "float32", xw, b);
    int neg = r.apply("negative", new String[] {"float32"}, "float32", z);
    int e = r.apply("exp", new String[] {"float32"}, "float32", neg);
    int one = r.apply("add", F32, "float32", e, r.cast(w, "float32"));
    int y = r.apply("reciprocal", new String[] {"float32"}, "float32", one);
    r.output(r.cast(y, dtype));
    if (reduce != null) {
      r.reduceAll(y, reduce, dtype);
    }
    return r.build(name);
  }

  @Test
  void regionsCompile() {
    List<KernelSource> sources = new ArrayList<>();
    int i = 0;
    for (String d : List.of("float16", "bfloat16", "float32", "float64")) {
      sources.add(layer("nb_region_" + i++, d, null));
      for (String k : List.of("sum", "prod", "max", "min")) {
        sources.add(layer("nb_region_" + i++, d, k));
      }
    }
    RegionSource.Builder r = new RegionSource.Builder();
    int a = r.input("int8", Broadcast.FULL);
    int c = r.input("int64", Broadcast.SCALAR);
    int q = r.apply("floor_divide", new String[] {"int64", "int64"}, "int64", a, c);
    int m = r.apply("less", new String[] {"int64", "int64"}, "bool", q, c);
    r.output(m);
    r.output(q);
    r.reduceAll(q, "max", "int64");
    sources.add(r.build("nb_region_int"));
    for (KernelSource s : sources) {
      assertTrue(s.source().contains("extern \"C\" __global__ void " + s.name() + "("), s.name());
    }
    NvccSupport.compileAll("regions", sources, true, "compute_80");
  }

  @Test
  void noGpuFormNamesTheUfunc() {
    RegionSource.Builder r = new RegionSource.Builder();
    int a = r.input("complex64", Broadcast.FULL);
    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
        () -> r.apply("sin", new String[] {"complex64"}, "complex64", a));
    assertTrue(e.getMessage().contains("sin"), e.getMessage());
  }
}
