package eu.imaginghub.access.request.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class VotingRuleTest {

  private static final VotingRule MAJORITY = new VotingRule(VotingRule.Kind.MAJORITY, 0);
  private static final VotingRule UNANIMOUS = new VotingRule(VotingRule.Kind.UNANIMOUS, 0);

  @Test
  void aMajorityIsMoreThanHalfOfTheEligibleVoters() {
    assertThat(MAJORITY.outcome(4, 2, 2)).isEmpty();
    assertThat(MAJORITY.outcome(4, 3, 3)).contains(Outcome.APPROVED);
    assertThat(MAJORITY.outcome(3, 2, 2)).contains(Outcome.APPROVED);
  }

  @Test
  void aMajorityIsRejectedTheMomentItCanNoLongerBeReached() {
    // 5 eligible, 3 needed: two rejections and an abstention leave at most 2 approvals
    assertThat(MAJORITY.outcome(5, 0, 2)).isEmpty();
    assertThat(MAJORITY.outcome(5, 0, 3)).contains(Outcome.REJECTED);
    assertThat(MAJORITY.outcome(4, 1, 3)).contains(Outcome.REJECTED);
  }

  @Test
  void unanimityFallsWithTheFirstVoteThatDoesNotApprove() {
    assertThat(UNANIMOUS.outcome(3, 2, 2)).isEmpty();
    assertThat(UNANIMOUS.outcome(3, 3, 3)).contains(Outcome.APPROVED);
    assertThat(UNANIMOUS.outcome(3, 0, 1)).contains(Outcome.REJECTED);
  }

  @Test
  void nOfMNeedsNApprovals() {
    VotingRule twoOf = new VotingRule(VotingRule.Kind.N_OF_M, 2);
    assertThat(twoOf.outcome(4, 1, 1)).isEmpty();
    assertThat(twoOf.outcome(4, 2, 2)).contains(Outcome.APPROVED);
    assertThat(twoOf.outcome(4, 1, 4)).contains(Outcome.REJECTED);
    assertThat(twoOf.outcome(4, 0, 3)).contains(Outcome.REJECTED);
    assertThat(twoOf.outcome(4, 0, 2)).isEmpty();
    assertThatThrownBy(() -> new VotingRule(VotingRule.Kind.N_OF_M, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutEligibleVotersOnlyTheChairDecides() {
    assertThat(MAJORITY.outcome(0, 0, 0)).isEqualTo(Optional.empty());
    assertThat(UNANIMOUS.outcome(0, 0, 0)).isEmpty();
  }

  @Test
  void theRuleIsSaidInWords() {
    assertThat(MAJORITY.describe(3)).isEqualTo("a majority (2 of 3 eligible voters)");
    assertThat(new VotingRule(VotingRule.Kind.N_OF_M, 2).describe(5))
        .isEqualTo("2 of 5 eligible voters");
  }
}
