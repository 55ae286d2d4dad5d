// The yardstick: a bare csv-parse pass over the same file (csv-parse 6, records as arrays, a
// `readable` loop, 1 MiB reads), counting records and nothing else. classify is timed against it.
//   node bench/bare-pass.mjs bench/out/dossiers-300k.csv
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

async function barePass(file) {
  const parser = createReadStream(file, { highWaterMark: 1 << 20 }).pipe(parse());
  let records = 0;
  parser.on('readable', () => {
    while (parser.read() !== null) records++;
  });
  await new Promise((resolve, reject) => {
    parser.on('end', resolve);
    parser.on('error', reject);
  });
  return records;
}

const file = process.argv[2];
if (!file) {
  console.error('gebruik: node bench/bare-pass.mjs <bestand.csv>');
  process.exit(2);
}
process.stdout.write(`${await barePass(file)}\n`);
