// Cuts the benchmark slice: whole lines from the start of news.jsonl (held-out records skipped) while the UTF-8 size of their
// "text" fields stays within the budget (default 1 MiB). Same rule as BenchCorpus.NewsSlice in
// benchmarks/NewsNlp.Benchmarks/Corpus/BenchCorpus.cs.
// Usage: node make-slice.mjs SOURCE.jsonl OUT.jsonl [BYTES]
import { readFileSync, writeFileSync } from 'node:fs';

const [source, out, budgetArg] = process.argv.slice(2);
if (!source || !out) {
  console.error('usage: node make-slice.mjs SOURCE.jsonl OUT.jsonl [BYTES]');
  process.exit(2);
}

const budget = Number(budgetArg ?? 1 << 20);
const lines = [];
let bytes = 0;
for (const line of readFileSync(source, 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const record = JSON.parse(line);
  // The Wikinews 2019/2020 records of news.jsonl are held out: never part of a benchmark slice.
  if (/wikinews_20(19|20)\.csv/.test(String(record.source ?? ''))) continue;
  const text = record.text ?? '';
  const size = Buffer.byteLength(text, 'utf8');
  if (bytes + size > budget) break;
  bytes += size;
  lines.push(line);
}

writeFileSync(out, lines.join('\n') + '\n');
console.error(`slice: ${lines.length} articles, ${bytes} bytes of text -> ${out}`);
