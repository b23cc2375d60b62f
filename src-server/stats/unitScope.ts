/**
 * The units a statistic covers: the given unit and every unit below it, following parent_code
 * downwards only, so a city's subtree never reaches a sibling city. The unit code is `$1`.
 */
export const SCOPE_CTE = `scope(code) as (
  select code from units where code = $1
  union all
  select u.code from units u join scope s on u.parent_code = s.code
)`;
