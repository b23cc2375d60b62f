/** Shared pieces of the workflow fixtures: the acting user, and guided-event helpers. */
import type { Role } from '../../../src-shared/domain/codes';

export const AT = '2025-12-31T09:00:00+08:00';
export const BY = 'user-0001';

/** One event's data and, when the default (first allowed) role will not do, its role. */
export type EventFixture = { data: unknown; role?: Role };
/** Given the context so far and the state, the data to send, or undefined to not offer it. */
export type EventFixtureFn = (context: Ctx, state: string) => EventFixture | undefined;
export type Ctx = Record<string, unknown>;
export type KindFixture = { input: unknown; events: Readonly<Record<string, EventFixtureFn>> };

export const always =
  (data: unknown, role?: Role): EventFixtureFn =>
  () =>
    role ? { data, role } : { data };
export const list = (ctx: Ctx, key: string): unknown[] => {
  const value = ctx[key];
  return Array.isArray(value) ? value : [];
};
export const once =
  (key: string, data: unknown, role?: Role): EventFixtureFn =>
  (ctx) =>
    list(ctx, key).length === 0 ? (role ? { data, role } : { data }) : undefined;
export const byId = (ctx: Ctx, key: string, idKey: string, id: string): Ctx | undefined =>
  list(ctx, key).find(
    (item): item is Ctx => typeof item === 'object' && item !== null && (item as Ctx)[idKey] === id,
  );
export const closure = { notedOn: '2025-03-01', reason: '当事人不愿继续' };
