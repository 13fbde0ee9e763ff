import { fetchUtils, HttpError, type AuthProvider, type UserIdentity } from 'ra-core';
import { ROLE_LABELS } from '../../shared/domain/enums';
import { ERROR_TEXTS, serverMessageOf, toHttpError } from './errors';
import { API_URL, fetchCurrentUser, session, type CurrentUser } from './http';
import { canRoleAccess } from './permissions';

interface LoginParams {
  username: string;
  password: string;
}

interface LoginResponse {
  accessToken: string;
  user: CurrentUser;
}

/** The identity react-admin keeps: the `/auth/me` user plus display helpers. */
export interface Identity extends UserIdentity, Omit<CurrentUser, 'id'> {
  fullName: string;
  roleLabel: string;
}

export function toIdentity(user: CurrentUser): Identity {
  return { ...user, fullName: user.name, roleLabel: ROLE_LABELS[user.role] ?? user.role };
}

/** Seconds since the epoch at which a JWT expires, or undefined when it cannot be read. */
function tokenExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const exp: unknown = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp : undefined;
  } catch {
    return undefined;
  }
}

const isExpired = (token: string): boolean => {
  const exp = tokenExpiry(token);
  return exp !== undefined && exp * 1000 <= Date.now();
};

/** A rejection react-admin follows without a notification (it checks `message === false`). */
function silentError(): Error {
  const error = new Error();
  Object.defineProperty(error, 'message', { value: false });
  return error;
}

const statusOf = (error: unknown): number | undefined =>
  error !== null && typeof error === 'object' && 'status' in error
    ? Number(error.status)
    : undefined;

export const authProvider: AuthProvider = {
  async login({ username, password }: LoginParams) {
    let response: LoginResponse;
    try {
      const result = await fetchUtils.fetchJson(`${API_URL}/auth/login`, {
        method: 'POST',
        body: JSON.stringify({ username, password }),
      });
      response = result.json as LoginResponse;
    } catch (error) {
      // 401: wrong credentials; 429: too many attempts. The server's Chinese message wins.
      if (error instanceof HttpError && error.status === 401) {
        throw new Error(serverMessageOf(error.body) ?? ERROR_TEXTS.login_failed);
      }
      throw toHttpError(error);
    }
    // Store the token first: /auth/me needs it. /auth/me is the source of the org and role.
    session.set(response.accessToken, response.user);
    try {
      session.setUser(await fetchCurrentUser());
    } catch (error) {
      session.clear();
      throw error;
    }
  },

  logout() {
    session.clear();
    return Promise.resolve();
  },

  checkAuth() {
    const token = session.getToken();
    if (!token || !session.getUser()) {
      session.clear();
      // No notification: a visitor without a session simply lands on the login page.
      return Promise.reject(silentError());
    }
    if (isExpired(token)) {
      session.clear();
      return Promise.reject(new Error('ra.notification.logged_out'));
    }
    return Promise.resolve();
  },

  checkError(error: unknown) {
    // 401: the token is invalid or expired → react-admin logs out and says so in Chinese.
    // 403: not allowed → stay logged in; the caller shows the server's message.
    if (statusOf(error) === 401) return Promise.reject(new Error('ra.notification.logged_out'));
    return Promise.resolve();
  },

  async getIdentity(): Promise<Identity> {
    const stored = session.getUser();
    try {
      // Refresh once per identity query, so a renamed org or a changed role shows up.
      const user = await fetchCurrentUser();
      session.setUser(user);
      return toIdentity(user);
    } catch (error) {
      if (stored && statusOf(error) !== 401) return toIdentity(stored);
      throw error;
    }
  },

  getPermissions() {
    return Promise.resolve(session.getUser()?.role);
  },

  canAccess({ resource, action }) {
    return Promise.resolve(canRoleAccess(session.getUser()?.role, resource, action));
  },
};
