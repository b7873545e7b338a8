import Fastify from 'fastify';

// The yardstick of the HTTP benchmarks: fastify answering a fixed JSON body, no logging, nothing
// else. Run as its own process (bench/lib/processes.ts starts it) so that it competes for the same
// two cores with the load generator exactly as bananastand does.
const app = Fastify({ logger: false });
const body = { data: { task_id: '046b6c7f-0b8a-43b9-b35d-6489e6daee91', status: 'CREATED', generated: [] } };
app.get('/fixed', async () => body);
app.post('/fixed', async () => body);
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
