import { createHash, randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

export interface AccessClaims {
  userId: string;
  sessionId: string;
  organizationId: string;
}

export class TokenService {
  constructor(
    private readonly key: Uint8Array,
    private readonly accessTtlSeconds: number,
  ) {}

  async signAccess(claims: AccessClaims): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.accessTtlSeconds * 1000);
    const token = await new SignJWT({ sid: claims.sessionId, org: claims.organizationId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .setIssuer('usta')
      .sign(this.key);
    return { token, expiresAt };
  }

  /** Returns null for anything that is not a valid, unexpired access token of ours. */
  async verifyAccess(token: string): Promise<AccessClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: 'usta', algorithms: ['HS256'] });
      if (
        typeof payload.sub !== 'string' ||
        typeof payload.sid !== 'string' ||
        typeof payload.org !== 'string'
      ) {
        return null;
      }
      return { userId: payload.sub, sessionId: payload.sid, organizationId: payload.org };
    } catch {
      return null;
    }
  }
}

/** Refresh tokens are random; only their SHA-256 is stored, so a database leak yields none. */
export function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
