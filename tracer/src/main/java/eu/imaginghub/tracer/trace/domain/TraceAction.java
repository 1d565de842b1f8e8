package eu.imaginghub.tracer.trace.domain;

/** What a trace records: every use of a dataset and every decision about one. */
public enum TraceAction {
  CREATE_DATASET,
  UPDATE_DATASET,
  PUBLISH_DATASET,
  INVALIDATE_DATASET,
  WITHDRAW_DATASET,
  HARVEST_RUN,
  ACCESS_REQUEST_SUBMITTED,
  ACCESS_DECIDED,
  ENTITLEMENT_GRANTED,
  ENTITLEMENT_REVOKED,
  ENTITLEMENT_EXPIRED,
  USE_DATASETS,
  USE_DENIED,
  USE_REPORTED
}
