/** Claims of an access token. `tv` is the user's tokenVersion when the token was issued. */
export interface TokenClaims {
  sub: number;
  tv: number;
  iat?: number;
  exp?: number;
}
