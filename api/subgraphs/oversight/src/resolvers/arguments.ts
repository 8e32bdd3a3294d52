// The page keys of oversight's connections are the shared time keys.
export { sqlTimeKey, timeKey } from '@dibao/server';
