import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../../server/app.factory';
import type { AppConfig } from '../../server/config/config';
import { testConfig } from './env';

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  close(): Promise<void>;
}

/** Boots the real application (production mode: MariaDB + Redis) on a free port. */
export async function startApp(config: AppConfig = testConfig()): Promise<TestApp> {
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return { app, url: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A small HTTP client bound to a base URL and, optionally, a bearer token. */
export class Api {
  constructor(
    readonly base: string,
    readonly token?: string,
  ) {}

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = {};
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(this.base + path, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* keep text */
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = unknown>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  put<T = unknown>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }
  delete<T = unknown>(path: string) {
    return this.request<T>('DELETE', path);
  }

  async login(username: string, password = 'Demo@2024'): Promise<Api> {
    const res = await this.post<{ accessToken: string }>('/api/auth/login', { username, password });
    if (res.status !== 200)
      throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return new Api(this.base, res.body.accessToken);
  }
}

/**
 * `/api${path}` with a bearer token, answering the body; anything but 2xx throws with the server's
 * answer (for setting up what a test then looks at).
 */
export async function apiCall<T>(
  base: string,
  method: string,
  path: string,
  token: string,
  body?: unknown,
): Promise<T> {
  const res = await new Api(base, token).request<T>(method, `/api${path}`, body);
  if (res.status < 200 || res.status > 299)
    throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A demo user's access token. */
export async function tokenFor(base: string, username: string): Promise<string> {
  return (await new Api(base).login(username)).token as string;
}

/** `?sort=…&range=…&filter=…` as react-admin's simple-REST provider builds it. */
export function listQuery(opts: {
  sort?: [string, string];
  range?: [number, number];
  filter?: object;
}): string {
  const p = new URLSearchParams();
  if (opts.sort) p.set('sort', JSON.stringify(opts.sort));
  if (opts.range) p.set('range', JSON.stringify(opts.range));
  if (opts.filter) p.set('filter', JSON.stringify(opts.filter));
  return `?${p.toString()}`;
}
