package eu.imaginghub.access.visa.application;

import eu.imaginghub.access.visa.domain.SigningKey;
import eu.imaginghub.access.visa.domain.SigningKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Reads and stores signing keys, each call in a transaction of its own: storing a key that loses
 * the race for the active slot fails alone, and the key that won can then be read.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SigningKeyStore {

  @Inject SigningKeyRepository keys;

  public Optional<SigningKey> active() {
    return keys.active();
  }

  public List<SigningKey> all() {
    return keys.all();
  }

  public void add(SigningKey key) {
    keys.add(key);
  }
}
