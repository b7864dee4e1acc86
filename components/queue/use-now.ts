import { useEffect, useState } from 'react';

/** The time, re-read every `everyMs` while mounted: for countdowns and "waiting 12 min". */
export function useNow(everyMs = 1_000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
