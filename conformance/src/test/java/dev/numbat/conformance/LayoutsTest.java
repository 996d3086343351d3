package dev.numbat.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.NDArray;
import dev.numbat.Np;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The layout rows' cases: which views Numbat gets and which bases NumPy gets (no NumPy needed). */
class LayoutsTest {
  private static Case add(NDArray x, NDArray y) {
    return new Case("add", "numpy.add", new Object[] {x, y}, List.of(x, y), Map.of(), "add(x, y)", "", "",
        Set.of(), Tolerance.defaults(false), null);
  }

  private static List<Case> derived() {
    List<Case> src = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      NDArray x = Np.reshape(Np.arange(12.0 * i, 12.0 * i + 12), 3, 4);
      src.add(add(x, Np.multiply(x, 0.5)));
    }
    return Layouts.cases("add", src);
  }

  private static Case labelled(List<Case> cs, String layout) {
    return cs.stream().filter(c -> c.label.startsWith("[" + layout + "] ")).findFirst().orElseThrow();
  }

  @Test
  void viewsKeepTheValuesAndNumpyGetsTheirBases() {
    List<Case> cs = derived();
    NDArray x = Np.reshape(Np.arange(12.0, 24.0), 3, 4);
    NDArray want = Np.add(x, Np.multiply(x, 0.5));
    Map<String, int[]> baseShape = Map.of("T", new int[] {4, 3}, "rev", new int[] {3, 8}, "off", new int[] {4, 5});
    for (Map.Entry<String, int[]> e : baseShape.entrySet()) {
      Case c = labelled(cs, e.getKey());
      assertEquals("layout:add", c.op);
      assertTrue(c.ref.startsWith("_numbat_layout(['" + e.getKey() + "', '" + e.getKey() + "'], numpy.add)"), c.ref);
      NDArray base = (NDArray) c.pyArgs.get(0);
      assertArrayEquals(e.getValue(), base.shapeRef(), e.getKey());
      assertTrue(base.isContiguous());
      assertEquals(want.dtype(), ((NDArray) c.numbat.get()).dtype());
    }
    // the views hold the source values: the T case's Java result equals add on its source
    Case t = labelled(cs, "T");
    NDArray base = (NDArray) t.pyArgs.get(0);
    NDArray src = Np.ascontiguousarray(base.T());
    assertTrue(Np.arrayEqual(t.numbat.get(), Np.add(src, Np.ascontiguousarray(((NDArray) t.pyArgs.get(1)).T()))));
    Case rev = labelled(cs, "rev");
    NDArray rb = (NDArray) rev.pyArgs.get(0);
    NDArray rs = Np.ascontiguousarray(rb.get("::-1, ..., ::2"));
    NDArray rs2 = Np.ascontiguousarray(((NDArray) rev.pyArgs.get(1)).get("::-1, ..., ::2"));
    assertTrue(Np.arrayEqual(rev.numbat.get(), Np.add(rs, rs2)));
    // the source values, for the first picked case (a third of the way: x = 12..23)
    assertTrue(Np.arrayEqual(rs, x));
  }

  @Test
  void broadcastAndReplacedArguments() {
    List<Case> cs = derived();
    Case b = labelled(cs, "bcast");
    assertTrue(b.ref.startsWith("_numbat_layout([('b', (3, 4)), ('b', (3, 4))], numpy.add)"), b.ref);
    NDArray row = (NDArray) b.pyArgs.get(0);
    assertArrayEquals(new int[] {1, 4}, row.shapeRef());
    assertTrue(Np.arrayEqual(b.numbat.get(), Np.add(Np.broadcastTo(row, 3, 4), Np.broadcastTo(b.pyArgs.get(1), 3, 4))));
    for (String kind : List.of("0-d@0", "0-d@1", "empty@0", "empty@1")) {
      Case c = labelled(cs, kind);
      assertEquals("numpy.add", c.ref);
      int i = kind.charAt(kind.length() - 1) - '0';
      NDArray a = (NDArray) c.pyArgs.get(i);
      assertArrayEquals(kind.startsWith("0-d") ? new int[0] : new int[] {3, 0}, a.shapeRef(), kind);
      NDArray other = (NDArray) c.pyArgs.get(1 - i);
      assertArrayEquals(new int[] {3, 4}, other.shapeRef());
    }
  }
}
