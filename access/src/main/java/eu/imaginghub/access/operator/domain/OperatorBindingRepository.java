package eu.imaginghub.access.operator.domain;

import java.util.List;
import java.util.Optional;

/** Every node-operator binding, ended ones included. */
public interface OperatorBindingRepository {

  /** Bindings, ended ones included, oldest first; of one person when subject is not null. */
  List<OperatorBinding> all(String subject);

  Optional<OperatorBinding> active(String subject, String nodeId);

  void add(OperatorBinding binding);
}
