/**
 * The audience of the API's access tokens: the guard accepts no other (a Bull Board session token,
 * signed with the same secret for another audience, opens nothing but the board).
 */
export const API_AUDIENCE = 'budget-performance-api';

/** Claims of an access token. `tv` is the user's tokenVersion when the token was issued. */
export interface TokenClaims {
  sub: number;
  tv: number;
  iat?: number;
  exp?: number;
}
