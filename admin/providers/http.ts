import { fetchUtils } from 'ra-core';
import type { OrgType, Role } from '../../shared/domain/enums';
import { toHttpError } from './errors';

/** Every call goes to the same origin; `vite dev` proxies /api to the NestJS server. */
export const API_URL = '/api';

/** The caller as `GET /api/auth/me` returns it. */
export interface CurrentUser {
  id: number | string;
  username: string;
  name: string;
  role: Role;
  orgId: number | string;
  org: { id: number | string; code: string; name: string; type: OrgType } | null;
}

const TOKEN_KEY = 'bp.auth.token';
const USER_KEY = 'bp.auth.user';

/** The session is kept in localStorage so that it survives a reload and is shared by tabs. */
export const session = {
  getToken(): string | null {
    return localStorage.getItem(TOKEN_KEY);
  },
  getUser(): CurrentUser | null {
    const raw = localStorage.getItem(USER_KEY);
    if (!raw) return null;
    try {
      return JSON.parse(raw) as CurrentUser;
    } catch {
      return null;
    }
  },
  set(token: string, user: CurrentUser): void {
    localStorage.setItem(TOKEN_KEY, token);
    localStorage.setItem(USER_KEY, JSON.stringify(user));
  },
  setUser(user: CurrentUser): void {
    localStorage.setItem(USER_KEY, JSON.stringify(user));
  },
  clear(): void {
    localStorage.removeItem(TOKEN_KEY);
    localStorage.removeItem(USER_KEY);
  },
};

/** fetchJson with the bearer token and Chinese, react-admin-shaped errors. */
export async function httpClient(
  url: string,
  options: fetchUtils.Options = {},
): ReturnType<typeof fetchUtils.fetchJson> {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  const token = session.getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers });
  } catch (error) {
    throw toHttpError(error);
  }
}

/** `GET /api/auth/me`: the caller with role and organisation. */
export async function fetchCurrentUser(): Promise<CurrentUser> {
  const response = await httpClient(`${API_URL}/auth/me`);
  return response.json as CurrentUser;
}
