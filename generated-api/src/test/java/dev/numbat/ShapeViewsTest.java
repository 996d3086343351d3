package dev.numbat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.numbat.errors.AxisError;
import dev.numbat.errors.IndexError;
import dev.numbat.errors.ValueError;
import org.junit.jupiter.api.Test;

/**
 * What the conformance matrix cannot see: the ops NumPy answers with views share the input's
 * storage (O(1), no copy), and the errors carry NumPy's exact wording (the matrix checks only the
 * exception type). Messages are NumPy 2.4's, obtained by running it on the same calls.
 */
class ShapeViewsTest {
  private static NDArray big() {
    return Np.arange(1 << 20).reshape(1 << 10, 1 << 10);
  }

  @Test
  void viewsShareStorage() {
    NDArray x = big();
    Object data = x.data();
    assertSame(data, Np.transpose(x).data());
    assertSame(data, Np.swapaxes(x, 0, 1).data());
    assertSame(data, Np.moveaxis(x, 0, -1).data());
    assertSame(data, Np.expandDims(x, 1).data());
    assertSame(data, Np.squeeze(Np.expandDims(x, 0)).data());
    assertSame(data, Np.reshape(x, -1).data());
    assertSame(data, Np.flip(x).data());
    assertSame(data, Np.flipud(x).data());
    assertSame(data, Np.fliplr(x).data());
    assertSame(data, Np.rot90(x).data());
    assertSame(data, Np.diagonal(x).data());
    assertSame(data, Np.atleast3d(x).data());
    assertSame(data, Np.split(x, 4)[3].data());
    NDArray b = Np.broadcastTo(Np.arange(3), 1 << 20, 3);
    assertArrayEquals(new int[] {0, 1}, b.strides());
    assertArrayEquals(new int[] {-1024, -1}, Np.flip(x).strides());
    assertArrayEquals(new int[] {1025}, Np.diagonal(x).strides());
  }

  @Test
  void viewValues() {
    NDArray x = Np.arange(6).reshape(2, 3);
    assertArrayEquals(new long[] {5, 4, 3, 2, 1, 0}, Np.flip(x).toLongArray());
    assertArrayEquals(new long[] {2, 5, 1, 4, 0, 3}, Np.rot90(x).toLongArray());
    assertArrayEquals(new long[] {1, 5}, Np.diagonal(x, 1, 0, 1).toLongArray());
    assertArrayEquals(new long[] {0, 3, 1, 4, 2, 5}, Np.ravel(x, "F").toLongArray());
  }

  @Test
  void numpyMessages() {
    NDArray a = Np.ones(2, 3);
    assertEquals("axis 3 is out of bounds for array of dimension 2",
        assertThrows(AxisError.class, () -> Np.concatenate(new Object[] {a, a}, 3)).getMessage());
    assertEquals("all the input array dimensions except for the concatenation axis must match exactly, but along "
        + "dimension 1, the array at index 0 has size 3 and the array at index 1 has size 2",
        assertThrows(ValueError.class, () -> Np.concatenate(new Object[] {a, Np.ones(2, 2)})).getMessage());
    assertEquals("cannot reshape array of size 6 into shape (4,)",
        assertThrows(ValueError.class, () -> Np.reshape(a, 4)).getMessage());
    assertEquals("array split does not result in an equal division",
        assertThrows(ValueError.class, () -> Np.split(Np.arange(5), 2)).getMessage());
    assertEquals("index 7 is out of bounds for axis 0 with size 6",
        assertThrows(IndexError.class, () -> Np.take(Np.arange(6), new int[] {7})).getMessage());
    assertEquals("cannot select an axis to squeeze out which has size not equal to one",
        assertThrows(ValueError.class, () -> Np.squeeze(a, 0)).getMessage());
    assertEquals("unsupported keyword arguments for mode 'edge': {'constant_values'}",
        assertThrows(ValueError.class, () -> Np.pad(a, 1, "edge", 3, null, null, null)).getMessage());
    assertEquals("destination: axis 2 is out of bounds for array of dimension 2",
        assertThrows(AxisError.class, () -> Np.moveaxis(a, 0, 2)).getMessage());
  }
}
