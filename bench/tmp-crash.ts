import { crashDrill } from '../scripts/drill-crash.js';
const r = await crashDrill({ tasks: Number(process.argv[2] ?? 40), kills: 3, resolutions: ['512', '1K'], killAfterMs: [200, 1500], seed: Number(process.argv[3] ?? 7), finishTimeoutMs: 60_000, log: console.log });
console.log(JSON.stringify(r, null, 2));
