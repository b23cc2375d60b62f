import { Text } from '@mantine/core';

/** A group's legend, with the same asterisk Mantine puts on a required input's label. */
export function FieldsetLegend({ label, required }: { label: string; required: boolean }) {
  return (
    <>
      {label}
      {required ? (
        <Text component="span" c="var(--mantine-color-error)" aria-hidden>
          {' *'}
        </Text>
      ) : null}
    </>
  );
}
