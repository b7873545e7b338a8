import path from 'node:path';
import type { Config } from '../config.js';
import type { BlobStore } from './blob-store.js';
import { FsBlobStore } from './fs-blob-store.js';
import { S3BlobStore } from './s3-blob-store.js';

/**
 * The store for generated images: the bucket when BANANASTAND_S3_BUCKET is set, else the `files`
 * folder under BANANASTAND_DATA_DIR (docs/storage.md).
 */
export function createBlobStore(config: Pick<Config, 's3' | 'dataDir' | 'minFreeDiskBytes'>): BlobStore {
  if (config.s3) {
    const { bucket, prefix, endpoint, forcePathStyle, region } = config.s3;
    // Credentials are left to the SDK's default chain: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY,
    // AWS_PROFILE, web identity, container and instance roles.
    return new S3BlobStore({ bucket, prefix, client: { region, endpoint, forcePathStyle } });
  }
  return new FsBlobStore(path.join(config.dataDir, 'files'), config.minFreeDiskBytes);
}
