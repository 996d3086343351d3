package dev.numbat.conformance;

import static org.junit.jupiter.api.Assertions.*;

import dev.numbat.NDArray;
import dev.numbat.Np;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dev: rows' placement check finds an array that is not on the device, nested or not. */
class PlacedCallTest {
  @Test
  void findsAResultOffTheDevice() {
    assertTrue(PlacedCall.ON, "conformance's pom configures two logical CPU devices");
    NDArray host = Np.ones(2);
    NDArray there = host.to(PlacedCall.DEVICE);
    assertNull(PlacedCall.misplaced(there));
    assertEquals("a result float64[2] is on CPU:0", PlacedCall.misplaced(host));
    assertNotNull(PlacedCall.misplaced(new Object[] {there, List.of(there, host)}));
    assertNull(PlacedCall.misplaced(new NDArray[] {there, there}));
  }
}
