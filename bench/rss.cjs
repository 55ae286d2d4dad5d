// Preloaded by bench/run.mjs into every process it times (node --require): reports the process's
// peak resident memory and the CPU time of all its threads on standard error as it exits, so the
// bench measures the program as a user runs it.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`bench-maxrss-kb: ${usage.maxRSS}\nbench-cpu-us: ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
