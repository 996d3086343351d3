package dev.numbat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.numbat.errors.IndexError;
import dev.numbat.errors.ValueError;
import dev.numbat.indexing.Ellipsis;
import dev.numbat.indexing.IndexParser;
import dev.numbat.indexing.NewAxis;
import dev.numbat.indexing.Slice;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Indexing ({@code x.get}), its string form, views, functional updates and NumPy's errors. */
class IndexingTest {
  private static final NDArray X = Np.arange(24).reshape(2, 3, 4);

  /** The seed guide's three examples; expected values are the guide's printed outputs. */
  @Test
  void seedGuideExamples() {
    NDArray basic = X.get(1, Np.newaxis, Np.slice(1, 3), Np.ellipsis);
    assertArrayEquals(new int[] {1, 2, 4}, basic.shape());
    assertArrayEquals(new long[] {16, 17, 18, 19, 20, 21, 22, 23}, basic.toLongArray());
    NDArray bool = X.get(Np.slice(), new boolean[] {true, false, true});
    assertArrayEquals(new int[] {2, 2, 4}, bool.shape());
    assertArrayEquals(new long[] {0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 20, 21, 22, 23}, bool.toLongArray());
    NDArray adv = X.get(1, new int[] {0, 0, 1}, Np.asarray(new int[] {0, 1, 1}));
    assertArrayEquals(new long[] {12, 13, 17}, adv.toLongArray());
    // the string forms give the same arrays
    assertArrayEquals(basic.toLongArray(), X.get("1, newaxis, 1:3, ...").toLongArray());
    assertArrayEquals(bool.toLongArray(), X.get(":, (True, False, True)").toLongArray());
    assertArrayEquals(adv.toLongArray(), X.get("1, (0, 0, 1), {}", Np.asarray(new int[] {0, 1, 1})).toLongArray());
  }

  @Test
  void basicIndexingIsAViewOverTheSameStorage() {
    NDArray big = Np.zeros(new int[] {1 << 22}, Np.float32);
    NDArray v = big.get(Np.slice(1, null));
    assertSame(big.data(), v.data());
    assertEquals(1, v.offset());
    assertEquals((1 << 22) - 1, v.size());
    NDArray w = X.get("::-1, None, 1, ::2");
    assertSame(X.data(), w.data());
    assertArrayEquals(new int[] {2, 1, 2}, w.shape());
    assertArrayEquals(new int[] {-12, 0, 2}, w.strides());
    assertArrayEquals(new long[] {16, 18, 4, 6}, w.toLongArray());
    assertSame(X.data(), X.get().data());
    // advanced indexing gathers into new storage
    assertNotSame(X.data(), X.get(new int[] {0}).data());
  }

  @Test
  void slicesClipAsPythonsSliceIndices() {
    // Python: slice(None, None, -1).indices(5) == (4, -1, -1), 5 elements
    assertArrayEquals(new int[] {4, -1, -1, 5}, new Slice(null, null, -1).indices(5));
    // slice(-10, 10, 2).indices(5) == (0, 5, 2): 0, 2, 4
    assertArrayEquals(new int[] {0, 5, 2, 3}, new Slice(-10, 10, 2).indices(5));
    // slice(3, 1).indices(5) == (3, 1, 1): empty
    assertArrayEquals(new int[] {3, 1, 1, 0}, new Slice(3, 1, null).indices(5));
    // slice(10, -10, -3).indices(5) == (4, -1, -3): 4, 1
    assertArrayEquals(new int[] {4, -1, -3, 2}, new Slice(10, -10, -3).indices(5));
    ValueError e = assertThrows(ValueError.class, () -> new Slice(0, 1, 0).indices(5));
    assertEquals("slice step cannot be zero", e.getMessage());
  }

  @Test
  void parserReadsNumpySubscripts() {
    Object[] p = IndexParser.parse("1, newaxis, 1:3, ...");
    assertEquals(4, p.length);
    assertEquals(1L, p[0]);
    assertSame(NewAxis.INSTANCE, p[1]);
    assertEquals("1:3", p[2].toString());
    assertSame(Ellipsis.INSTANCE, p[3]);
    Object[] q = IndexParser.parse(" ::-1 , None, -2:, np.newaxis,");
    assertEquals(4, q.length);
    assertEquals("::-1", q[0].toString());
    assertSame(NewAxis.INSTANCE, q[1]);
    assertEquals("-2:", q[2].toString());
    assertSame(NewAxis.INSTANCE, q[3]);
    Object[] r = IndexParser.parse("[[0, 1], [2, -1]], (True, False), {}:{}", 1, 4);
    assertEquals(List.of(List.of(0L, 1L), List.of(2L, -1L)), r[0]);
    assertEquals(List.of(true, false), r[1]);
    assertEquals("1:4", r[2].toString());
    assertEquals(0, IndexParser.parse("").length);
    assertEquals(2, IndexParser.parse("(1, 2)").length);
    NDArray mask = Np.asarray(new boolean[] {true, false, true, true});
    // the integer and the mask are both advanced indices, separated by a slice: (3,) goes first (NumPy: shape (3, 2))
    NDArray m = X.get("0, :2, {}", mask);
    assertArrayEquals(new int[] {3, 2}, m.shape());
    assertArrayEquals(new long[] {0, 4, 2, 6, 3, 7}, m.toLongArray());
    assertThrows(ValueError.class, () -> IndexParser.parse(":, {}"));
    assertThrows(ValueError.class, () -> IndexParser.parse("1", 5));
    assertThrows(ValueError.class, () -> IndexParser.parse("1 2"));
    assertThrows(ValueError.class, () -> IndexParser.parse("1.5"));
  }

