package eu.imaginghub.webapp.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class H2FileUrlTest {

  @Test
  void anH2FileIsOpenedWithoutChunkMoves() {
    assertThat(H2FileUrl.withoutChunkMoves("jdbc:h2:file:/d/hub;AUTO_SERVER=TRUE"))
        .isEqualTo(
            "jdbc:h2:file:/d/hub;AUTO_SERVER=TRUE;AUTO_COMPACT_FILL_RATE=0;MAX_COMPACT_TIME=0");
  }

  @Test
  void settingsTheUrlGivesAreKept() {
    assertThat(H2FileUrl.withoutChunkMoves("jdbc:h2:file:/d/hub;max_compact_time=0"))
        .isEqualTo("jdbc:h2:file:/d/hub;max_compact_time=0;AUTO_COMPACT_FILL_RATE=0");
  }

  @Test
  void otherDatabasesAreLeftAlone() {
    assertThat(H2FileUrl.withoutChunkMoves("jdbc:postgresql://db/hub"))
        .isEqualTo("jdbc:postgresql://db/hub");
    assertThat(H2FileUrl.withoutChunkMoves("jdbc:h2:mem:test")).isEqualTo("jdbc:h2:mem:test");
  }
}
