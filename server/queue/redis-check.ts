/** The part of an ioredis client the check needs. */
export interface InfoClient {
  info(section: string): Promise<string>;
}

export class RedisPolicyError extends Error {}

/**
 * BullMQ keeps jobs in Redis: a Redis that evicts keys under memory pressure silently loses
 * queued work. Refuse to start unless `maxmemory-policy` is `noeviction`. Read through INFO, which
 * managed Redis services allow where CONFIG GET is often disabled.
 */
export async function checkEvictionPolicy(client: InfoClient): Promise<void> {
  const info = await client.info('memory');
  const policy = /^maxmemory_policy:(\S+)/m.exec(info)?.[1];
  if (policy && policy !== 'noeviction') {
    throw new RedisPolicyError(
      `Redis maxmemory-policy is "${policy}": background jobs need "noeviction" ` +
        `(Redis 的 maxmemory-policy 为 ${policy}，任务队列要求 noeviction，否则内存紧张时会丢失任务)。` +
        ' Set it with: redis-cli CONFIG SET maxmemory-policy noeviction (and in redis.conf).',
    );
  }
}
