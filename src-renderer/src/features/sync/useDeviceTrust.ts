import { useCallback, useEffect, useState } from 'react';
import { getPlatform, type CaStatus, type SecretStatus } from '../../platform';

export type DeviceTrust = {
  readonly secrets: SecretStatus;
  readonly ca: CaStatus;
};

/**
 * How this device keeps its token and which CA it trusts, asked of the platform (main, on the
 * desktop). `undefined` while loading; `refresh` after a change.
 */
export function useDeviceTrust(): { trust: DeviceTrust | undefined; refresh: () => void } {
  const [trust, setTrust] = useState<DeviceTrust | undefined>(undefined);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    const platform = getPlatform();
    void Promise.all([platform.secretStatus(), platform.caStatus()]).then(([secrets, ca]) => {
      if (isCurrent) setTrust({ secrets, ca });
    });
    return () => {
      isCurrent = false;
    };
  }, [version]);
  const refresh = useCallback(() => {
    setVersion((v) => v + 1);
  }, []);
  return { trust, refresh };
}
