import type { DeviceId, UserId } from '../../../src-shared/domain/ids';

/**
 * Who performs a repository command. The device id written to audit and outbox rows always comes
 * from this database's meta table (the one source of truth); an actor that names a different
 * device is a programming error and is refused loudly.
 */
export type Actor = {
  userId: UserId;
  /** 6-digit code of the procuratorate (from the first run): prefix of provisional numbers. */
  unitCode: string;
  deviceId?: DeviceId;
};

export function assertActorDevice(actor: Actor, deviceId: DeviceId): void {
  if (actor.deviceId !== undefined && actor.deviceId !== deviceId) {
    throw new Error('The actor belongs to another device');
  }
}
