package dev.numbat.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.ValueError;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unit checks that need no NumPy; the streams themselves are checked against NumPy by the "random" suite. */
class RandomTest {
  /** The first outputs of mt19937ar.out, the reference implementation's published test (init_by_array). */
  @Test
  void mt19937MatchesTheReferenceOutput() {
    MT19937 mt = new MT19937();
    mt.seedByArray(new int[] {0x123, 0x234, 0x345, 0x456});
    long[] want = {1067595299L, 955945823L, 477289528L, 4107218783L, 4228976476L};
    for (long w : want) {
      assertEquals(w, mt.nextUint32() & 0xffffffffL);
    }
  }

  @Test
  void sameSeedSameStreamAndSeedResetsTheCachedGaussian() {
    RandomState a = new RandomState(42L);
    a.randn(3); // leaves a cached second gaussian
    a.seed(42L);
    RandomState b = new RandomState(42L);
    assertArrayEquals(a.randn(5).toDoubleArray(), b.randn(5).toDoubleArray());
    assertNotEquals(new RandomState(1L).rand(1).toDoubleArray()[0], new RandomState(2L).rand(1).toDoubleArray()[0]);
  }

  @Test
  void shuffleIsFunctional() {
    NDArray x = Np.arange(10);
    Generator g = Generator.defaultRng(3L);
    NDArray y = g.shuffle(x);
    assertArrayEquals(new long[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, (long[]) x.toArray());
    long[] sorted = ((long[]) y.toArray()).clone();
    Arrays.sort(sorted);
    assertArrayEquals((long[]) x.toArray(), sorted);
  }

  @Test
  void boundsAndErrors() {
    RandomState r = new RandomState(0L);
    long[] v = (long[]) r.randint(-3L, 4L, new int[] {2000}, DType.INT64).data();
    assertEquals(-3, Arrays.stream(v).min().orElseThrow());
    assertEquals(3, Arrays.stream(v).max().orElseThrow());
    assertThrows(ValueError.class, () -> r.randint(0L, null, null, DType.INT64));
    assertThrows(ValueError.class, () -> r.seed(-1L));
    assertThrows(ValueError.class, () -> r.seed(List.of()));
    assertThrows(ValueError.class, () -> r.poisson(-1.0, null));
    assertThrows(ValueError.class, () -> Generator.defaultRng(-1L));
  }

  /** default_rng over the same entropy given as an int or as its 32-bit words is the same generator. */
  @Test
  void seedSequenceSplitsIntegersIntoWords() {
    long seed = (5L << 32) | 7L;
    double a = Generator.defaultRng(seed).random(null, DType.FLOAT64).toDoubleArray()[0];
    double b = Generator.defaultRng(List.of(7L, 5L)).random(null, DType.FLOAT64).toDoubleArray()[0];
    assertEquals(a, b);
  }
}
