// Preloaded by bench/run.mjs into every process it times (node --require): reports the process's
// peak resident memory on standard error as it exits, so the bench measures the program as a user
// runs it.
process.on('exit', () => {
  process.stderr.write(`bench-maxrss-kb: ${process.resourceUsage().maxRSS}\n`);
});
