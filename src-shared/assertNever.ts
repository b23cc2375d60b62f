/** The default branch of an exhaustive switch: a new member is a compile error, not a silent miss. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
