import { useEffect, useState } from 'react';

/** The current time, refreshed every 30 s: enough for minute-level ages and SLA countdowns. */
export function useClock(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
