/**
 * The events the machines receive. `at`, `by` and `role` are passed in by the engine from the
 * acting context: the machines read no clock and make no ids.
 */
import type { z } from 'zod';
import type { Role } from '../domain/codes';

export type EventEnvelope = {
  /** When the person acted (ISO instant with offset). */
  at: string;
  /** The acting user's id. */
  by: string;
  role: Role;
};

export type MachineEvent<T extends string = string, D = unknown> = EventEnvelope & {
  type: T;
  data: D;
};

/** The event union of a machine, derived from its table of event schemas. */
export type EventsFromSchemas<S extends Readonly<Record<string, z.ZodType>>> = {
  [K in keyof S & string]: MachineEvent<K, z.output<S[K]>>;
}[keyof S & string];

export function isEventOfType<E extends { type: string }, T extends E['type']>(
  event: E,
  type: T,
): event is Extract<E, { type: T }> {
  return event.type === type;
}
