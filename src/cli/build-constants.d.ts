// Replaced by the build (rollup, or the test bundler) with the package's version. Declared
// here rather than in career-feed.ts because the build replaces the name wherever it appears.
declare const __VERSION__: string;
