/** The account's unit and those below it, indented by level; choosing one filters the devices. */
import { NavLink } from '@mantine/core';
import type { UnitTreeNode } from '../../../src-shared/console/consoleApi';

function depths(units: readonly UnitTreeNode[]): Map<string, number> {
  const depth = new Map<string, number>();
  for (const unit of units)
    depth.set(unit.code, unit.parentCode === null ? 0 : (depth.get(unit.parentCode) ?? -1) + 1);
  return depth;
}

/** Parents before children, each followed by its own subtree. */
function inTreeOrder(units: readonly UnitTreeNode[]): UnitTreeNode[] {
  const codes = new Set(units.map((u) => u.code));
  const children = (code: string | null) =>
    units.filter((u) => (code === null ? !codes.has(u.parentCode ?? '') : u.parentCode === code));
  const walk = (unit: UnitTreeNode): UnitTreeNode[] => [unit, ...children(unit.code).flatMap(walk)];
  return children(null).flatMap(walk);
}

export function UnitTree({
  units,
  selected,
  onSelect,
}: {
  units: readonly UnitTreeNode[];
  selected: string | null;
  onSelect: (code: string) => void;
}) {
  const depth = depths(units);
  return (
    <nav aria-label="units">
      {inTreeOrder(units).map((unit) => (
        <NavLink
          key={unit.code}
          label={unit.name}
          description={unit.code}
          active={unit.code === selected}
          onClick={() => onSelect(unit.code)}
          pl={12 + 16 * Math.max(depth.get(unit.code) ?? 0, 0)}
        />
      ))}
    </nav>
  );
}

/** The units in tree order, each with its depth below the top one shown (for indenting). */
export function unitsInTreeOrder(
  units: readonly UnitTreeNode[],
): { unit: UnitTreeNode; depth: number }[] {
  const depth = depths(units);
  return inTreeOrder(units).map((unit) => ({
    unit,
    depth: Math.max(depth.get(unit.code) ?? 0, 0),
  }));
}

/** `code` and every unit below it. */
export function subtreeOf(units: readonly UnitTreeNode[], code: string): Set<string> {
  const inside = new Set([code]);
  for (const unit of units)
    if (unit.parentCode !== null && inside.has(unit.parentCode)) inside.add(unit.code);
  return inside;
}
