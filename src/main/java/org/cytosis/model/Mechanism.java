package org.cytosis.model;

/**
 * How a substance crosses the membrane without a vesicle. Any of these means the event is not bulk
 * transport (catalogue NB-1). An extension of the contract's input fields.
 */
public enum Mechanism {
  /** Simple diffusion through the lipid bilayer. */
  DIFFUSION,
  /** Diffusion helped by a channel or carrier protein, down the gradient. */
  FACILITATED_DIFFUSION,
  /** Water moving across the membrane by osmosis. */
  OSMOSIS,
  /** Through a channel protein. */
  CHANNEL,
  /** By a carrier (transporter) protein. */
  CARRIER,
  /** By a pump that spends energy against the gradient. */
  PUMP
}
