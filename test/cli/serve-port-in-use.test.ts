import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuiltFresh } from '../helpers/child-server.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/runtime.js';

// A first start whose port is taken used to store the first API key and exit before printing it:
// the next start made none, and the key (kept hashed) was lost for good.
describe('bananastand serve on a port already in use', () => {
  let busy: net.Server;
  let port: number;
  beforeAll(async () => {
    assertBuiltFresh();
    busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    port = (busy.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

  it('says the port is in use, exits non-zero, and still shows the first key it stored', async () => {
    const dataDir = path.join(tempDir('bananastand-port-'), 'data');
    const env = { BANANASTAND_DATA_DIR: dataDir, HOST: '127.0.0.1' };
    const r = await runCli(['serve', '--port', String(port)], env);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`could not listen on 127.0.0.1:${port}: the port is in use`);
    const key = /\n {2}(bs_\S+)\n/.exec(r.stderr)?.[1];
    expect(key, r.stderr).toBeDefined();
    // The key shown is the one stored: its prefix is the listed key's.
    const list = await runCli(['keys', 'list'], env);
    expect(list.stdout.trim().split('\n').filter((l) => l.startsWith('key_'))).toHaveLength(1);
    expect(list.stdout).toContain(key!.slice(0, 8));
  });
});
