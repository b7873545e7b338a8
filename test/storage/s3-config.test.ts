import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('S3 settings (docs/configuration.md, "Storage")', () => {
  it('uses files on disk unless a bucket is named', () => {
    expect(loadConfig({}).s3).toBeUndefined();
  });

  it('reads the bucket, prefix, endpoint, path style, region and presigned redirect', () => {
    const config = loadConfig({
      BANANASTAND_S3_BUCKET: 'my-images',
      BANANASTAND_S3_PREFIX: 'prod/bananastand/',
      BANANASTAND_S3_ENDPOINT: 'http://127.0.0.1:9000',
      BANANASTAND_S3_FORCE_PATH_STYLE: 'true',
      BANANASTAND_S3_PRESIGNED_REDIRECT: 'true',
      BANANASTAND_S3_PRESIGNED_TTL: '90s',
      AWS_REGION: 'eu-west-3',
    });
    expect(config.s3).toEqual({
      bucket: 'my-images',
      prefix: 'prod/bananastand/',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      region: 'eu-west-3',
      presignedRedirect: true,
      presignedTtlSeconds: 90,
    });
  });

  it('defaults the region to AWS_DEFAULT_REGION, then us-east-1, and the presigned URL to 5 minutes', () => {
    expect(loadConfig({ BANANASTAND_S3_BUCKET: 'b-1', AWS_DEFAULT_REGION: 'ap-south-1' }).s3?.region).toBe('ap-south-1');
    const s3 = loadConfig({ BANANASTAND_S3_BUCKET: 'b-1' }).s3;
    expect(s3).toMatchObject({ region: 'us-east-1', presignedRedirect: false, presignedTtlSeconds: 300, prefix: '', forcePathStyle: false });
  });

  it('names each bad value and what to write instead', () => {
    expect(problems({ BANANASTAND_S3_BUCKET: 'My_Bucket' })).toEqual([
      'BANANASTAND_S3_BUCKET="My_Bucket": must be an S3 bucket name: 3 to 63 lowercase letters, digits, dots or hyphens',
    ]);
    expect(problems({ BANANASTAND_S3_BUCKET: 'ok-bucket', BANANASTAND_S3_ENDPOINT: 'minio:9000' })[0]).toMatch(/^BANANASTAND_S3_ENDPOINT="minio:9000": must be an absolute http\(s\) URL/);
    expect(problems({ BANANASTAND_S3_BUCKET: 'ok-bucket', BANANASTAND_S3_PRESIGNED_REDIRECT: 'sometimes' })).toEqual([
      'BANANASTAND_S3_PRESIGNED_REDIRECT="sometimes": must be true or false',
    ]);
    expect(problems({ BANANASTAND_S3_BUCKET: 'ok-bucket', BANANASTAND_S3_PRESIGNED_TTL: '8d' })).toEqual([
      'BANANASTAND_S3_PRESIGNED_TTL="8d": must be from 1s to 7d',
    ]);
    expect(problems({ BANANASTAND_S3_BUCKET: 'ok-bucket', BANANASTAND_S3_PREFIX: 'a b' })[0]).toMatch(/^BANANASTAND_S3_PREFIX="a b": must be a key prefix/);
  });

  it('refuses S3 settings without a bucket instead of silently writing to the disk', () => {
    expect(problems({ BANANASTAND_S3_ENDPOINT: 'http://127.0.0.1:9000', BANANASTAND_S3_PRESIGNED_REDIRECT: 'true' })).toEqual([
      'BANANASTAND_S3_ENDPOINT is set but BANANASTAND_S3_BUCKET is not: set the bucket, or unset BANANASTAND_S3_ENDPOINT',
      'BANANASTAND_S3_PRESIGNED_REDIRECT is set but BANANASTAND_S3_BUCKET is not: set the bucket, or unset BANANASTAND_S3_PRESIGNED_REDIRECT',
    ]);
  });
});
