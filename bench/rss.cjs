// Preloaded by bench/run.mjs into every process it times (node --require): reports the process's
// peak resident memory and the CPU time of all its threads on standard error as it exits, so the
// bench measures the program as a user runs it. Only the main thread: a preload runs in every
// worker too, and a worker that ends early would report the process's figures so far (the bench
// read that first line, and missed a peak after the count: the working copy's workbook at 1 M,
// 113 MB read against 139 MB by GNU time).
if (require('node:worker_threads').isMainThread) process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`bench-maxrss-kb: ${usage.maxRSS}\nbench-cpu-us: ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
