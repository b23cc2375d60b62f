/**
 * Lets several end-to-end runs share one machine: `E2E_SLOT=n` (1–9) moves the web build's port
 * and every spec's server port and data folder, so parallel checkouts never answer each other's
 * browsers. Unset (CI), everything stays on the documented ports.
 */
const slot = Number(process.env['E2E_SLOT'] ?? '0');
if (!Number.isInteger(slot) || slot < 0 || slot > 9) throw new Error('E2E_SLOT must be 0–9');

export const E2E_SLOT = slot;

/** The web build's preview port: 4173 as in the README, 4173 + 10 × slot otherwise. */
export const WEB_PORT = 4173 + 10 * slot;
export const WEB_ORIGIN = `http://127.0.0.1:${String(WEB_PORT)}`;

/** A spec server's port, shifted by 100 per slot. */
export function slotPort(port: number): number {
  return port + 100 * slot;
}

/** A folder name made unique per slot. */
export function slotName(name: string): string {
  return slot === 0 ? name : `${name}-slot${String(slot)}`;
}
