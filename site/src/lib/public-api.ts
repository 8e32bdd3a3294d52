/*
 * Where the site's forms go. The site is static: complaints and follow-ups are posted to the hub's gateway,
 * whose public address is given at build time as SITE_API_URL (its GraphQL endpoint, e.g.
 * https://api.example.gov.cn/graphql). Without it, the pages say that online filing is not available on this
 * copy of the site instead of showing a form that goes nowhere.
 */

export interface PublicApi {
  /** The GraphQL endpoint the scripts call. */
  graphqlUrl: string;
  /** The plain-form routes for browsers without JavaScript. */
  complaintFormUrl: string;
  followUpFormUrl: string;
  observationFormUrl: string;
}

export function publicApi(): PublicApi | null {
  const configured = process.env.SITE_API_URL?.trim();
  if (!configured) return null;
  const url = new URL(configured);
  return {
    graphqlUrl: url.href,
    complaintFormUrl: new URL('/public/complaints', url).href,
    followUpFormUrl: new URL('/public/follow-up', url).href,
    observationFormUrl: new URL('/public/observations', url).href,
  };
}
