/** A byte count in the units people read limits in: `25 MiB`, `1.5 MiB`, `300 KiB`, `12 bytes`. */
export function formatBytes(n: number): string {
  const units: [number, string][] = [
    [1024 ** 3, 'GiB'],
    [1024 ** 2, 'MiB'],
    [1024, 'KiB'],
  ];
  for (const [size, unit] of units) {
    if (n >= size) return `${trim(n / size)} ${unit}`;
  }
  return n === 1 ? '1 byte' : `${n} bytes`;
}

function trim(x: number): string {
  return x >= 100 ? String(Math.round(x)) : String(Math.round(x * 10) / 10);
}

/** A duration as people read a time-out: `750 ms`, `2.5 s`. */
export function formatDuration(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}