  @Test
  void advancedIndexDimensionsMoveFirstOnlyWhenSeparated() {
    // adjacent: the broadcast (2,) replaces axes 1 and 2 in place
    assertArrayEquals(new int[] {2, 2}, X.get(Np.slice(), new int[] {0, 1}, new int[] {1, 2}).shape());
    // separated by a slice (the integer counts as an advanced index): (2,) goes first
    assertArrayEquals(new int[] {2, 3}, X.get(1, Np.slice(), new int[] {0, 1}).shape());
    // an ellipsis between them separates them even when it stands for no axis
    assertArrayEquals(new int[] {1, 2}, Np.zeros(new int[] {2, 3, 4}).get(Np.slice(), List.of(0), Np.ellipsis, List.of(1)).shape());
    assertArrayEquals(new int[] {1, 2, 3, 4}, X.get(true).shape());
    assertArrayEquals(new int[] {0, 2, 3, 4}, X.get(false).shape());
  }

  @Test
  void errorsAreNumpys() {
    NDArray a = Np.arange(3);
    assertEquals("index 5 is out of bounds for axis 0 with size 3",
        assertThrows(IndexError.class, () -> a.get(5)).getMessage());
    assertEquals("index -4 is out of bounds for axis 0 with size 3",
        assertThrows(IndexError.class, () -> a.get(new int[] {0, -4})).getMessage());
    assertEquals("index 7 is out of bounds for axis 2 with size 4",
        assertThrows(IndexError.class, () -> X.get(0, Np.slice(), new int[] {7})).getMessage());
    assertEquals("too many indices for array: array is 2-dimensional, but 3 were indexed",
        assertThrows(IndexError.class, () -> Np.zeros(new int[] {2, 2}).get(0, 0, 0)).getMessage());
    assertEquals("boolean index did not match indexed array along dimension 0; dimension is 3 but corresponding "
        + "boolean dimension is 2", assertThrows(IndexError.class, () -> a.get(new boolean[] {true, false})).getMessage());
    assertEquals("an index can only have a single ellipsis ('...')",
        assertThrows(IndexError.class, () -> a.get("..., ...")).getMessage());
    assertEquals("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean "
        + "arrays are valid indices", assertThrows(IndexError.class, () -> a.get(1.0)).getMessage());
    assertEquals("shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (3,) ",
        assertThrows(IndexError.class, () -> X.get(new int[] {0, 1}, new int[] {0, 1, 2})).getMessage());
    assertEquals("arrays used as indices must be of integer (or boolean) type",
        assertThrows(IndexError.class, () -> a.get(new double[] {0})).getMessage());
  }

  @Test
  void functionalUpdatesReturnNewArraysAndAccumulateRepeats() {
    NDArray z = Np.zeros(new int[] {4});
    NDArray added = z.at(new int[] {0, 0, 2}).add(1);
    assertArrayEquals(new double[] {2, 0, 1, 0}, added.toDoubleArray());
    assertArrayEquals(new double[] {0, 0, 0, 0}, z.toDoubleArray());
    // set: the last write of a repeated index wins
    assertArrayEquals(new double[] {7, 0, 0, 0}, z.at(List.of(0, 0)).set(List.of(5, 7)).toDoubleArray());
    assertArrayEquals(new double[] {0, 9, 9, 0}, z.at("1:3").set(9).toDoubleArray());
    NDArray i = Np.arange(5);
    assertArrayEquals(new long[] {0, 1, 8, 3, 4}, i.at(2).multiply(4).toLongArray());
    assertArrayEquals(new long[] {0, 1, 2, 3, 1}, i.at(-1).min(1).toLongArray());
    assertArrayEquals(new long[] {0, 1, 4, 3, 4}, i.at("2, ...").power(2).toLongArray());
    // ufunc.at casts its result back unsafely: 1 + 1.5 truncates to 2 in an int64 array
    assertArrayEquals(new long[] {0, 2, 2, 3, 4}, i.at(1).add(1.5).toLongArray());
    assertArrayEquals(new long[] {0, 0, 2, 3, 4}, i.at(1).divide(2).toLongArray());
    assertThrows(ValueError.class, () -> z.at(new int[] {0, 1}).set(List.of(1, 2, 3)));
  }
}
