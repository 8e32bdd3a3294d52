import { loadConfig } from '../config.js';
import { jwksOf } from '../routers.js';

// `pnpm routers:jwks > jwks.json`: the JWKS Hive Router or Apollo Router verify the hub's tokens with (HUB_JWT_SECRET).
const config = await loadConfig();
process.stdout.write(jwksOf(config.jwtSecret));
