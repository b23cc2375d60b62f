/**
 * What a console account may see and do. One unit tree decides it, as for devices: an account
 * reaches its own unit and the units below it, nothing beside or above.
 */
import type { Unit, UnitLevel } from '../../src-shared/sync/enroll';
import type { ConsoleRole } from '../../src-shared/console/consoleApi';
import type { Queryable } from '../db/db';
import { readOptionalString, readString } from '../db/row';
import { toUnitLevel } from '../auth/unitLevel';

/** The unit level each role is made for (a viewer may sit at any level). */
export const ROLE_LEVEL: Readonly<Record<ConsoleRole, UnitLevel | null>> = {
  'province-admin': 'province',
  'city-admin': 'city',
  'county-admin': 'county',
  viewer: null,
};

export function canWrite(role: ConsoleRole): boolean {
  return role !== 'viewer';
}

/** Creating accounts, resetting their TOTP, disabling them: province and city admins only. */
export function canManageAccounts(role: ConsoleRole): boolean {
  return role === 'province-admin' || role === 'city-admin';
}

export type TreeUnit = {
  code: string;
  name: string;
  level: UnitLevel;
  parentCode: string | null;
};

/** `rootCode` and every unit below it, parents before children. */
export async function readSubtree(q: Queryable, rootCode: string): Promise<TreeUnit[]> {
  const rows = await q.query(
    `with recursive tree (code, name, level, parent_code, depth) as (
       select code, name, level, parent_code, 0 from units where code = $1
       union all
       select u.code, u.name, u.level, u.parent_code, t.depth + 1
         from units u join tree t on u.parent_code = t.code
     )
     select code, name, level, parent_code from tree order by depth, code`,
    [rootCode],
  );
  return rows.map((row) => ({
    code: readString(row, 'code'),
    name: readString(row, 'name'),
    level: toUnitLevel(readString(row, 'level')),
    parentCode: readOptionalString(row, 'parent_code'),
  }));
}

export async function isInSubtree(
  q: Queryable,
  rootCode: string,
  unitCode: string,
): Promise<boolean> {
  return (await readSubtree(q, rootCode)).some((unit) => unit.code === unitCode);
}

/**
 * The unit `code` as the account at `rootCode` may see it, with the units its figures cover
 * (itself and below); null when it is outside the account's subtree or does not exist.
 */
export async function readScopedUnit(
  q: Queryable,
  rootCode: string,
  code: string,
): Promise<{ unit: Unit; units: TreeUnit[] } | null> {
  const subtree = await readSubtree(q, rootCode);
  const found = subtree.find((u) => u.code === code);
  if (found === undefined) return null;
  return {
    unit: { code: found.code, name: found.name, level: found.level },
    units: code === rootCode ? subtree : await readSubtree(q, code),
  };
}
