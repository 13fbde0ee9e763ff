import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { REDIS } from '../../infra/redis.module';

/**
 * Counts failed logins per username and client address in a fixed window. Kept in Redis when the
 * product runs with Redis, so that the limit holds across API processes; in memory otherwise.
 */
@Injectable()
export class LoginThrottle {
  private readonly memory = new Map<string, { count: number; until: number }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {}

  private key(username: string, ip: string): string {
    return `login-fail:${username.trim().toLowerCase()}|${ip}`;
  }

  /** True when this username/address pair has used up its failures for the window. */
  async blocked(username: string, ip: string): Promise<boolean> {
    return (await this.count(this.key(username, ip))) >= this.config.loginMaxFailures;
  }

  async fail(username: string, ip: string): Promise<void> {
    const key = this.key(username, ip);
    if (this.redis) {
      await this.redis.multi().incr(key).expire(key, this.config.loginWindowSeconds, 'NX').exec();
      return;
    }
    const now = Date.now();
    const entry = this.memory.get(key);
    if (!entry || entry.until < now)
      this.memory.set(key, { count: 1, until: now + this.config.loginWindowSeconds * 1000 });
    else entry.count += 1;
    if (this.memory.size > 100_000) this.prune(now);
  }

  async reset(username: string, ip: string): Promise<void> {
    const key = this.key(username, ip);
    if (this.redis) await this.redis.del(key);
    else this.memory.delete(key);
  }

  private async count(key: string): Promise<number> {
    if (this.redis) return Number((await this.redis.get(key)) ?? 0);
    const entry = this.memory.get(key);
    return entry && entry.until >= Date.now() ? entry.count : 0;
  }

  private prune(now: number): void {
    for (const [k, v] of this.memory) if (v.until < now) this.memory.delete(k);
  }
}
