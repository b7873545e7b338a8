import { fuzzDrill } from '../scripts/drill-fuzz.js';
const r = await fuzzDrill({ runs: Number(process.argv[2] ?? 5000), rawRuns: 45, seed: Number(process.argv[3] ?? 1) });
console.log(JSON.stringify(r, null, 2));
process.exit(0);
