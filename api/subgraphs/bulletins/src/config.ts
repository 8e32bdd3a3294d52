// Where the supergraph is: shared with every subgraph that reads through it.
export { DEFAULT_GATEWAY_URL, gatewayUrlFromEnv } from '@dibao/server';

/**
 * How many requests computeAssessment sends to the gateway at once (one per region assessed): enough to
 * finish 45 counties quickly, few enough not to crowd the gateway.
 */
export const SUPERGRAPH_CONCURRENCY = 6;
