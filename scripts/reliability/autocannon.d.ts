// Minimal types for the parts of autocannon's programmatic API the reliability runs use.
declare module "autocannon" {
  interface Result {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number; max: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats?: Record<string, { count: number }>;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    requests?: { path: string; method?: string }[];
  }
  function autocannon(opts: Options): Promise<Result>;
  export default autocannon;
}
