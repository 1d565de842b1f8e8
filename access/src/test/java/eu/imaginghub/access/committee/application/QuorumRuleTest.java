package eu.imaginghub.access.committee.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuorumRuleTest {

  @Test
  void aMajorityIsMoreThanHalf() {
    QuorumRule majority = new QuorumRule(QuorumRule.Kind.MAJORITY, 0);
    assertThat(majority.metBy(2, 4)).isFalse();
    assertThat(majority.metBy(3, 4)).isTrue();
    assertThat(majority.metBy(2, 3)).isTrue();
  }

  @Test
  void unanimityIsEveryMemberAndNOfMIsN() {
    assertThat(new QuorumRule(QuorumRule.Kind.UNANIMOUS, 0).metBy(2, 3)).isFalse();
    assertThat(new QuorumRule(QuorumRule.Kind.UNANIMOUS, 0).metBy(3, 3)).isTrue();
    assertThat(new QuorumRule(QuorumRule.Kind.N_OF_M, 2).metBy(1, 5)).isFalse();
    assertThat(new QuorumRule(QuorumRule.Kind.N_OF_M, 2).metBy(2, 5)).isTrue();
  }
}
