package eu.imaginghub.catalogue.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.catalogue.problem.ProblemException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViewerTest {

  @Test
  void asksAnonymousCallersToSignInBeforeRefusingThem() {
    assertThatThrownBy(() -> Viewer.anonymous().requireAdmin("register nodes"))
        .isInstanceOfSatisfying(
            ProblemException.class, p -> assertThat(p.kind().status()).isEqualTo(401));
  }

  @Test
  void refusesSignedInViewersWhoAreNoAdmins() {
    Viewer researcher = new Viewer("r", "Researcher", Set.of(Role.RESEARCHER), Set.of());

    assertThatThrownBy(() -> researcher.requireAdmin("register nodes"))
        .isInstanceOfSatisfying(
            ProblemException.class, p -> assertThat(p.kind().status()).isEqualTo(403));
  }

  @Test
  void letsAdminsThrough() {
    Viewer admin = new Viewer("a", "Admin", Set.of(Role.ADMIN), Set.of());

    assertThatCode(() -> admin.requireAdmin("register nodes")).doesNotThrowAnyException();
  }
}
