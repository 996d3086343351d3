package dev.numbat.indexing;

/**
 * The order of an unbuffered {@code ufunc.at}: element i of the index updates target
 * {@code offs[i]} in round r when it is that target's r-th occurrence. A round's targets are
 * distinct, so each round is one vectorised ufunc call, and rounds run in order. Shared by the
 * update ({@link At}) and its gradient ({@link IndexGrads}), which replays the same rounds.
 *
 * @param targets per round, the targets it updates
 * @param positions per round, the index elements (positions in {@code offs}) it takes its values
 *     from; null when there is one round (every target distinct: positions are 0..n-1)
 */
record Rounds(int[][] targets, int[][] positions) {

  static Rounds of(int[] offs, int size) {
    int n = offs.length;
    int[] seen = new int[Math.max(size, 1)];
    int[] round = new int[n];
    int rounds = 1;
    for (int i = 0; i < n; i++) {
      round[i] = seen[offs[i]]++;
      rounds = Math.max(rounds, round[i] + 1);
    }
    if (rounds == 1) {
      return new Rounds(new int[][] {offs}, null);
    }
    int[] counts = new int[rounds];
    for (int r : round) {
      counts[r]++;
    }
    int[][] targets = new int[rounds][];
    int[][] positions = new int[rounds][];
    for (int r = 0; r < rounds; r++) {
      targets[r] = new int[counts[r]];
      positions[r] = new int[counts[r]];
    }
    int[] fill = new int[rounds];
    for (int i = 0; i < n; i++) {
      int r = round[i];
      targets[r][fill[r]] = offs[i];
      positions[r][fill[r]++] = i;
    }
    return new Rounds(targets, positions);
  }

  int count() {
    return targets.length;
  }

  /** Round r's positions in the index (0..n-1 for a single round). */
  int[] positions(int r) {
    if (positions != null) {
      return positions[r];
    }
    int[] p = new int[targets[0].length];
    for (int i = 0; i < p.length; i++) {
      p[i] = i;
    }
    return p;
  }
}
