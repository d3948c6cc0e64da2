import { setFlagsFromString } from 'node:v8';

/**
 * How often the server's garbage is collected. A read answer is built from short-lived objects
 * (rows, the result tree, its JSON): under load, nearly all of a request's heap is garbage. V8
 * paces full collections by a growing factor it picks itself, and for hoso's read load it let
 * heapUsed climb from 43 MB at rest to 200-315 MB (the big nested read under 4 clients), when
 * what those requests keep alive is ~30 MB. A fixed factor of 1.6 holds that peak near 120 MB
 * at no measurable loss of throughput (`BENCH_HOSO_FLAGS` runs of `npm run bench:compare`);
 * `--optimize-for-size` holds it to 70 MB but answered 2.7× slower.
 *
 * Set at run time because `hoso serve` is started without Node flags (npm start, the bin, cluster
 * workers). Set after start-up it still takes effect: the bench's in-process server, given no
 * Node flags, peaked at 126 MB with it and 314 MB without. An unknown flag (a future V8 without
 * it) is not an error: V8 writes "unrecognized flag" to stderr and keeps its own pacing.
 */
export function paceGarbageCollection(heapGrowingPercent: number): void {
  if (heapGrowingPercent > 0) setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);
}
