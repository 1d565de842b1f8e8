package eu.imaginghub.access.visa.domain;

import java.util.List;
import java.util.Optional;

/** The hub's visa signing keys. */
public interface SigningKeyRepository {

  Optional<SigningKey> active();

  /** Every key, the active one included, oldest first: the published key set. */
  List<SigningKey> all();

  /** Stores a key; a second active key fails on the database's unique constraint. */
  void add(SigningKey key);
}
