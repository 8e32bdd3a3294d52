import type { BulletinAudience, BulletinStatus } from '@dibao/domain';
import type { BulletinItemSeed } from './types.js';

/** A bulletin before its document number is known: serials are given per issuer and year, in issue order. */
export interface PlannedBulletin {
  title: string;
  /** The English title and summary the issuer gives; some bulletins are issued in Chinese only. */
  english?: { title: string; summary: string };
  periodFrom: Date;
  periodTo: Date;
  audience: BulletinAudience[];
  status: BulletinStatus;
  opening: string;
  createdAt: Date;
  issuedAt: Date | null;
  publishedAt: Date | null;
  /** Items without ids; ids are drawn when the bulletin is laid out. */
  items: Array<Omit<BulletinItemSeed, 'id'>>;
}

export const TO_PREFECTURES: BulletinAudience[] = ['PREFECTURE_CIVIL_AFFAIRS', 'PREFECTURE_GOVERNMENTS'];
export const TO_PREFECTURES_AND_GOVERNMENT: BulletinAudience[] = [
  'PREFECTURE_CIVIL_AFFAIRS',
  'PROVINCIAL_GOVERNMENT',
  'PREFECTURE_GOVERNMENTS',
];

const DAY_MS = 24 * 3600_000;

export const daysBefore = (date: Date, days: number) => new Date(date.getTime() - days * DAY_MS);
export const daysAfter = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

/** 2025年12月18日 (Beijing calendar). */
export function chineseDate(date: Date): string {
  const local = new Date(date.getTime() + 8 * 3600_000);
  return `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日`;
}

/** 12月18日 10:30 (Beijing time), for internal summaries. */
export function chineseDateTime(date: Date): string {
  const local = new Date(date.getTime() + 8 * 3600_000);
  const minutes = String(local.getUTCMinutes()).padStart(2, '0');
  return `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日${local.getUTCHours()}:${minutes}`;
}
