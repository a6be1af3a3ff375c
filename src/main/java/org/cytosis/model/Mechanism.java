package org.cytosis.model;

/**
 * How a substance crosses the membrane without a vesicle. Any of these means the event is not bulk
 * transport (catalogue NB-1). An extension of the contract's input fields.
 */
public enum Mechanism {
  DIFFUSION,
  FACILITATED_DIFFUSION,
  OSMOSIS,
  CHANNEL,
  CARRIER,
  PUMP
}
