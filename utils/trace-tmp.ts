export const trace = (label: string): void => void (globalThis as unknown as { __rlTrace?: [string, number][] }).__rlTrace?.push([label, performance.timeOrigin + performance.now()]);
