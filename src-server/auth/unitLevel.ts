import type { UnitLevel } from '../../src-shared/sync/enroll';

/** A units.level column value as the shared type (the column's check constraint allows no other). */
export function toUnitLevel(value: string): UnitLevel {
  switch (value) {
    case 'province':
    case 'city':
    case 'county':
      return value;
    default:
      throw new Error(`unknown unit level ${value}`);
  }
}
