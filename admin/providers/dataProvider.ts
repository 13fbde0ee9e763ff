import simpleRestProvider from 'ra-data-simple-rest';
import { API_URL, httpClient } from './http';

/**
 * The react-admin simple-REST protocol of API.md (`sort`, `range`, `filter`, `Content-Range`),
 * over fetchJson with the bearer token. Errors arrive as react-admin HttpErrors with Chinese
 * messages and `body.errors` for the form fields (see errors.ts).
 */
export const dataProvider = simpleRestProvider(API_URL, httpClient);
