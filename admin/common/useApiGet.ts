import { useEffect, useState } from 'react';
import { API_URL, httpClient } from '../providers/http';

/** A GET on the API outside the simple-REST resources (`/targets/5/diff`), cancelled on change. */
export function useApiGet<T>(path: string | null): {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
} {
  const [state, setState] = useState<{ path: string | null; data?: T; error?: Error }>({
    path: null,
  });
  useEffect(() => {
    if (!path) return;
    const controller = new AbortController();
    httpClient(`${API_URL}${path}`, { signal: controller.signal })
      .then((response) => setState({ path, data: response.json as T }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) {
          setState({ path, error: error instanceof Error ? error : new Error(String(error)) });
        }
      });
    return () => controller.abort();
  }, [path]);
  const current = state.path === path;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    loading: path !== null && (!current || (state.data === undefined && !state.error)),
  };
}

/** POST a JSON body to the API; rejects with the react-admin HttpError of providers/errors. */
export async function apiPost<T>(path: string, body: unknown): Promise<T> {
  const response = await httpClient(`${API_URL}${path}`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  return response.json as T;
}
