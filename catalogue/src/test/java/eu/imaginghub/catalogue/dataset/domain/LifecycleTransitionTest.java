package eu.imaginghub.catalogue.dataset.domain;

import static eu.imaginghub.catalogue.dataset.domain.LifecycleStatus.DRAFT;
import static eu.imaginghub.catalogue.dataset.domain.LifecycleStatus.INVALIDATED;
import static eu.imaginghub.catalogue.dataset.domain.LifecycleStatus.PUBLISHED;
import static eu.imaginghub.catalogue.dataset.domain.LifecycleStatus.RELEASED;
import static eu.imaginghub.catalogue.dataset.domain.LifecycleTransition.INVALIDATE;
import static eu.imaginghub.catalogue.dataset.domain.LifecycleTransition.NEW_VERSION;
import static eu.imaginghub.catalogue.dataset.domain.LifecycleTransition.PUBLISH;
import static eu.imaginghub.catalogue.dataset.domain.LifecycleTransition.RELEASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LifecycleTransitionTest {

  @Test
  void eachStatusAllowsExactlyItsSteps() {
    assertThat(LifecycleTransition.from(DRAFT)).containsExactly(RELEASE, PUBLISH, INVALIDATE);
    assertThat(LifecycleTransition.from(RELEASED)).containsExactly(PUBLISH, INVALIDATE);
    assertThat(LifecycleTransition.from(PUBLISHED)).containsExactly(INVALIDATE, NEW_VERSION);
    assertThat(LifecycleTransition.from(INVALIDATED)).isEmpty();
  }

  @Test
  void aStepLeadsToItsStatus() {
    assertThat(RELEASE.apply(DRAFT)).isEqualTo(RELEASED);
    assertThat(PUBLISH.apply(DRAFT)).isEqualTo(PUBLISHED);
    assertThat(PUBLISH.apply(RELEASED)).isEqualTo(PUBLISHED);
    assertThat(INVALIDATE.apply(PUBLISHED)).isEqualTo(INVALIDATED);
    assertThat(NEW_VERSION.apply(PUBLISHED)).isEqualTo(PUBLISHED);
  }

  @Test
  void anIllegalStepIsRefusedNamingIt() {
    assertThatThrownBy(() -> RELEASE.apply(PUBLISHED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot release a dataset that is published");
    assertThatThrownBy(() -> NEW_VERSION.apply(RELEASED))
        .hasMessage("cannot new-version a dataset that is released");
    assertThatThrownBy(() -> INVALIDATE.apply(INVALIDATED))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aNodeRevisingInPlaceMayOnlyStayOrMoveForward() {
    assertThat(LifecycleTransition.canRevise(DRAFT, DRAFT)).isTrue();
    assertThat(LifecycleTransition.canRevise(DRAFT, RELEASED)).isTrue();
    assertThat(LifecycleTransition.canRevise(RELEASED, PUBLISHED)).isTrue();
    assertThat(LifecycleTransition.canRevise(RELEASED, DRAFT)).isFalse();
    assertThat(LifecycleTransition.canRevise(PUBLISHED, RELEASED)).isFalse();
    assertThat(LifecycleTransition.canRevise(RELEASED, INVALIDATED)).isFalse();
  }

  @Test
  void operationsAreNamedAsInTheApi() {
    assertThat(NEW_VERSION.operation()).isEqualTo("new-version");
    assertThat(INVALIDATE.operation()).isEqualTo("invalidate");
  }
}
