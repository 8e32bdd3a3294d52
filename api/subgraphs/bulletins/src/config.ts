/** Where the supergraph is reached when the subgraph computes from other subgraphs' data. */
export const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:4000/graphql';

/** The gateway URL from the environment, read per call: the gateway starts after the subgraphs. */
export const gatewayUrlFromEnv = (): string => process.env.HUB_GATEWAY_URL ?? DEFAULT_GATEWAY_URL;

/**
 * How many requests computeAssessment sends to the gateway at once (one per region assessed): enough to
 * finish 45 counties quickly, few enough not to crowd the gateway.
 */
export const SUPERGRAPH_CONCURRENCY = 6;
