import { AuditTrail1764000000000, EventOutbox1765000000000 } from '@dibao/db';
import { Registry1764000000100 } from './1764000000100-registry.js';
import { RegistryVillages1764000000200 } from './1764000000200-villages.js';
import { SignIn1765000000200 } from './1765000000200-sign-in.js';
import { Rules1766000000300 } from './1766000000300-rules.js';
import { DeliveryPreferences1766000000400 } from './1766000000400-delivery-preferences.js';

/** In order; applied in one transaction by the migration runner. */
export const registryMigrations = [
  AuditTrail1764000000000,
  Registry1764000000100,
  RegistryVillages1764000000200,
  EventOutbox1765000000000,
  SignIn1765000000200,
  Rules1766000000300,
  DeliveryPreferences1766000000400,
];
